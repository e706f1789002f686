using System.Text.Json.Nodes;

namespace Popsell.Client.Testing;

public sealed partial class PopsellTestServer
{
    /// <summary>Mints an API key (<c>psk_</c> and 32 lowercase hex digits) for an existing ambassador; <c>POST /auth/token</c> exchanges it for a new bearer token.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The API key. It stays valid until <see cref="RevokeApiKey(string)"/>; once the ambassador is deleted, the exchange answers 401.</returns>
    /// <exception cref="ArgumentException">There is no ambassador with that id.</exception>
    public string IssueApiKey(int idAmbassador) => _backend.IssueApiKey(idAmbassador);

    /// <summary>Revokes an API key: a later <c>POST /auth/token</c> with it gets 401 <c>{"message":"Unauthorized."}</c>. Tokens already exchanged stay valid. Unknown keys are ignored.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="apiKey"/> is <see langword="null"/>.</exception>
    public void RevokeApiKey(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        _backend.RevokeApiKey(apiKey);
    }

    /// <summary>
    /// Expires an access token (of an ambassador, a guest or a brand user): later requests with it get 401
    /// <c>{"message":"Token has expired."}</c>, where a revoked or unknown one gets <c>{"message":"Unauthenticated."}</c>.
    /// Unknown tokens are ignored.
    /// </summary>
    /// <param name="accessToken">The token.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accessToken"/> is <see langword="null"/>.</exception>
    public void ExpireAccessToken(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        _backend.ExpireAccessToken(accessToken);
    }

    /// <summary>Checks whether the server would accept an access token as bearer: minted by it and not revoked, logged out or expired.</summary>
    /// <param name="accessToken">The token: an ambassador's, a guest's or a brand user's.</param>
    /// <returns><see langword="true"/> if the token is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accessToken"/> is <see langword="null"/>.</exception>
    public bool IsAccessTokenValid(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        return _backend.IsAccessTokenValid(accessToken);
    }

    /// <summary>
    /// Gets the password reset token that the last <c>POST /auth/forgot-password</c> for an ambassador recorded (what
    /// the reset e-mail would carry), if <c>POST /auth/reset-password</c> has not consumed it yet.
    /// </summary>
    /// <param name="email">The ambassador's e-mail address, in any case.</param>
    /// <returns>The token (64 lowercase hex digits), or <see langword="null"/> if none is pending or no ambassador has that e-mail address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is <see langword="null"/>.</exception>
    public string? GetPasswordResetToken(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return _backend.GetPasswordResetToken(email);
    }

    /// <summary>Gets or sets the <c>user_api_key</c> that <c>POST /auth/brand</c> accepts.</summary>
    /// <value>
    /// The only accepted key (compared exactly); another key gets 401 <c>{"message":"Unauthorized."}</c>.
    /// <see langword="null"/> (the default) to accept any non-empty key.
    /// </value>
    public string? BrandUserApiKey
    {
        get => _backend.BrandUserApiKey;
        set => _backend.BrandUserApiKey = value;
    }

    /// <summary>
    /// Gets the number of guest users that <c>POST /auth/guest</c> created. Guests are not ambassadors: they do not count
    /// in <see cref="AmbassadorCount"/>, and <c>GET</c> or <c>PATCH /{environment}/me</c> with a guest token gets 401
    /// <c>{"message":"Unauthenticated."}</c>.
    /// </summary>
    /// <value>The guest count.</value>
    public int GuestCount => _backend.GuestCount;

    /// <summary>
    /// Gets a snapshot of the brand users that <c>POST /auth/brand</c> created, in order of creation. Brand users are not
    /// ambassadors: they do not count in <see cref="AmbassadorCount"/>, and <c>GET</c> or <c>PATCH /{environment}/me</c>
    /// with a brand user's token gets 401 <c>{"message":"Unauthenticated."}</c>.
    /// </summary>
    /// <value>The brand users; later requests do not change the returned list.</value>
    public IReadOnlyList<BrandUser> BrandUsers => _backend.SnapshotBrandUsers();

    /// <summary>Gets a snapshot of the brand user that <c>POST /auth/brand</c> created with an <c>email_tmp</c>.</summary>
    /// <param name="emailTmp">The <c>email_tmp</c>, in any case.</param>
    /// <returns>The brand user, or <see langword="null"/> if there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="emailTmp"/> is <see langword="null"/>.</exception>
    public BrandUser? GetBrandUser(string emailTmp)
    {
        ArgumentNullException.ThrowIfNull(emailTmp);
        return _backend.GetBrandUser(emailTmp);
    }

    /// <summary>
    /// Gets a deep copy of the brand that <c>GET /brand</c> serves. The default has every documented field of the
    /// brand: <c>id_brand</c> 1, <c>url</c> and <c>front_office_domain</c> <c>https://{Domain}</c>,
    /// <c>default_language</c> <c>fr_FR</c>, <c>brand_config</c> <c>{}</c>, <c>available_content_language</c>
    /// <c>["fr_FR","en_GB"]</c>, <c>timezone</c> <c>Europe/Paris</c>...
    /// </summary>
    /// <returns>The brand.</returns>
    public JsonObject GetBrand() => _backend.GetBrand();

    /// <summary>Replaces the brand that <c>GET /brand</c> serves, without validation: odd values, missing or unknown fields are served as is.</summary>
    /// <param name="brand">The brand (copied).</param>
    /// <exception cref="ArgumentNullException"><paramref name="brand"/> is <see langword="null"/>.</exception>
    public void SetBrand(JsonObject brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        _backend.SetBrand(brand);
    }
}
