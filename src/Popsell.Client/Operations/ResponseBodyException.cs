using System.Globalization;
using System.Net;

namespace Popsell.Client.Operations;

/// <summary>
/// The server sent a status line, but its body could not be read (reset mid-body, or over the size limit).
/// An <see cref="HttpRequestException"/>, so an idempotent call may retry it; never reaches a caller.
/// </summary>
internal sealed class ResponseBodyException : HttpRequestException
{
    public ResponseBodyException(HttpStatusCode statusCode, Exception innerException)
        : base(HttpRequestError.ResponseEnded, "The response body could not be read: " + innerException.Message, innerException, statusCode)
    {
    }

    private ResponseBodyException(HttpStatusCode statusCode, string message)
        : base(HttpRequestError.ResponseEnded, message, null, statusCode)
    {
        IsTooLarge = true;
    }

    /// <summary>Gets a value indicating whether the body was over <see cref="PopsellClientOptions.MaxResponseBodySize"/>: retrying cannot help.</summary>
    public bool IsTooLarge { get; }

    public static ResponseBodyException TooLarge(HttpStatusCode statusCode, long? declaredLength, int maxSize) =>
        new(statusCode, string.Create(
            CultureInfo.InvariantCulture,
            $"The response body{(declaredLength is { } n ? $" of {n:N0} bytes" : string.Empty)} is larger than PopsellClientOptions.MaxResponseBodySize ({maxSize:N0} bytes)."));
}
