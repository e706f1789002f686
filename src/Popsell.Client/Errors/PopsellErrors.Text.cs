using System.Globalization;
using System.Net;
using System.Text;
using Popsell.Client.Operations;

namespace Popsell.Client;

/// <summary>How the exceptions put bodies, statuses and durations into words.</summary>
internal static partial class PopsellErrors
{
    /// <summary>Returns the body as text, cut to <see cref="MaxBodyChars"/>.</summary>
    internal static string? BodyText(HttpContent? content)
    {
        if (content is not BufferedContent buffered)
        {
            return null;
        }

        var bytes = buffered.Text;
        var text = Encoding.UTF8.GetString(bytes.Length > MaxBodyChars * 4 ? bytes[..(MaxBodyChars * 4)] : bytes);
        return text.Length > MaxBodyChars ? text[..MaxBodyChars] : text;
    }

    private static string Describe(HttpContent? content, string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return "empty";
        }

        var type = content?.Headers.ContentType?.MediaType ?? "no content type";
        var preview = body.Length <= 120 ? body : body[..120] + "…";
        preview = new string(preview.Select(static c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return string.Create(CultureInfo.InvariantCulture, $"{type}, {Encoding.UTF8.GetByteCount(body):N0} bytes: \"{preview}\"");
    }

    private static string Reason(HttpStatusCode status) => (int)status switch
    {
        0 => "no status",
        419 => "Page Expired",
        422 => "Unprocessable Content",
        _ => ReasonPhrases.TryGetValue(status, out var phrase) ? phrase : status.ToString(),
    };

    private static readonly Dictionary<HttpStatusCode, string> ReasonPhrases = new()
    {
        [HttpStatusCode.OK] = "OK",
        [HttpStatusCode.Created] = "Created",
        [HttpStatusCode.BadRequest] = "Bad Request",
        [HttpStatusCode.Unauthorized] = "Unauthorized",
        [HttpStatusCode.Forbidden] = "Forbidden",
        [HttpStatusCode.NotFound] = "Not Found",
        [HttpStatusCode.MethodNotAllowed] = "Method Not Allowed",
        [HttpStatusCode.RequestTimeout] = "Request Timeout",
        [HttpStatusCode.Conflict] = "Conflict",
        [HttpStatusCode.RequestEntityTooLarge] = "Content Too Large",
        [HttpStatusCode.UnsupportedMediaType] = "Unsupported Media Type",
        [HttpStatusCode.TooManyRequests] = "Too Many Requests",
        [HttpStatusCode.InternalServerError] = "Internal Server Error",
        [HttpStatusCode.BadGateway] = "Bad Gateway",
        [HttpStatusCode.ServiceUnavailable] = "Service Unavailable",
        [HttpStatusCode.GatewayTimeout] = "Gateway Timeout",
        [HttpStatusCode.MovedPermanently] = "Moved Permanently",
        [HttpStatusCode.Found] = "Found",
        [HttpStatusCode.TemporaryRedirect] = "Temporary Redirect",
        [HttpStatusCode.PermanentRedirect] = "Permanent Redirect",
    };

    private static string Seconds(TimeSpan value) =>
        value.TotalSeconds >= 1
            ? value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : value.TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture) + " ms";
}
