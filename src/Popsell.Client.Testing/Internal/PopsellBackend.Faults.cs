namespace Popsell.Client.Testing.Internal;

internal sealed partial class PopsellBackend
{
    public void EnqueueFault(PopsellRoute route, PopsellFault fault)
    {
        lock (_gate)
        {
            _faults[(int)route].Enqueue(fault);
        }
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            foreach (var queue in _faults)
            {
                queue.Clear();
            }
        }
    }

    public int PendingFaults(PopsellRoute route)
    {
        lock (_gate)
        {
            return route == PopsellRoute.Any ? _faults.Sum(queue => queue.Count) : _faults[(int)route].Count;
        }
    }
}
