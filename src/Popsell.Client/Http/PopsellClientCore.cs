using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Timeout;
using Popsell.Client.Diagnostics;
using Popsell.Client.Serialization;
using Refit;

namespace Popsell.Client.Http;

/// <summary>
/// The shared part of a client and all its <see cref="IPopsellClient.WithAccessToken"/> views: one <see cref="HttpClient"/>
/// (and so one connection pool and one pipeline), the generated Refit implementation, the settings and the clock.
/// Translates everything that can go wrong into the SDK's exceptions at this boundary.
/// </summary>
internal sealed class PopsellClientCore : IDisposable
{
    /// <summary>
    /// Each request body is a <see cref="JsonRequestContent{T}"/>: serialized once by the source-generated context into a
    /// pooled buffer, sent with a <c>Content-Length</c> (never chunked), and its buffer returned as soon as it is written.
    /// <see cref="RequestBodySerializationMode.Buffered"/> makes Refit ask <see cref="PopsellContentSerializer"/> for the
    /// content synchronously; Refit's <see cref="RefitSettings.Buffered"/> would copy it into a second buffer.
    /// </summary>
    private static readonly RefitSettings RefitSettings = new(PopsellContentSerializer.Instance)
    {
        Buffered = false,
        RequestBodySerialization = RequestBodySerializationMode.Buffered,
    };

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly IPopsellApi _api;
    private readonly ILogger _logger;
    private readonly PopsellTelemetry _telemetry;
    private readonly PopsellRoutes _routes;
    private int _disposed;

    public PopsellClientCore(
        HttpClient httpClient,
        PopsellClientOptions options,
        ILoggerFactory? loggerFactory,
        TimeProvider timeProvider,
        PopsellTelemetry telemetry,
        bool ownsHttpClient)
    {
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        Options = options;
        TimeProvider = timeProvider;
        _logger = (ILogger?)loggerFactory?.CreateLogger(PopsellClientInfo.LoggerCategory) ?? NullLogger.Instance;
        _telemetry = telemetry;
        _api = CreateApi(httpClient);
        _routes = PopsellRoutes.For(httpClient.BaseAddress ?? options.BaseAddress!, ref options.RoutesCache);
    }

    /// <summary>
    /// Binds the generated Refit implementation to <paramref name="httpClient"/>, with settings made once (the overload
    /// that takes a <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> configures its settings on every call,
    /// about 3 µs, and a core is created per dependency-injection resolution).
    /// </summary>
    private static IPopsellApi CreateApi(HttpClient httpClient) => RestService.ForGenerated<IPopsellApi>(httpClient, RefitSettings);

    /// <summary>Gets the settings every call of this client uses.</summary>
    public PopsellClientOptions Options { get; }

    /// <summary>Gets the clock of this client.</summary>
    public TimeProvider TimeProvider { get; }

    public Task<Ambassador> RegisterAsync(RegisterRequest request, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDisposed();
        var operation = PopsellOperations.Register;
        if (string.IsNullOrWhiteSpace(Options.Domain))
        {
            throw new InvalidOperationException(
                $"PopsellClientOptions.Domain is not set: {operation.Display} needs the X-Popsell-Domain header. Set Domain to the brand's domain, such as brand.example.");
        }

        return SendAsync(
            Begin(operation, null, accessToken),
            request,
            static (api, request, call, ct) => api.RegisterAsync(request, call, ct),
            AmbassadorResult.Read,
            cancellationToken);
    }

    public Task<Ambassador> GetMeAsync(PopsellEnvironment environment, string? accessToken, CancellationToken cancellationToken)
    {
        var operation = PopsellOperations.GetMe;
        var segment = Segment(operation, environment);
        ThrowIfDisposed();
        RequireAccessToken(operation, accessToken);
        return SendAsync(
            Begin(operation, segment, accessToken),
            segment,
            static (api, segment, call, ct) => api.GetMeAsync(segment, call, ct),
            AmbassadorResult.Read,
            cancellationToken);
    }

    public Task<Ambassador> UpdateMeAsync(PopsellEnvironment environment, UpdateMeRequest request, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = PopsellOperations.UpdateMe;
        var segment = Segment(operation, environment);
        ThrowIfDisposed();
        RequireAccessToken(operation, accessToken);
        return SendAsync(
            Begin(operation, segment, accessToken),
            (segment, request),
            static (api, state, call, ct) => api.UpdateMeAsync(state.segment, state.request, call, ct),
            AmbassadorResult.Read,
            cancellationToken);
    }

    private PopsellCall Begin(PopsellOperation operation, string? environment, string? accessToken) =>
        new(operation, environment, Options, accessToken, TimeProvider.GetTimestamp(), _routes.BaseAddress, _telemetry);

    /// <summary>Returns the <c>{environment}</c> segment of <paramref name="environment"/>, refusing one that is undefined or
    /// that <paramref name="operation"/> has no route for.</summary>
    private static string Segment(PopsellOperation operation, PopsellEnvironment environment)
    {
        var segment = environment switch
        {
            PopsellEnvironment.Manager => "manager",
            PopsellEnvironment.Widget => "widget",
            PopsellEnvironment.Platform => "platform",
            _ => null,
        };
        if (segment is not null && operation.Environments.Contains(segment))
        {
            return segment;
        }

        var allowed = operation.Environments.Select(e => "PopsellEnvironment." + char.ToUpperInvariant(e[0]) + e[1..]).ToList();
        throw new ArgumentOutOfRangeException(
            nameof(environment),
            environment,
            $"The environment must be {string.Join(", ", allowed[..^1])} or {allowed[^1]}: the reference documents {operation.Display} for those only.");
    }

    private void RequireAccessToken(PopsellOperation operation, string? accessToken)
    {
        if (accessToken is null && Options.AccessTokenProvider is null && string.IsNullOrWhiteSpace(Options.AccessToken))
        {
            throw new InvalidOperationException(
                $"No access token: {operation.Display} needs a bearer token. Set PopsellClientOptions.AccessToken or AccessTokenProvider, or call WithAccessToken(token) for the ambassador you act for.");
        }
    }

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
                try
                {
                    var result = response.IsSuccessStatusCode
                        ? ReadResult(call, method, path, response, read)
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
    /// exception of the serializer) is a <see cref="PopsellApiException"/> with the 2xx status: the server acted.</summary>
    private static TResult ReadResult<TResult>(PopsellCall call, string method, string path, HttpResponseMessage response, ResultReader<TResult> read)
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
        try
        {
            result = read(body);
        }
        catch (Exception ex)
        {
            // Not only JsonException: whatever the serializer throws (a NotSupportedException or an
            // InvalidOperationException from its metadata, say), the server has acted and the caller must be told so.
            throw PopsellErrors.NotTheResult(call, method, path, response, $"it is not a JSON object of {call.Operation.Result} ({ex.Message})", ex);
        }

        return result ?? throw PopsellErrors.NotTheResult(call, method, path, response, "it is JSON null", null);
    }

    private TimeSpan Elapsed(PopsellCall call) => TimeProvider.GetElapsedTime(call.StartTimestamp);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, typeof(PopsellClient));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
