using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Popsell.Client.Diagnostics;
using Popsell.Client.Operations;
using Refit;

namespace Popsell.Client.Http;

/// <summary>
/// The shared part of a client and all its <see cref="IPopsellClient.WithAccessToken"/> views: one <see cref="HttpClient"/>
/// (and so one connection pool and one pipeline), the generated Refit implementation, the settings and the clock.
/// Translates everything that can go wrong into the SDK's exceptions at this boundary.
/// </summary>
internal sealed partial class PopsellClientCore : IDisposable
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
    private readonly ApiKeyTokens _tokens;
    private readonly Func<CancellationToken, Task<string>>? _apiKeyToken;
    private readonly Func<string, Task<string>>? _fetchApiKeyToken;
    private int _disposed;

    public PopsellClientCore(
        HttpClient httpClient,
        PopsellClientOptions options,
        ILoggerFactory? loggerFactory,
        TimeProvider timeProvider,
        PopsellTelemetry telemetry,
        PopsellRoutesCache routes,
        ApiKeyTokens tokens,
        bool ownsHttpClient)
    {
        _tokens = tokens;
        // Both delegates made once per core, and only when there is a key: a resolution without one allocates nothing.
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            _fetchApiKeyToken = FetchApiKeyTokenAsync;
            _apiKeyToken = ApiKeyTokenAsync;
        }
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        Options = options;
        TimeProvider = timeProvider;
        _logger = (ILogger?)loggerFactory?.CreateLogger(PopsellClientInfo.LoggerCategory) ?? NullLogger.Instance;
        _telemetry = telemetry;
        _api = CreateApi(httpClient);
        _routes = routes.For(httpClient.BaseAddress ?? options.BaseAddress!);
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

    /// <summary>Starts a call of <paramref name="operation"/>, refusing first, before anything is sent, one this client cannot
    /// make: disposed, no <c>Domain</c> for an operation whose header the document requires, or no token source for one
    /// that needs a bearer token.</summary>
    private PopsellCall Begin(PopsellOperation operation, string? environment, string? accessToken)
    {
        ThrowIfDisposed();
        if (operation.RequiresDomain && string.IsNullOrWhiteSpace(Options.Domain))
        {
            throw new InvalidOperationException(
                $"PopsellClientOptions.Domain is not set: {operation.Display} needs the X-Popsell-Domain header. Set Domain to the brand's domain, such as brand.example.");
        }

        if (operation.RequiresBearer)
        {
            RequireAccessToken(operation, accessToken);
        }

        return new(operation, environment, Options, accessToken, TimeProvider.GetTimestamp(), _routes.BaseAddress, _apiKeyToken);
    }

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
        if (accessToken is null && Options.AccessTokenProvider is null && string.IsNullOrWhiteSpace(Options.AccessToken) && _apiKeyToken is null)
        {
            throw new InvalidOperationException(
                $"No access token: {operation.Display} needs a bearer token. Set PopsellClientOptions.ApiKey, AccessToken or AccessTokenProvider, or call WithAccessToken(token) for the ambassador you act for.");
        }
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
