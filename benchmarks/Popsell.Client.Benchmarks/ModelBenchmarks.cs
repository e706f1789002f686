using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// What the models' rules cost on their own, without HTTP: reading the full canned ambassador (every answer field read
/// through the tolerant converter that keeps an unreadable value) against the hand-written DTO's source-generated read,
/// and the value equality and hash of two reads of it (computed only when asked). Run alone with
/// <c>--filter '*ModelBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private byte[] _body = null!;
    private Ambassador _first = null!;
    private Ambassador _second = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = Canned.AmbassadorBody();
        _first = ReadSdk();
        _second = ReadSdk();
        if (!_first.Equals(_second))
        {
            throw new InvalidOperationException("two reads of one body must be equal");
        }
    }

    [Benchmark(Baseline = true, Description = "read: STJ source gen, hand-written DTO")]
    public HwAmbassador ReadHandWritten() => JsonSerializer.Deserialize(_body, HandWrittenJsonContext.Default.HwAmbassador)!;

    [Benchmark(Description = "read: SDK Ambassador (its converter)")]
    public Ambassador ReadSdk() => JsonSerializer.Deserialize<Ambassador>(_body)!;

    [Benchmark(Description = "Equals of two reads")]
    public bool EqualsOfTwoReads() => _first.Equals(_second);

    [Benchmark(Description = "GetHashCode")]
    public int HashOfARead() => _first.GetHashCode();
}
