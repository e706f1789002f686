using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
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
/// it implements <c>POST /api/v2/auth/register</c> and <c>PATCH /api/v2/{manager|widget}/me</c> with Laravel's
/// status codes and bodies, keeps ambassadors in memory, records every request in a journal, and can be told to
/// misbehave with <see cref="PopsellFault"/>s.
/// </summary>
/// <remarks>
/// Every member is thread-safe. Dispose the server to stop Kestrel; requests still in flight (including stalled
/// ones) are aborted, so disposal never hangs.
/// </remarks>
public sealed class PopsellTestServer : IAsyncDisposable, IDisposable
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

    /// <summary>Gets the <c>X-Popsell-Domain</c> value that registration accepts (<see cref="PopsellTestServerOptions.Domain"/>).</summary>
    /// <value>The domain.</value>
    public string Domain { get; }

    /// <summary>Gets a snapshot copy of the journal: every request received (faulted ones included), in arrival order.</summary>
    /// <value>
    /// The recorded requests; later requests do not change the returned list. Always empty when the server was started
    /// with <see cref="PopsellTestServerOptions.RecordRequests"/> set to <see langword="false"/>.
    /// </value>
    public IReadOnlyList<RecordedRequest> Requests => _backend.SnapshotJournal();

    /// <summary>Gets the number of stored (not deleted) ambassadors.</summary>
    /// <value>The ambassador count.</value>
    public int AmbassadorCount => _backend.AmbassadorCount;

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

    /// <summary>Counts the journal entries for a route.</summary>
    /// <param name="route">The route; <see cref="PopsellRoute.Any"/> counts every request, including those to unknown paths.</param>
    /// <returns>The number of recorded requests.</returns>
    public int CountRequests(PopsellRoute route) => _backend.CountRequests(CheckRoute(route));

    /// <summary>Empties the journal (and the counts of <see cref="CountRequests(PopsellRoute)"/>).</summary>
    public void ClearJournal() => _backend.ClearJournal();

    /// <summary>Waits until the journal holds at least <paramref name="count"/> requests for <paramref name="route"/>; useful to know a request reached the server before acting.</summary>
    /// <param name="count">The number of requests to wait for.</param>
    /// <param name="route">The route to count; <see cref="PopsellRoute.Any"/> (the default) counts every request.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the count is reached.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled before the count was reached.</exception>
    /// <exception cref="ObjectDisposedException">The server was disposed before the count was reached.</exception>
    public Task WaitForRequestCountAsync(int count, PopsellRoute route = PopsellRoute.Any, CancellationToken cancellationToken = default) =>
        _backend.WaitForRequestCountAsync(count, CheckRoute(route), cancellationToken);

    /// <summary>Gets a deep copy of a stored ambassador, exactly as the API would return it (snake_case keys, documented order).</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The ambassador, or <see langword="null"/> if there is none with that id (or it was deleted).</returns>
    public JsonObject? GetAmbassador(int idAmbassador) => _backend.GetAmbassador(idAmbassador);

    /// <summary>
    /// Gets a deep copy of the fields the server accepted for an ambassador but never returns, because no response of
    /// the reference documents them: <c>store_id</c>, <c>roles</c>, <c>address</c> and <c>tiktok_account</c> from
    /// registration, and the PATCH-only fields (<c>tiktok_account</c>, <c>password_confirmation</c>). Only fields that
    /// were sent are present.
    /// </summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The fields, or <see langword="null"/> if there is no ambassador with that id.</returns>
    public JsonObject? GetHiddenFields(int idAmbassador) => _backend.GetHiddenFields(idAmbassador);

    /// <summary>Checks an ambassador's stored password (which the API never returns).</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <param name="password">The expected password.</param>
    /// <returns><see langword="true"/> if the ambassador exists and has exactly that password.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="password"/> is <see langword="null"/>.</exception>
    public bool VerifyPassword(int idAmbassador, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return _backend.VerifyPassword(idAmbassador, password);
    }

    /// <summary>Creates an ambassador directly (no HTTP request, nothing journaled) and mints an access token for it.</summary>
    /// <param name="email">The e-mail address; it must not belong to another ambassador (compared case-insensitively).</param>
    /// <param name="firstname">The first name.</param>
    /// <param name="lastname">The last name.</param>
    /// <param name="password">The password (not checked against <see cref="PopsellTestServerOptions.MinimumPasswordLength"/>).</param>
    /// <returns>The new ambassador's id, e-mail address and a bearer token.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">Another ambassador already has <paramref name="email"/>.</exception>
    public SeededAmbassador SeedAmbassador(string email, string firstname = "Ada", string lastname = "Lovelace", string password = "correct-horse-battery")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(firstname);
        ArgumentNullException.ThrowIfNull(lastname);
        ArgumentNullException.ThrowIfNull(password);
        return _backend.Seed(email, firstname, lastname, password);
    }

    /// <summary>Sets (or adds) a field of a stored ambassador's wire object without validation, e.g. to return unusual values or a field the SDK does not know.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <param name="field">The wire name, such as <c>gamification_score</c>.</param>
    /// <param name="value">The value (copied); <see langword="null"/> for JSON <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no ambassador with that id, or <paramref name="field"/> is <c>id_ambassador</c>.</exception>
    public void SetAmbassadorField(int idAmbassador, string field, JsonNode? value)
    {
        CheckMutableField(field);
        _backend.SetAmbassadorField(idAmbassador, field, value);
    }

    /// <summary>Removes a field from a stored ambassador's wire object, e.g. to return a response that lacks a documented field.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <param name="field">The wire name.</param>
    /// <returns><see langword="true"/> if the field was there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no ambassador with that id, or <paramref name="field"/> is <c>id_ambassador</c>.</exception>
    public bool RemoveAmbassadorField(int idAmbassador, string field)
    {
        CheckMutableField(field);
        return _backend.RemoveAmbassadorField(idAmbassador, field);
    }

    /// <summary>Mints a new opaque bearer token (<c>pst_</c> and 32 lowercase hex digits) for an existing ambassador.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentException">There is no ambassador with that id.</exception>
    public string IssueAccessToken(int idAmbassador) => _backend.IssueAccessToken(idAmbassador);

    /// <summary>Revokes a token: later requests with it get 401. Unknown tokens are ignored.</summary>
    /// <param name="accessToken">The token.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accessToken"/> is <see langword="null"/>.</exception>
    public void RevokeAccessToken(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        _backend.RevokeAccessToken(accessToken);
    }

    /// <summary>Deletes an ambassador. Its tokens stay valid, so a later <c>PATCH /{environment}/me</c> with one gets 404 "The ambassador does not exist."; its e-mail address becomes free.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns><see langword="true"/> if the ambassador existed.</returns>
    public bool DeleteAmbassador(int idAmbassador) => _backend.DeleteAmbassador(idAmbassador);

    /// <summary>Queues a fault for the next request on any route (checked after the route-specific queues).</summary>
    /// <param name="fault">The fault.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is <see langword="null"/>.</exception>
    public void EnqueueFault(PopsellFault fault) => EnqueueFault(PopsellRoute.Any, fault);

    /// <summary>
    /// Queues a fault for the next request on <paramref name="route"/>. Each request takes at most one fault: the
    /// first of its route's queue, else the first of the <see cref="PopsellRoute.Any"/> queue (first in, first out).
    /// </summary>
    /// <param name="route">The route; <see cref="PopsellRoute.Any"/> for the next request on any route.</param>
    /// <param name="fault">The fault.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is not a defined <see cref="PopsellRoute"/>.</exception>
    public void EnqueueFault(PopsellRoute route, PopsellFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _backend.EnqueueFault(CheckRoute(route), fault);
    }

    /// <summary>Counts the queued faults that no request has taken yet.</summary>
    /// <param name="route">The queue; <see cref="PopsellRoute.Any"/> (the default) counts every queue.</param>
    /// <returns>The number of pending faults.</returns>
    public int CountPendingFaults(PopsellRoute route = PopsellRoute.Any) => _backend.PendingFaults(CheckRoute(route));

    /// <summary>Removes every queued fault.</summary>
    public void ClearFaults() => _backend.ClearFaults();

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
        route is PopsellRoute.Any or PopsellRoute.Register or PopsellRoute.UpdateMe or PopsellRoute.GetMe
            ? route
            : throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route.");

    private static void CheckMutableField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.Equals(field, "id_ambassador", StringComparison.Ordinal))
        {
            throw new ArgumentException("id_ambassador cannot be changed.", nameof(field));
        }
    }

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
