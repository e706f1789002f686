namespace Popsell.Client;

/// <summary>
/// The Popsell API v2: register ambassadors, sign in and out, get access tokens, reset passwords, read the brand, and read
/// and update the connected ambassador. Get one with
/// <c>services.AddPopsellClient(...)</c>, or create a <see cref="PopsellClient"/>.
/// </summary>
public interface IPopsellClient
{
    /// <summary>Registers a new ambassador: <c>POST /auth/register</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="request">The ambassador to create. Properties left <see langword="null"/> are not sent.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The complete ambassador the server created.</returns>
    /// <remarks>Registration is not idempotent, so it is retried only when the server surely did not create the
    /// ambassador (429, 503, or a connection that was never established); a registration is never sent twice otherwise.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422): an empty required field, a malformed email, a <see langword="null"/> it does not accept. The SDK leaves those checks to the server.</exception>
    /// <exception cref="PopsellApiException">The server answered with another failure, its answer was not an ambassador, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<Ambassador> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the connected ambassador: <c>GET /{environment}/me</c> with <c>Authorization: Bearer</c>.</summary>
    /// <param name="environment">The application whose route to use: <c>manager</c>, <c>platform</c> or <c>widget</c>.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The ambassador the token belongs to.</returns>
    /// <remarks>Reading is idempotent, so it is retried on every transient failure, as an update is.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="environment"/> is not a defined value; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">No access token is available from any source; nothing was sent.</exception>
    /// <exception cref="PopsellApiException">The server answered with a failure (such as 401 or 404), its answer was not an ambassador, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<Ambassador> GetMeAsync(PopsellEnvironment environment, CancellationToken cancellationToken = default);

    /// <summary>Updates the connected ambassador: <c>PATCH /{environment}/me</c> with <c>Authorization: Bearer</c>.</summary>
    /// <param name="environment">The application whose route to use: <c>manager</c> or <c>widget</c>.</param>
    /// <param name="request">The changes. Only the properties assigned in it are sent, so a partial update never wipes data.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The ambassador after the update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="environment"/> is not a defined value, or is <see cref="PopsellEnvironment.Platform"/> (the reference documents no <c>PATCH /platform/me</c>); nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">No access token is available from any source; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422): an empty required field, a malformed email, a <see langword="null"/> it does not accept. The SDK leaves those checks to the server.</exception>
    /// <exception cref="PopsellApiException">The server answered with another failure (such as 401, 403 or 404), its answer was not an ambassador, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<Ambassador> UpdateMeAsync(PopsellEnvironment environment, UpdateMeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Signs in with an e-mail address and a password: <c>POST /auth/login</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="email">The ambassador's e-mail address.</param>
    /// <param name="password">The ambassador's password. Never logged, printed or kept in an exception.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The ambassador and its new access token; pass <see cref="PopsellSession.AccessToken"/> to <see cref="WithAccessToken"/>.</returns>
    /// <remarks>Retried on every transient failure: a repeated sign-in yields at worst a second token.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> or <paramref name="password"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422), such as an empty required field.</exception>
    /// <exception cref="PopsellApiException">The credentials are wrong (401, with the server's message in <see cref="PopsellApiException.ServerMessage"/>),
    /// the server answered with another failure, its answer had no token, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<PopsellSession> LoginAsync(string email, string password, CancellationToken cancellationToken = default);

    /// <summary>Exchanges an API key for an access token: <c>POST /auth/token</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="apiKey">The API key. Never logged, printed or kept in an exception.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The new access token.</returns>
    /// <remarks>To have the client do this itself, and renew the token when it is refused, set <see cref="PopsellClientOptions.ApiKey"/> instead.
    /// Retried on every transient failure: a repeated exchange yields at worst a second token.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="apiKey"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422), such as an empty required field.</exception>
    /// <exception cref="PopsellApiException">The server refused the key (401), answered with another failure or without a token, or could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<string> CreateAccessTokenAsync(string apiKey, CancellationToken cancellationToken = default);

