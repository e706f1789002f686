namespace Popsell.Client;

/// <summary>
/// The Popsell API v2: register ambassadors, and read and update the connected ambassador. Get one with
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

    /// <summary>
    /// Returns a view of this client that authenticates as the ambassador <paramref name="accessToken"/> belongs to. The view
    /// shares this client's connections, settings and retries; for backends that act for many ambassadors at once.
    /// </summary>
    /// <param name="accessToken">The bearer token. It wins over <see cref="PopsellClientOptions.AccessTokenProvider"/> and <see cref="PopsellClientOptions.AccessToken"/>.</param>
    /// <returns>A view that is cheap to create and needs no disposal; it stops working when this client is disposed.</returns>
    /// <exception cref="ArgumentException"><paramref name="accessToken"/> is <see langword="null"/>, empty, or contains white space or control characters.</exception>
    IPopsellClient WithAccessToken(string accessToken);
}
