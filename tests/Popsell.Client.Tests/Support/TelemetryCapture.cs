using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Popsell.Client.Tests.Support;

/// <summary>
/// Listens, in process, to the SDK's spans and measurements, as OpenTelemetry would, keeping only those of calls to one
/// server port (tests run in parallel, each with its own stand-in).
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly int _port;
    private readonly object? _meterScope;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    /// <param name="port">The port of the server whose calls to keep.</param>
    /// <param name="meterScope">When set, only instruments of meters with this scope (an <see cref="IMeterFactory"/>) are heard.</param>
    public TelemetryCapture(int port, object? meterScope = null)
    {
        _port = port;
        _meterScope = meterScope;
        _activities = new ActivityListener
        {
            ShouldListenTo = static source => source.Name == "Popsell.Client",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int p && p == _port)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Popsell.Client" && (_meterScope is null || ReferenceEquals(instrument.Meter.Scope, _meterScope)))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _meters.Start();
    }

    /// <summary>Gets the finished spans of calls to the port.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>Gets the measurements of calls to the port.</summary>
    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>Gets the measurements of one instrument.</summary>
    public IReadOnlyList<Measurement> Of(string instrumentName) => [.. _measurements.Where(m => m.Instrument.Name == instrumentName)];

    /// <summary>Every tag value the SDK emitted: on spans, their events, and measurements.</summary>
    public IEnumerable<string> AllTagValues() =>
        _spans.SelectMany(s => s.TagObjects.Concat(s.Events.SelectMany(e => e.Tags)).Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName))
            .Concat(_measurements.SelectMany(m => m.Tags.Select(t => $"{t.Key}={t.Value}")));

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
        if (copy.TryGetValue("server.port", out var p) && p is int port && port == _port)
        {
            _measurements.Enqueue(new Measurement(instrument, value, copy));
        }
    }

    /// <summary>One measurement, with its tags.</summary>
    public sealed record Measurement(Instrument Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