    /// <summary>Creates a guest user and returns its access token: <c>POST /auth/guest</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The guest's access token. Call <see cref="ConnectBrandUserAsync"/> on <c>WithAccessToken(guestToken)</c> to bind the guest to a brand user.</returns>
    /// <remarks>It creates a user, so it is retried only when the server surely did not act (429, 503, or a connection that was never established).</remarks>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="PopsellApiException">The server answered with a failure or without a token, or could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<string> CreateGuestAccessTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>Connects as a brand's own user, creating or finding it: <c>POST /auth/brand</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="request">The brand user's data.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The brand user's access token.</returns>
    /// <remarks>Called on a <see cref="WithAccessToken"/> view, it sends that (guest) token as the bearer, which binds the guest to the brand
    /// user; called on the client itself, it sends no bearer token. It creates or binds a user, so it is retried only when the server surely
    /// did not act.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422), such as an empty required field.</exception>
    /// <exception cref="PopsellApiException">The server refused the data or the bearer token (401), answered with another failure or without a token, or could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<string> ConnectBrandUserAsync(BrandUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Signs out: <c>POST /auth/logout</c> with <c>Authorization: Bearer</c> and the <c>X-Popsell-Domain</c> header. The token no longer works afterwards.</summary>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>A task that completes when the server has invalidated the token.</returns>
    /// <remarks>When the token came from <see cref="PopsellClientOptions.ApiKey"/>, the client forgets it (the next call gets a new one),
    /// and a 401 is not answered by renewing it: there is nothing left to end. Retried on every transient failure.</remarks>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">No access token is available from any source; nothing was sent.</exception>
    /// <exception cref="PopsellApiException">The token was already invalid (401), the server answered with another failure, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task LogoutAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends a password reset e-mail: <c>POST /auth/forgot-password</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="email">The e-mail address of the account.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The server's confirmation, such as <c>Reset password link sent</c>.</returns>
    /// <remarks>It sends an e-mail, so it is retried only when the server surely did not act. A 429 is retried after the server's
    /// <c>Retry-After</c>; when that wait would outlive <see cref="PopsellClientOptions.Timeout"/>, the call fails at once with a
    /// <see cref="PopsellApiException"/> whose <see cref="PopsellApiException.RetryAfter"/> says how long to wait.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422), such as an empty required field.</exception>
    /// <exception cref="PopsellApiException">The server answered with another failure (such as 429), or could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<string> SendPasswordResetAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password with the token of a reset e-mail: <c>POST /auth/reset-password</c> with the <c>X-Popsell-Domain</c> header.</summary>
    /// <param name="request">The e-mail address, the new password and the reset token.</param>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The server's confirmation, such as <c>Password defined successfully</c>.</returns>
    /// <remarks>It consumes the reset token, so it is retried only when the server surely did not act.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="ValidationProblemException">The server rejected the request's content (422), such as an empty required field.</exception>
    /// <exception cref="PopsellApiException">The reset token is wrong or used (400, with the server's message), the server answered with another failure, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<string> ResetPasswordAsync(ResetPasswordRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the brand the domain belongs to: <c>GET /brand</c> with the <c>X-Popsell-Domain</c> header; public.</summary>
    /// <param name="cancellationToken">Cancels the call at once, also while it waits to retry.</param>
    /// <returns>The brand's public settings.</returns>
    /// <remarks>Reading is idempotent, so it is retried on every transient failure.</remarks>
    /// <exception cref="InvalidOperationException"><see cref="PopsellClientOptions.Domain"/> is not set; nothing was sent.</exception>
    /// <exception cref="PopsellApiException">The server answered with a failure (such as 401 for an unknown domain), its answer was not a brand, or it could not be reached.</exception>
    /// <exception cref="TimeoutException">The call did not complete within <see cref="PopsellClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    Task<Brand> GetBrandAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns a view of this client that authenticates as the ambassador <paramref name="accessToken"/> belongs to. The view
    /// shares this client's connections, settings and retries; for backends that act for many ambassadors at once.
    /// </summary>
    /// <param name="accessToken">The bearer token. It wins over <see cref="PopsellClientOptions.AccessTokenProvider"/>, <see cref="PopsellClientOptions.AccessToken"/>
    /// and <see cref="PopsellClientOptions.ApiKey"/>; it is never renewed (a 401 reaches the caller).</param>
    /// <returns>A view that is cheap to create and needs no disposal; it stops working when this client is disposed.</returns>
    /// <exception cref="ArgumentException"><paramref name="accessToken"/> is <see langword="null"/>, empty, or contains white space or control characters.</exception>
    IPopsellClient WithAccessToken(string accessToken);
}
