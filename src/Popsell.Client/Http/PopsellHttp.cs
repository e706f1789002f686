using System.Net;

namespace Popsell.Client.Http;

/// <summary>The HTTP settings both ways of creating a client share.</summary>
internal static class PopsellHttp
{
    /// <summary>The name of the SDK's <see cref="HttpClient"/> in <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Popsell.Client";

    /// <summary>
    /// Creates the handler that talks to the network. Redirects are not followed (a redirect must never carry the bearer
    /// token or a password to another host), and pooled connections are renewed so DNS changes are seen.
    /// </summary>
    public static HttpMessageHandler CreatePrimaryHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    };

    /// <summary>Points <paramref name="client"/> at the API root; timeouts are the pipeline's, not the client's.</summary>
    public static void Configure(HttpClient client, PopsellClientOptions options)
    {
        client.BaseAddress = NormalizeBaseAddress(options.BaseAddress!);
        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }

    /// <summary>Gives the API root a trailing slash, so <c>…/api/v2</c> and <c>…/api/v2/</c> mean the same.</summary>
    public static Uri NormalizeBaseAddress(Uri baseAddress) =>
        baseAddress.AbsolutePath.EndsWith('/') ? baseAddress : new Uri(baseAddress.GetLeftPart(UriPartial.Path) + "/");
}
