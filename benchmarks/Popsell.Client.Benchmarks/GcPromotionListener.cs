using System.Diagnostics.Tracing;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// Sums, from the runtime's own GC events, the bytes each collection promoted out of gen 0 and out of gen 1: what a
/// workload keeps alive across collections, which is what makes gen-2 collections come sooner.
/// </summary>
internal sealed class GcPromotionListener : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private long _promotedFromGen0;
    private long _promotedFromGen1;

    public (long FromGen0, long FromGen1) Read() =>
        (Interlocked.Read(ref _promotedFromGen0), Interlocked.Read(ref _promotedFromGen1));

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCHeapStats", StringComparison.Ordinal) || eventData.PayloadNames is not { } names)
        {
            return;
        }

        long Get(string field) => names.IndexOf(field) is var i and >= 0 ? Convert.ToInt64(eventData.Payload![i], System.Globalization.CultureInfo.InvariantCulture) : 0;
        Interlocked.Add(ref _promotedFromGen0, Get("TotalPromotedSize0"));
        Interlocked.Add(ref _promotedFromGen1, Get("TotalPromotedSize1"));
    }
}
