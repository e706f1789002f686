namespace Popsell.Client.Http;

/// <summary>
/// A client that does not own its connections: what dependency injection hands out (the container owns the
/// <see cref="HttpClient"/>), and what <see cref="IPopsellClient.WithAccessToken"/> returns. Not disposable, so the
/// container never tracks it.
/// </summary>
internal sealed partial class PopsellClientView(PopsellClientCore core, string? accessToken) : IPopsellClient
{
    // Fields rather than captured parameters, so that the generated part (one forwarding method per operation) sees them.
    private readonly PopsellClientCore _core = core;
    private readonly string? _accessToken = accessToken;

    public IPopsellClient WithAccessToken(string accessToken) => new PopsellClientView(_core, PopsellClient.CheckAccessToken(accessToken));
}
