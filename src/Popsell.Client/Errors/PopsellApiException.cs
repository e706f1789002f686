using System.Net;

namespace Popsell.Client;

/// <summary>
/// A call to the Popsell API failed: the server answered with a status that is not a success, the answer could not be
/// read as the documented body, or no answer came at all. The root of every error the SDK reports about the server.
/// </summary>
/// <remarks>
/// <para>The message names the method, the path, the status and the server's <c>message</c>. It never contains the
/// request body, a password or a token.</para>
/// <para>Cancellation by the caller surfaces as <see cref="OperationCanceledException"/> and an exhausted
/// <see cref="PopsellClientOptions.Timeout"/> as <see cref="TimeoutException"/>, not as this type.</para>
/// </remarks>
public class PopsellApiException : Exception
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public PopsellApiException()
        : this("The Popsell API call failed.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public PopsellApiException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public PopsellApiException(string message, Exception? innerException)
        : this(message, 0, null, null, innerException)
    {
    }

    /// <summary>Initializes a new instance with the HTTP facts of a failed call.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="statusCode">The status the server answered with, or 0 when no answer came.</param>
    /// <param name="responseBody">The body the server answered with, or <see langword="null"/>.</param>
    /// <param name="retryAfter">How long the server asked the caller to wait before trying again, or <see langword="null"/>.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public PopsellApiException(string message, HttpStatusCode statusCode, string? responseBody, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ResponseBody = responseBody;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the HTTP status the server answered with.</summary>
    /// <value>0 when no answer came (the connection failed, or was reset before the status line); see
    /// <see cref="Exception.InnerException"/> for the cause. A success status (such as 201) when the server answered
    /// but its body could not be read as an ambassador.</value>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the body the server answered with, as text.</summary>
    /// <value><see langword="null"/> when no body was read; cut to the first 64 KiB of a longer body.</value>
    public string? ResponseBody { get; }

    /// <summary>Gets how long the server asked the caller to wait before trying again (its <c>Retry-After</c> header).</summary>
    /// <value><see langword="null"/> when the server did not say. Set, for example, when the wait was longer than what was
    /// left of <see cref="PopsellClientOptions.Timeout"/>, so the SDK did not wait for it.</value>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets the <c>message</c> field of the server's JSON answer.</summary>
    /// <value><see langword="null"/> when the answer had none.</value>
    public string? ServerMessage { get; internal init; }

    /// <summary>Gets the HTTP method of the failed call, such as <c>POST</c>.</summary>
    /// <value><see langword="null"/> when the exception was not raised by the SDK.</value>
    public string? Method { get; internal init; }

    /// <summary>Gets the path of the failed call, such as <c>/api/v2/auth/register</c>. It carries no query string and no host.</summary>
    /// <value><see langword="null"/> when the exception was not raised by the SDK.</value>
    public string? RequestPath { get; internal init; }

    /// <summary>Gets how many attempts reached the network before the call failed.</summary>
    /// <value>0 when the exception was not raised by the SDK.</value>
    public int Attempts { get; internal init; }

    /// <summary>Gets a value indicating whether the server may have acted on the request even though the call failed
    /// (for example, a registration that timed out or was answered with 500 may still have created the ambassador).</summary>
    /// <value><see langword="true"/> unless the SDK knows the server did not act on it.</value>
    public bool RequestMayHaveBeenProcessed { get; internal init; } = true;
}
