using Popsell.Client.Testing.Internal;

namespace Popsell.Client.Testing;

public sealed partial class PopsellFault
{
    /// <summary>
    /// Waits, then processes the request normally. If the client gives up (or the server stops) while waiting,
    /// the request is not processed. With <see cref="AfterProcessing"/> the request is processed first and the
    /// real response is sent after the wait.
    /// </summary>
    /// <param name="delay">How long to wait.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static PopsellFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new PopsellFault(FaultKind.Delay, null) { DelayDuration = delay };
    }

    /// <summary>Aborts the connection before any response header is sent; the client sees an <see cref="HttpRequestException"/>.</summary>
    /// <returns>The fault.</returns>
    public static PopsellFault ResetConnection() => new(FaultKind.ResetConnection, null);

    /// <summary>
    /// Sends the status line and headers, with a <c>Content-Length</c> for a full body of the route's success shape
    /// (an ambassador for register and me, a session, a token answer, a message or the brand), writes about half of
    /// that JSON, flushes, then aborts the connection.
    /// </summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599.</exception>
    public static PopsellFault ResetMidBody(int statusCode = 200)
    {
        CheckStatus(statusCode);
        return new PopsellFault(FaultKind.ResetMidBody, statusCode) { ContentType = JsonContentType };
    }

    /// <summary>Never responds: the request hangs until the client aborts it or the server stops (then the connection is aborted).</summary>
    /// <returns>The fault.</returns>
    public static PopsellFault HeadersNeverCome() => new(FaultKind.HeadersNeverCome, null);

    /// <summary>
    /// Sends 200 headers (with a <c>Content-Length</c> for a full body of the route's success shape, as
    /// <see cref="ResetMidBody(int)"/> does) and part of the body, flushes, then waits until the client aborts or the
    /// server stops.
    /// </summary>
    /// <returns>The fault.</returns>
    public static PopsellFault StallBody() => new(FaultKind.StallBody, 200) { ContentType = JsonContentType };
}
