namespace Popsell.Client.Http;

/// <summary>
/// A client that does not own its connections: what dependency injection hands out (the container owns the
/// <see cref="HttpClient"/>), and what <see cref="IPopsellClient.WithAccessToken"/> returns. Not disposable, so the
/// container never tracks it.
/// </summary>
internal sealed class PopsellClientView(PopsellClientCore core, string? accessToken) : IPopsellClient
{
    public Task<Ambassador> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default) =>
        core.RegisterAsync(request, accessToken, cancellationToken);

    public Task<Ambassador> GetMeAsync(PopsellEnvironment environment, CancellationToken cancellationToken = default) =>
        core.GetMeAsync(environment, accessToken, cancellationToken);

    public Task<Ambassador> UpdateMeAsync(PopsellEnvironment environment, UpdateMeRequest request, CancellationToken cancellationToken = default) =>
        core.UpdateMeAsync(environment, request, accessToken, cancellationToken);

    public Task<PopsellSession> LoginAsync(string email, string password, CancellationToken cancellationToken = default) =>
        core.LoginAsync(email, password, accessToken, cancellationToken);

    public Task<string> CreateAccessTokenAsync(string apiKey, CancellationToken cancellationToken = default) =>
        core.CreateAccessTokenAsync(apiKey, accessToken, cancellationToken);

    public Task<string> CreateGuestAccessTokenAsync(CancellationToken cancellationToken = default) =>
        core.CreateGuestAccessTokenAsync(accessToken, cancellationToken);

    public Task<string> ConnectBrandUserAsync(BrandUserRequest request, CancellationToken cancellationToken = default) =>
        core.ConnectBrandUserAsync(request, accessToken, cancellationToken);

    public Task LogoutAsync(CancellationToken cancellationToken = default) =>
        core.LogoutAsync(accessToken, cancellationToken);

    public Task<string> SendPasswordResetAsync(string email, CancellationToken cancellationToken = default) =>
        core.SendPasswordResetAsync(email, accessToken, cancellationToken);

    public Task<string> ResetPasswordAsync(ResetPasswordRequest request, CancellationToken cancellationToken = default) =>
        core.ResetPasswordAsync(request, accessToken, cancellationToken);

    public Task<Brand> GetBrandAsync(CancellationToken cancellationToken = default) =>
        core.GetBrandAsync(accessToken, cancellationToken);

    public IPopsellClient WithAccessToken(string accessToken) => new PopsellClientView(core, PopsellClient.CheckAccessToken(accessToken));
}
