using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text;
using Popsell.Client.Operations;

namespace Popsell.Client;

/// <summary>Builds the exceptions callers see, from what the server said. Never includes a request body, password or token.</summary>
internal static class PopsellErrors
{
    /// <summary>The most of a response body an exception keeps, in characters.</summary>
    internal const int MaxBodyChars = 64 * 1024;

    /// <summary>Builds the exception for a response whose status is not a success.</summary>
    public static PopsellApiException FromResponse(PopsellCall call, string method, string path, HttpResponseMessage response, TimeProvider timeProvider)
    {
        var body = BodyText(response.Content);
        var status = response.StatusCode;
        var retryAfter = TransientFailures.RetryAfter(response, timeProvider);
        using var json = TryParse(body);
        var root = json?.RootElement;
        var serverMessage = root is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()
            : null;

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{method} {path} failed with {(int)status} ({Reason(status)})");
        if (!string.IsNullOrWhiteSpace(serverMessage))
        {
            text.Append(": ").Append(serverMessage.Trim());
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"; the body was {Describe(response.Content, body)}");
        }

        if (!text.ToString().EndsWith('.'))
        {
            text.Append('.');
        }

        if ((int)status is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location.GetLeftPart(UriPartial.Path) : location.OriginalString.Split('?')[0];
            text.Append(CultureInfo.InvariantCulture, $" The server redirected to {target}; the SDK does not follow redirects, so credentials never leave BaseAddress. Check PopsellClientOptions.BaseAddress.");
        }

        if (status == HttpStatusCode.UnprocessableContent)
        {
            var problem = ReadProblem(root, serverMessage);
            foreach (var (field, messages) in problem.Errors)
            {
                text.Append(' ').Append(field).Append(": ").Append(string.Join(" ", messages));
            }

            AppendAttempts(text, call);
            return new ValidationProblemException(text.ToString(), problem, body)
            {
                ServerMessage = serverMessage,
                Method = method,
                RequestPath = path,
                Attempts = call.Attempts,
                RequestMayHaveBeenProcessed = false,
            };
        }

        if (retryAfter is { } wait && TransientFailures.IsTransientStatus(response.StatusCode, idempotent: true))
        {
            text.Append(CultureInfo.InvariantCulture, $" The server asked to retry after {Seconds(wait)}");
            text.Append(wait >= call.Options.Timeout - timeProvider.GetElapsedTime(call.StartTimestamp)
                ? ", longer than what was left of PopsellClientOptions.Timeout, so the SDK did not wait."
                : ".");
        }

        AppendAttempts(text, call);
        if (MayHaveBeenProcessed(status))
        {
            AppendSideEffect(text, call);
        }

        return new PopsellApiException(text.ToString(), status, body, retryAfter, null)
        {
            ServerMessage = serverMessage,
            Method = method,
            RequestPath = path,
            Attempts = call.Attempts,
            RequestMayHaveBeenProcessed = MayHaveBeenProcessed(status),
        };
    }

    /// <summary>Builds the exception for a success status whose body is not what the operation answers with.</summary>
    public static PopsellApiException NotTheResult(PopsellCall call, string method, string path, HttpResponseMessage response, string reason, Exception? inner)
    {
        var body = BodyText(response.Content);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{method} {path} answered {(int)response.StatusCode} ({Reason(response.StatusCode)}), but the body is not {call.Operation.Result}: {reason}. The body was {Describe(response.Content, body)}.");
        AppendAttempts(text, call);
        AppendSideEffect(text, call, done: true);

        return new PopsellApiException(text.ToString(), response.StatusCode, body, null, inner)
        {
            Method = method,
            RequestPath = path,
            Attempts = call.Attempts,
        };
    }

    /// <summary>Builds the exception for an answer whose body could not be read, or that never came.</summary>
    public static PopsellApiException Transport(PopsellCall call, string method, string path, HttpRequestException exception)
    {
        var text = new StringBuilder();
        var status = exception.StatusCode ?? 0;
        var neverConnected = TransientFailures.NeverConnected(exception);
        if (exception is ResponseBodyException body)
        {
            text.Append(CultureInfo.InvariantCulture, $"{method} {path} answered {(int)status} ({Reason(status)}), but {(body.IsTooLarge ? "its body was too large" : "its body could not be read")}: {exception.Message}");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{method} {path} got no answer: {exception.Message}");
        }

        if (!text.ToString().EndsWith('.'))
        {
            text.Append('.');
        }

        AppendAttempts(text, call);
        if (!neverConnected)
        {
            AppendSideEffect(text, call);
        }

        return new PopsellApiException(text.ToString(), status, null, null, exception)
        {
            Method = method,
            RequestPath = path,
            Attempts = call.Attempts,
            RequestMayHaveBeenProcessed = !neverConnected,
        };
    }

    /// <summary>Builds the exception for a call that ran out of time.</summary>
    public static TimeoutException Timeout(PopsellCall call, string method, string path, TimeSpan elapsed, Exception inner)
    {
        var options = call.Options;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{method} {path} timed out after {Seconds(elapsed)} (PopsellClientOptions.Timeout is {Seconds(options.Timeout)}, AttemptTimeout is {Seconds(options.AttemptTimeout)}).");
        AppendAttempts(text, call);
        AppendSideEffect(text, call);

        return new TimeoutException(text.ToString(), inner);
    }

    /// <summary>Returns whether the server may have acted on a request it answered with <paramref name="status"/>.</summary>
    internal static bool MayHaveBeenProcessed(HttpStatusCode status) =>
        (int)status is >= 500 and not 503 || status == HttpStatusCode.RequestTimeout || (int)status < 400;

    private static void AppendAttempts(StringBuilder text, PopsellCall call)
    {
        if (call.Attempts > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({call.Attempts} attempts)");
        }
    }

    private static ValidationProblem ReadProblem(JsonElement? root, string? serverMessage)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("errors", out var list))
        {
            if (list.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in list.EnumerateObject())
                {
                    errors[field.Name] = Messages(field.Value);
                }
            }
            else if (list.ValueKind is JsonValueKind.Array or JsonValueKind.String)
            {
                errors[string.Empty] = Messages(list);
            }
        }

        var message = !string.IsNullOrWhiteSpace(serverMessage)
            ? serverMessage
            : errors.Values.SelectMany(static m => m).FirstOrDefault() ?? "The request was invalid.";
        return new ValidationProblem
        {
            Message = message,
            Errors = errors.Count == 0 ? ValidationProblemException.EmptyErrors : errors.AsReadOnly(),
        };
    }

    private static string[] Messages(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Select(static item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()).ToArray(),
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Null => [],
        _ => [value.GetRawText()],
    };

    private static JsonDocument? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

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

    /// <summary>Says what an operation retried only when refused may have done (or, <paramref name="done"/>, probably did),
    /// and what to do first; says nothing for an idempotent operation.</summary>
    private static void AppendSideEffect(StringBuilder text, PopsellCall call, bool done = false)
    {
        if (call.Operation.SideEffect is { } effect)
        {
            text.Append(CultureInfo.InvariantCulture, $" {(done ? effect.Done : effect.May)}: {effect.Advice}.");
        }
    }
}
