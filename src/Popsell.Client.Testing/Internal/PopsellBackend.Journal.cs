namespace Popsell.Client.Testing.Internal;

internal sealed partial class PopsellBackend
{
    /// <summary>
    /// Dequeues the fault for <paramref name="route"/> (route queue first, then the Any queue), counts the request and,
    /// unless the server was started without recording, records it with its fault.
    /// </summary>
    public PopsellFault? Record(PopsellRoute route, Func<PopsellFault?, RecordedRequest> createEntry)
    {
        List<JournalWaiter>? satisfied = null;
        PopsellFault? fault;
        lock (_gate)
        {
            fault = null;
            if (route != PopsellRoute.Any && _faults[(int)route].Count > 0)
            {
                fault = _faults[(int)route].Dequeue();
            }
            else if (_faults[(int)PopsellRoute.Any].Count > 0)
            {
                fault = _faults[(int)PopsellRoute.Any].Dequeue();
            }

            if (_recordRequests)
            {
                _journal.Add(createEntry(fault));
            }

            _counts[(int)PopsellRoute.Any]++;
            if (route != PopsellRoute.Any)
            {
                _counts[(int)route]++;
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_counts[(int)_waiters[i].Route] >= _waiters[i].Count)
                {
                    (satisfied ??= []).Add(_waiters[i]);
                    _waiters.RemoveAt(i);
                }
            }
        }

        if (satisfied is not null)
        {
            foreach (var waiter in satisfied)
            {
                waiter.Completion.TrySetResult();
            }
        }

        return fault;
    }

    public IReadOnlyList<RecordedRequest> SnapshotJournal()
    {
        lock (_gate)
        {
            return _journal.ToArray();
        }
    }

    public int CountRequests(PopsellRoute route)
    {
        lock (_gate)
        {
            return _counts[(int)route];
        }
    }

    public void ClearJournal()
    {
        lock (_gate)
        {
            _journal.Clear();
            Array.Clear(_counts);
        }
    }

    public Task WaitForRequestCountAsync(int count, PopsellRoute route, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_counts[(int)route] >= count)
            {
                return Task.CompletedTask;
            }

            if (_closed)
            {
                return Task.FromException(new ObjectDisposedException(nameof(PopsellTestServer)));
            }

            var waiter = new JournalWaiter(route, count, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
            return waiter.Completion.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Fails the pending journal waiters; called when the server stops.</summary>
    public void Close()
    {
        List<JournalWaiter> pending;
        lock (_gate)
        {
            _closed = true;
            pending = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in pending)
        {
            waiter.Completion.TrySetException(new ObjectDisposedException(nameof(PopsellTestServer)));
        }
    }

    private sealed record JournalWaiter(PopsellRoute Route, int Count, TaskCompletionSource Completion);
}
