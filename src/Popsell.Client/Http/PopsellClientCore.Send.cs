using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Popsell.Client.Diagnostics;
using Popsell.Client.Operations;
using Popsell.Client.Serialization;
using Refit;

namespace Popsell.Client.Http;

/// <summary>The one send path of every operation, and the translation of what went wrong into the SDK's exceptions.</summary>
internal sealed partial class PopsellClientCore
{
    /// <summary>
    /// The one send path of every operation: starts the span, sends through the generated Refit method (and so the
    /// pipeline and the per-attempt handler), translates what went wrong into the SDK's exceptions, reads a success with
    /// <paramref name="read"/>, logs and records the call.
    /// </summary>
    private async Task<TResult> SendAsync<TState, TResult>(
        PopsellCall call,
        TState state,
        Func<IPopsellApi, TState, PopsellCall, CancellationToken, Task<HttpResponseMessage>> send,
        ResultReader<TResult> read,
        CancellationToken cancellationToken)
        where TResult : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var method = call.Operation.Method;
        var path = _routes.Path(call.Operation, call.Environment);
        var activity = call.Activity = PopsellTelemetry.StartCall(call, method, _routes.BaseAddress);
        HttpStatusCode? status = null;
        string? errorType = null;
        try
        {
            HttpResponseMessage response;
            try
            {
                response = await send(_api, state, call, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.Unauthorized && call.TryBeginRenewal())
                {
                    // The token came from ApiKey: a 401 means the server refused before acting, so the call is repeated
                    // once with a renewed token, whatever the operation.
                    var refused = call.SentToken!;
                    response.Dispose();
                    await RenewAccessTokenAsync(call, refused, cancellationToken).ConfigureAwait(false);
                    response = await send(_api, state, call, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                // Refit wraps what the pipeline threw in an exception that holds the request (and so its Authorization
                // header): unwrap it here, so neither it nor the request reaches a caller.
                var cause = Unwrap(ex);
                var translated = Translate(cause, call, method, path, cancellationToken);
                status = translated is PopsellApiException { StatusCode: not 0 } known ? known.StatusCode : null;
                errorType = translated switch
                {
                    TimeoutException => "timeout",
                    PopsellApiException { StatusCode: not 0 } api when (int)api.StatusCode is < 200 or > 299 => PopsellTelemetry.StatusText(api.StatusCode),
                    _ => PopsellTelemetry.ErrorType(cause),
                };
                if (translated is not null)
                {
                    LogFailure(call, method, path, translated);
                    throw translated;
                }

                if (ReferenceEquals(cause, ex))
                {
                    throw;
                }

                ExceptionDispatchInfo.Throw(cause);
                throw;
            }

            using (response)
            {
                status = response.StatusCode;
                if (call.Operation.EndsSession && call.TokenFromApiKey && call.SentToken is { } ended
                    && (response.IsSuccessStatusCode || status == HttpStatusCode.Unauthorized))
                {
                    // Logged out (or already refused): the next call that needs a token fetches a new one.
                    _tokens.Forget(ended);
                }

                try
                {
                    var result = response.IsSuccessStatusCode
                        ? ReadResult(call, method, path, response, read, _logger)
                        : throw PopsellErrors.FromResponse(call, method, path, response, TimeProvider);
                    if (_logger.IsEnabled(LogLevel.Information))
                    {
                        PopsellLog.CallSucceeded(_logger, method, path, (int)response.StatusCode, call.Attempts, Elapsed(call).TotalMilliseconds);
                    }

                    return result;
                }
                catch (PopsellApiException ex)
                {
                    errorType = response.IsSuccessStatusCode ? "invalid_body" : PopsellTelemetry.StatusText(response.StatusCode);
                    LogFailure(call, method, path, ex);
                    throw;
                }
            }
        }
        catch (Exception ex) when (errorType is null)
        {
            // Anything not classified above (the caller's own cancellation, a token provider that threw): name its type.
            errorType = PopsellTelemetry.ErrorType(ex);
            throw;
        }
        finally
        {
            _telemetry.EndCall(call, activity, method, _routes.BaseAddress, status, errorType, Elapsed(call));
        }
    }

    /// <summary>Returns the exception Refit wrapped, or <paramref name="exception"/> itself.</summary>
    private static Exception Unwrap(Exception exception)
    {
        while (exception.InnerException is { } inner && exception.GetType().Assembly == typeof(ApiException).Assembly)
        {
            exception = inner;
        }

        return exception;
    }

    /// <summary>Maps what the pipeline threw to what callers see; <see langword="null"/> lets the exception through unchanged.</summary>
    private Exception? Translate(Exception exception, PopsellCall call, string method, string path, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        TimeoutRejectedException or OperationCanceledException => PopsellErrors.Timeout(call, method, path, Elapsed(call), exception),
        HttpRequestException http => PopsellErrors.Transport(call, method, path, http),
        ApiException or ApiRequestException => new PopsellApiException($"{method} {path} failed: {exception.Message}", (exception as ApiException)?.StatusCode ?? 0, null, null, null)
        {
            Method = method,
            RequestPath = path,
            Attempts = call.Attempts,
        },
        _ => null,
    };

    private void LogFailure(PopsellCall call, string method, string path, Exception exception)
    {
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            var outcome = exception is PopsellApiException { StatusCode: not 0 } api
                ? ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : exception is TimeoutException ? "timed out" : "no answer";
            PopsellLog.CallFailed(_logger, method, path, outcome, call.Attempts, Elapsed(call).TotalMilliseconds, exception.GetType().Name);
        }
    }

    /// <summary>Reads a success body with <paramref name="read"/>. Whatever goes wrong (an empty body, JSON <c>null</c>, any
    /// exception of the serializer) is a <see cref="PopsellApiException"/> with the 2xx status: the server acted. A field that
    /// could not be read as its documented type does not fail the answer (it is kept raw); its name is logged at Debug.</summary>
    private static TResult ReadResult<TResult>(PopsellCall call, string method, string path, HttpResponseMessage response, ResultReader<TResult> read, ILogger logger)
        where TResult : class
    {
        if (response.Content is not BufferedContent content)
        {
            throw PopsellErrors.NotTheResult(call, method, path, response, "the response was not read by the Popsell handler", null);
        }

        var body = content.Text;
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw PopsellErrors.NotTheResult(call, method, path, response, "it is empty", null);
        }

        TResult? result;
        using (var unreadable = UnreadableFields.Begin())
        {
            try
            {
                result = read(body);
            }
            catch (Exception ex)
            {
                // Not only JsonException: whatever the serializer throws (a NotSupportedException or an
                // InvalidOperationException from its metadata, say), the server has acted and the caller must be told so.
                throw PopsellErrors.NotTheResult(call, method, path, response, $"it is not a JSON object of {call.Operation.Result} ({Reason(ex, call.Operation.Result)})", ex);
            }

            if (logger.IsEnabled(LogLevel.Debug))
            {
                foreach (var field in unreadable.Names)
                {
                    PopsellLog.FieldUnreadable(logger, method, path, field);
                }
            }
        }

        return result ?? throw PopsellErrors.NotTheResult(call, method, path, response, "it is JSON null", null);
    }

    /// <summary>Why an answer could not be read, in words that name no type of the SDK's own (System.Text.Json's
    /// message names the internal type it was reading into).</summary>
    internal static string Reason(Exception ex, string result) =>
        ex is JsonException { Path: { } at } json && json.Message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal)
            ? at == "$" ? $"the JSON value at $ is not {result}" : $"the JSON value at {at} is not of its documented type"
            : ex.Message;
}
