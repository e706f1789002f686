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

    public IPopsellClient WithAccessToken(string accessToken) => new PopsellClientView(core, PopsellClient.CheckAccessToken(accessToken));
}
