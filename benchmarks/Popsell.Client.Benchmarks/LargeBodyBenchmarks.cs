using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// A 1 MB <c>description</c> sent and received back: the request body and the response body each cross the in-memory
/// handler once. Allocated bytes show how many copies of the body each side makes (the 1 MB ASCII description is
/// 1 MB of UTF-8 on the wire and 2 MB as the .NET string the caller gets back).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class LargeBodyBenchmarks
{
    public const int DescriptionLength = 1024 * 1024;
    private const string Domain = "brand.example";
    private const string AccessToken = "bench-access-token-0123456789";
    private static readonly Uri BaseAddress = new("https://brand.example/api/v2/");
    private static readonly string Description = new('d', DescriptionLength);

    private readonly HwUpdateMe _hwUpdate = HwPayloads.UpdateMe(Description);
    private readonly UpdateMeRequest _sdkUpdate = SdkPayloads.UpdateMe(Description);
    private HttpClient _http = null!;
    private HandWrittenClient _handWritten = null!;
    private PopsellClient _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = Canned.AmbassadorBody(Description);
        _http = new HttpClient(new CannedHandler(body)) { BaseAddress = BaseAddress };
        _handWritten = new HandWrittenClient(_http, Domain, AccessToken);
        _sdk = new PopsellClient(
            new PopsellClientOptions { BaseAddress = BaseAddress, Domain = Domain, AccessToken = AccessToken },
            new CannedHandler(body),
            loggerFactory: null,
            timeProvider: null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source gen (hand-written)")]
    [BenchmarkCategory("UpdateMe 1 MB description")]
    public Task<HwAmbassador> HandWritten() => _handWritten.UpdateMeAsync(_hwUpdate);

    [Benchmark(Description = "SDK via new PopsellClient(options)")]
    [BenchmarkCategory("UpdateMe 1 MB description")]
    public Task<Ambassador> Sdk() => _sdk.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);
}
