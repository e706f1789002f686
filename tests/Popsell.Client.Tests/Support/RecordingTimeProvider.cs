using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Popsell.Client.Tests.Support;

/// <summary>
/// A fake clock that also records the due time of every timer created on it, so a test can see the exact delay
/// the SDK chose (a retry backoff, a Retry-After wait, a timeout) and advance past it without waiting in real time.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();
    private readonly SemaphoreSlim _created = new(0);

    public IReadOnlyCollection<TimeSpan> DueTimes => _dueTimes.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new RecordingTimer(this, base.CreateTimer(callback, state, dueTime, period));
        Record(dueTime);
        return timer;
    }

    private void Record(TimeSpan dueTime)
    {
        _dueTimes.Enqueue(dueTime);
        _created.Release();
    }

    /// <summary>Records the due time each time a timer is armed (timeouts create idle timers and arm them later).</summary>
    private sealed class RecordingTimer(RecordingTimeProvider owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            owner.Record(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>Waits (in real time, at most 10 s) until <paramref name="count"/> timers with a due time that matches <paramref name="match"/> were created or armed.</summary>
    public async Task WaitForTimerCountAsync(Func<TimeSpan, bool> match, int count)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_dueTimes.Count(match) < count)
        {
            await _created.WaitAsync(limit.Token);
        }
    }

    /// <summary>Waits (in real time, at most 10 s) until a timer created or armed with a due time that matches <paramref name="match"/> exists.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            foreach (var due in _dueTimes)
            {
                if (match(due))
                {
                    return due;
                }
            }

            await _created.WaitAsync(limit.Token);
        }
    }
}
