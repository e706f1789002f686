namespace Popsell.Client.Testing;

public sealed partial class PopsellTestServer
{
    /// <summary>Gets a snapshot copy of the journal: every request received (faulted ones included), in arrival order.</summary>
    /// <value>
    /// The recorded requests; later requests do not change the returned list. Always empty when the server was started
    /// with <see cref="PopsellTestServerOptions.RecordRequests"/> set to <see langword="false"/>.
    /// </value>
    public IReadOnlyList<RecordedRequest> Requests => _backend.SnapshotJournal();

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
}
