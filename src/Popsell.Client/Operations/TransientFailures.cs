using System.Net;

namespace Popsell.Client.Operations;

/// <summary>
/// What an HTTP failure says about the server, as pure functions of the response or the exception: whether a status is
/// transient, whether a request surely never reached the server, how long the server asked to wait. The retry rules
/// (<c>PopsellResilience</c>) decide with them, and the error messages (<c>PopsellErrors</c>) explain
/// with them; neither asks the other.
/// </summary>
internal static class TransientFailures
{
    /// <summary>Returns whether <paramref name="status"/> is worth another attempt: 429 and 503 (the server refused, it did
    /// not act) always; 408, 500, 502 and 504 (it may have acted) only for an idempotent operation.</summary>
    public static bool IsTransientStatus(HttpStatusCode status, bool idempotent) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
        HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.GatewayTimeout => idempotent,
        _ => false,
    };

    /// <summary>Returns whether the request surely never reached the server: the connection was never established.</summary>
    internal static bool NeverConnected(HttpRequestException exception) => exception.HttpRequestError is
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
        or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    /// <summary>Reads <c>Retry-After</c> (seconds or an HTTP date) as a delay from now.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
