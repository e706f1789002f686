using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text;
using Popsell.Client.Operations;

namespace Popsell.Client;

/// <summary>Builds the exceptions callers see, from what the server said. Never includes a request body, password or token.</summary>
internal static partial class PopsellErrors
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

        if (status == HttpStatusCode.Unauthorized && call.TokenFromApiKey)
        {
            text.Append(call.Renewed
                ? " The server refused the access token of PopsellClientOptions.ApiKey, and a renewed one too: the API key was refused for this call."
                : " The access token came from PopsellClientOptions.ApiKey.");
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
        // An answer that carries an access token is never kept: it may hold one even when it is not what was expected.
        var secret = call.Operation.SecretResult;
        var body = secret ? null : BodyText(response.Content);
        var shown = secret ? "not kept, because it may hold an access token" : Describe(response.Content, body);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{method} {path} answered {(int)response.StatusCode} ({Reason(response.StatusCode)}), but the body is not {call.Operation.Result}: {reason}. The body was {shown}.");
        AppendAttempts(text, call);
        AppendSideEffect(text, call, done: true);

        return new PopsellApiException(text.ToString(), response.StatusCode, body, null, inner)
        {
            Method = method,
            RequestPath = path,
            Attempts = call.Attempts,
        };
    }

    /// <summary>Builds the exception a call gets when no access token could be had for <see cref="PopsellClientOptions.ApiKey"/>:
    /// the call itself was not sent. Names the setting, never the key.</summary>
    public static PopsellApiException ApiKeyRefused(PopsellApiException exchange)
    {
        var refused = exchange.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.UnprocessableContent;
        var text = refused
            ? $"The server refused PopsellClientOptions.ApiKey, so the call was not sent: {exchange.Message} Check the API key."
            : $"No access token could be had for PopsellClientOptions.ApiKey, so the call was not sent: {exchange.Message}";
        return new PopsellApiException(text, exchange.StatusCode, exchange.ResponseBody, exchange.RetryAfter, exchange)
        {
            ServerMessage = exchange.ServerMessage,
            Method = exchange.Method,
            RequestPath = exchange.RequestPath,
            Attempts = exchange.Attempts,
            RequestMayHaveBeenProcessed = false,
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
