namespace Popsell.Client.Testing;

public sealed partial class PopsellTestServer
{
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
}
