namespace Popsell.Client.Testing;

/// <summary>
/// Settings for a <see cref="PopsellTestServer"/>. They are copied when the server starts;
/// changing the instance afterwards has no effect on a running server.
/// </summary>
public sealed class PopsellTestServerOptions
{
    /// <summary>
    /// Gets or sets the brand domain that <c>POST /auth/register</c>, the other <c>/auth</c> routes and <c>GET /brand</c>
    /// accept in their <c>X-Popsell-Domain</c> header (compared case-insensitively); other values get 401
    /// <c>{"message":"Unauthorized."}</c>. <c>GET</c> and <c>PATCH /{environment}/me</c> do not check it.
    /// </summary>
    /// <value>The accepted domain. The default is <c>"brand.example"</c>.</value>
    public string Domain { get; set; } = "brand.example";

    /// <summary>
    /// Gets or sets a value indicating whether any non-empty <c>X-Popsell-Domain</c> header is accepted,
    /// instead of only <see cref="Domain"/>.
    /// </summary>
    /// <value><see langword="true"/> to accept any non-empty domain. The default is <see langword="false"/>.</value>
    public bool AcceptAnyDomain { get; set; }

    /// <summary>
    /// Gets or sets the minimum password length (in Unicode code points) enforced by registration, by a
    /// <c>password</c> change through <c>PATCH /{environment}/me</c> and by <c>POST /auth/reset-password</c>
    /// (login does not check it).
    /// </summary>
    /// <value>The minimum length; zero disables the check. The default is <c>8</c>.</value>
    public int MinimumPasswordLength { get; set; } = 8;

    /// <summary>
    /// Gets or sets the clock used for <c>date_insert</c>, <c>date_update</c> and <see cref="RecordedRequest.ReceivedAt"/>.
    /// Fault delays always use real time.
    /// </summary>
    /// <value>The time provider. The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets a value indicating whether the server keeps a <see cref="RecordedRequest"/> for every request it
    /// receives, in <see cref="PopsellTestServer.Requests"/>.
    /// </summary>
    /// <value>
    /// <see langword="true"/> to keep the journal. The default is <see langword="true"/>. Set it to
    /// <see langword="false"/> for load tests and throughput benchmarks: the server then keeps nothing per request, so its
    /// memory stays flat however many requests it serves (each entry holds the request's headers and body until
    /// <see cref="PopsellTestServer.ClearJournal"/>). It still counts requests for
    /// <see cref="PopsellTestServer.CountRequests(PopsellRoute)"/> and
    /// <see cref="PopsellTestServer.WaitForRequestCountAsync(int, PopsellRoute, System.Threading.CancellationToken)"/>,
    /// and still applies queued faults; <see cref="PopsellTestServer.Requests"/> stays empty.
    /// </value>
    public bool RecordRequests { get; set; } = true;
}
