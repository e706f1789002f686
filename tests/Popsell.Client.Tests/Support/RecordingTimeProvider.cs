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
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _dueTimes.Enqueue(dueTime);
        _created.Release();
        return timer;
    }

    /// <summary>Waits (in real time, at most 10 s) until a timer whose due time matches <paramref name="match"/> exists.</summary>
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
