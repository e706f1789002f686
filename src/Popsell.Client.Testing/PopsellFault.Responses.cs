using System.Globalization;
using System.Text;
using Popsell.Client.Testing.Internal;

namespace Popsell.Client.Testing;

public sealed partial class PopsellFault
{
    /// <summary>
    /// Answers with a status code and a body, as Laravel does for an HTTP error (a 429, a 503, a 500...).
    /// </summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <param name="body">The <c>application/json</c> body; <see langword="null"/> for <c>{"message":"&lt;reason phrase&gt;"}</c>. Ignored for 204, 205 and 304.</param>
    /// <param name="retryAfter">If set, a <c>Retry-After</c> header with this many whole seconds (rounded up).</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599, or <paramref name="retryAfter"/> is negative.</exception>
    public static PopsellFault Status(int statusCode, string? body = null, TimeSpan? retryAfter = null)
    {
        CheckStatus(statusCode);
        string? retry = null;
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
            retry = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return new PopsellFault(FaultKind.Status, statusCode)
        {
            ContentType = JsonContentType,
            ResponseBody = body ?? DefaultBody(statusCode),
            RetryAfter = retry,
        };
    }

    /// <summary>Answers with a status code, the default <c>{"message":"..."}</c> body and a <c>Retry-After</c> header holding an HTTP-date (RFC 1123).</summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <param name="retryAt">The moment to retry at; sent in UTC as <c>ddd, dd MMM yyyy HH:mm:ss GMT</c>.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599.</exception>
    public static PopsellFault StatusWithRetryAfterDate(int statusCode, DateTimeOffset retryAt)
    {
        CheckStatus(statusCode);
        return new PopsellFault(FaultKind.Status, statusCode)
        {
            ContentType = JsonContentType,
            ResponseBody = DefaultBody(statusCode),
            RetryAfter = retryAt.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Answers with a status code, the default <c>{"message":"..."}</c> body and a <c>Retry-After</c> header with exactly the given text (for malformed values).</summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <param name="retryAfterHeaderValue">The raw header value, sent as is.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="retryAfterHeaderValue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599.</exception>
    public static PopsellFault StatusWithRawRetryAfter(int statusCode, string retryAfterHeaderValue)
    {
        CheckStatus(statusCode);
        ArgumentNullException.ThrowIfNull(retryAfterHeaderValue);
        return new PopsellFault(FaultKind.Status, statusCode)
        {
            ContentType = JsonContentType,
            ResponseBody = DefaultBody(statusCode),
            RetryAfter = retryAfterHeaderValue,
        };
    }

    /// <summary>Answers with an arbitrary body: an HTML page with a 200, truncated JSON, an empty 200 (<paramref name="body"/> <c>""</c>)...</summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <c>""</c> to send none.</param>
    /// <param name="body">The body text, sent as UTF-8. Ignored for 204, 205 and 304.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contentType"/> or <paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599.</exception>
    public static PopsellFault Body(int statusCode, string contentType, string body)
    {
        CheckStatus(statusCode);
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(body);
        return new PopsellFault(FaultKind.Body, statusCode) { ContentType = contentType, ResponseBody = body };
    }

    /// <summary>Answers with an arbitrary body given as raw bytes: invalid UTF-8, a byte order mark, binary garbage...</summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <c>""</c> to send none.</param>
    /// <param name="body">The body, sent exactly as given (the fault keeps a copy). Ignored for 204, 205 and 304.</param>
    /// <returns>The fault. Its <see cref="ResponseBody"/> is the body decoded as UTF-8, with invalid bytes replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contentType"/> or <paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599.</exception>
    public static PopsellFault Body(int statusCode, string contentType, byte[] body)
    {
        CheckStatus(statusCode);
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(body);
        return new PopsellFault(FaultKind.Body, statusCode)
        {
            ContentType = contentType,
            ResponseBody = Encoding.UTF8.GetString(body),
            BodyBytes = (byte[])body.Clone(),
        };
    }

    /// <summary>Answers with a redirect to <paramref name="location"/> and an empty body.</summary>
    /// <param name="statusCode">The status code, 300 to 399.</param>
    /// <param name="location">The <c>Location</c> header: an absolute URI, or a relative one sent as written.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 300 to 399.</exception>
    public static PopsellFault Redirect(int statusCode, Uri location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (statusCode is < 300 or > 399)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A redirect status code must be 300 to 399.");
        }

        return new PopsellFault(FaultKind.Redirect, statusCode) { Location = location };
    }

    /// <summary>
    /// Answers with a valid JSON body of the route's success shape, padded so that the body is about
    /// <paramref name="sizeInBytes"/> bytes (never smaller than the unpadded body): an ambassador's <c>description</c>
    /// (for register, me, and the <c>user</c> of login), the <c>token</c> of the token routes, the <c>message</c> of
    /// logout and the password routes, the brand's <c>label</c>.
    /// </summary>
    /// <param name="statusCode">The status code, 200 to 599.</param>
    /// <param name="sizeInBytes">The target body size in bytes.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 200 to 599, or <paramref name="sizeInBytes"/> is negative.</exception>
    public static PopsellFault LargeBody(int statusCode, int sizeInBytes)
    {
        CheckStatus(statusCode);
        ArgumentOutOfRangeException.ThrowIfNegative(sizeInBytes);
        return new PopsellFault(FaultKind.LargeBody, statusCode) { ContentType = JsonContentType, SizeInBytes = sizeInBytes };
    }
}
