using Microsoft.Extensions.Logging;
using Popsell.Client.Diagnostics;
using Popsell.Client.Http;

namespace Popsell.Client;

/// <summary>
/// The Popsell API v2 client for use without dependency injection. It owns its <see cref="HttpClient"/> and the same
/// resilience pipeline as <c>services.AddPopsellClient(...)</c>. Create one per API root and share it; it is thread-safe.
/// </summary>
public sealed partial class PopsellClient : IPopsellClient, IDisposable
{
    private readonly PopsellClientCore _core;

    /// <summary>Creates a client with its own connections.</summary>
    /// <param name="options">The settings. They are copied: later changes to <paramref name="options"/> do not affect the client.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public PopsellClient(PopsellClientOptions options)
        : this(options, null, null, null)
    {
    }

    /// <summary>Creates a client with its own connections, a handler of your choice, logging and a clock.</summary>
    /// <param name="options">The settings. They are copied: later changes to <paramref name="options"/> do not affect the client.</param>
    /// <param name="primaryHandler">The handler that talks to the network, or <see langword="null"/> for the SDK's own
    /// (which does not follow redirects). The client disposes it.</param>
    /// <param name="loggerFactory">Where to log, or <see langword="null"/> for no logging.</param>
    /// <param name="timeProvider">The clock for timeouts and retry delays, or <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public PopsellClient(PopsellClientOptions options, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Clone();
        var failures = PopsellClientOptionsValidator.Failures(settings);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        var clock = timeProvider ?? TimeProvider.System;
#pragma warning disable CA2000 // The HttpClient owns the handler chain, and the core owns the HttpClient.
        var handler = new PopsellResilienceHandler(PopsellResilience.Build(settings, clock, PopsellTelemetry.Shared))
        {
            InnerHandler = new PopsellRequestHandler(loggerFactory, clock)
            {
                InnerHandler = primaryHandler ?? PopsellHttp.CreatePrimaryHandler(),
            },
        };
        var httpClient = new HttpClient(handler, disposeHandler: true);
#pragma warning restore CA2000
        PopsellHttp.Configure(httpClient, settings);
        _core = new PopsellClientCore(httpClient, settings, loggerFactory, clock, PopsellTelemetry.Shared, new PopsellRoutesCache(), new ApiKeyTokens(), ownsHttpClient: true);
    }

    /// <inheritdoc/>
    public IPopsellClient WithAccessToken(string accessToken) => new PopsellClientView(_core, CheckAccessToken(accessToken));

    /// <summary>Closes the client's connections. Calls made afterwards, also through its views, throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose() => _core.Dispose();

    internal static string CheckAccessToken(string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        if (!AccessTokens.IsWellFormed(accessToken))
        {
            throw new ArgumentException("The access token must not contain white space or control characters.", nameof(accessToken));
        }

        return accessToken;
    }
}
