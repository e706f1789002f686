using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Popsell.Client.Testing.Internal;

namespace Popsell.Client.Testing;

/// <summary>
/// A stand-in for the Popsell API v2, served by Kestrel on <c>127.0.0.1</c> (a free port), for integration tests:
/// it implements <c>POST /api/v2/auth/register</c>, <c>GET</c> and <c>PATCH /api/v2/{environment}/me</c>, the auth
/// family (<c>POST /api/v2/auth/login</c>, <c>token</c>, <c>guest</c>, <c>brand</c>, <c>logout</c>,
/// <c>forgot-password</c> and <c>reset-password</c>) and <c>GET /api/v2/brand</c> with Laravel's status codes and
/// bodies, keeps ambassadors, tokens, guests and brand users in memory, records every request in a journal, and can be
/// told to misbehave with <see cref="PopsellFault"/>s, on every route or on one <see cref="PopsellRoute"/>.
/// </summary>
/// <remarks>
/// Every member is thread-safe. Dispose the server to stop Kestrel; requests still in flight (including stalled
/// ones) are aborted, so disposal never hangs.
/// </remarks>
public sealed partial class PopsellTestServer : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly PopsellBackend _backend;
    private readonly CancellationTokenSource _stopping;
    private readonly object _disposeGate = new();
    private Task? _disposal;

    private PopsellTestServer(WebApplication app, PopsellBackend backend, CancellationTokenSource stopping, Uri baseAddress, string domain)
    {
        _app = app;
        _backend = backend;
        _stopping = stopping;
        BaseAddress = baseAddress;
        Domain = domain;
    }

    /// <summary>Gets the base address of the API, <c>http://127.0.0.1:{port}/api/v2/</c> (with a trailing slash).</summary>
    /// <value>The base address.</value>
    public Uri BaseAddress { get; }

    /// <summary>Gets the <c>X-Popsell-Domain</c> value that registration, the other auth routes and <c>GET /brand</c> accept (<see cref="PopsellTestServerOptions.Domain"/>).</summary>
    /// <value>The domain.</value>
    public string Domain { get; }

    /// <summary>Starts a server on <c>127.0.0.1</c>, on a port chosen by the operating system.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults. They are copied.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="ArgumentException"><see cref="PopsellTestServerOptions.Domain"/> is empty while <see cref="PopsellTestServerOptions.AcceptAnyDomain"/> is <see langword="false"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PopsellTestServerOptions.MinimumPasswordLength"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async Task<PopsellTestServer> StartAsync(PopsellTestServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PopsellTestServerOptions();
        var domain = options.Domain ?? string.Empty;
        if (!options.AcceptAnyDomain && string.IsNullOrWhiteSpace(domain))
        {
            throw new ArgumentException("A domain is required unless AcceptAnyDomain is set.", nameof(options));
        }

        if (options.MinimumPasswordLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumPasswordLength, "MinimumPasswordLength cannot be negative.");
        }

        var backend = new PopsellBackend(domain, options.AcceptAnyDomain, options.MinimumPasswordLength, options.TimeProvider ?? TimeProvider.System, options.RecordRequests);
        var stopping = new CancellationTokenSource();
        WebApplication? app = null;
        try
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(PopsellTestServer).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.None);
            builder.Services.AddSingleton<IHostLifetime>(new SilentHostLifetime());
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
            builder.WebHost.UseKestrelCore();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1AndHttp2);
            });

            app = builder.Build();
            var handler = new RequestHandler(backend, stopping.Token);
            app.Run(handler.HandleAsync);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var port = new Uri(app.Urls.First()).Port;
            var baseAddress = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/api/v2/");
            return new PopsellTestServer(app, backend, stopping, baseAddress, domain);
        }
        catch
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Stops Kestrel, aborting requests still in flight. Calling it again does nothing more.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        lock (_disposeGate)
        {
            _disposal ??= StopAsync();
            return new ValueTask(_disposal);
        }
    }

    /// <summary>Stops Kestrel, aborting requests still in flight; blocks until it has stopped. Calling it again does nothing more.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Returns the base address, for test output.</summary>
    /// <returns>A description such as <c>PopsellTestServer http://127.0.0.1:5123/api/v2/</c>.</returns>
    public override string ToString() => "PopsellTestServer " + BaseAddress;

    private static PopsellRoute CheckRoute(PopsellRoute route) =>
        route is >= PopsellRoute.Any and <= PopsellBackend.LastRoute
            ? route
            : throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route.");

    private async Task StopAsync()
    {
        // Release stalled and delayed requests first, so Kestrel's graceful stop finds nothing to wait for.
        await _stopping.CancelAsync().ConfigureAwait(false);
        _backend.Close();
        using (var timeout = new CancellationTokenSource(ShutdownTimeout))
        {
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Kestrel gave up waiting and aborted the remaining connections.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
