using System.Text;
using Microsoft.AspNetCore.Http;

namespace Popsell.Client.Testing.Internal;

/// <summary>Writes responses with an exact <c>Content-Length</c>.</summary>
internal static class ResponseWriter
{
    public const string JsonContentType = "application/json";

    public static Task WriteAsync(HttpContext context, ApiResponse response, CancellationToken cancellationToken)
    {
        if (response.Allow is not null)
        {
            context.Response.Headers.Allow = response.Allow;
        }

        return WriteAsync(context, response.StatusCode, JsonContentType, JsonText.ToUtf8(response.Body), cancellationToken);
    }

    public static async Task WriteAsync(HttpContext context, int statusCode, string? contentType, byte[] body, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.Headers.CacheControl = "no-cache, private";
        if (!AllowsBody(statusCode))
        {
            return;
        }

        if (!string.IsNullOrEmpty(contentType))
        {
            response.ContentType = contentType;
        }

        response.ContentLength = body.Length;
        if (body.Length > 0)
        {
            await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    public static Task WriteTextAsync(HttpContext context, int statusCode, string? contentType, string body, CancellationToken cancellationToken) =>
        WriteAsync(context, statusCode, contentType, Encoding.UTF8.GetBytes(body), cancellationToken);

    /// <summary>Kestrel refuses a body for 204, 205 and 304.</summary>
    public static bool AllowsBody(int statusCode) => statusCode is not (204 or 205 or 304);
}
