using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// The call users make most: a <c>PATCH /manager/me</c> of three fields (<c>firstname</c>, <c>description</c>,
/// <c>notification_chat</c>) through <c>AddPopsellClient</c>, answered by the full canned ambassador, against the same
/// three fields sent by hand. BenchmarkDotNet's long job (3 processes of 100 iterations), since the SDK's fixed cost is
/// a larger share of this small call than of the full payload; run it alone with <c>--filter '*SmallPatch*'</c>.
/// </summary>
[LongRunJob]
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SmallPatchBenchmarks
{
    private const string Domain = "brand.example";
    private const string AccessToken = "bench-access-token-0123456789";
    private static readonly Uri BaseAddress = new("https://brand.example/api/v2/");

    private readonly HwUpdateMeSmall _hwUpdate = SmallPatchPayloads.HandWritten();
    private readonly UpdateMeRequest _sdkUpdate = SmallPatchPayloads.Sdk();

    private HttpClient _handWrittenHttp = null!;
    private HandWrittenSmallClient _handWritten = null!;
    private ServiceProvider _services = null!;
    private IPopsellClient _sdkDi = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = Canned.AmbassadorBody();

        _handWrittenHttp = new HttpClient(new CannedHandler(body)) { BaseAddress = BaseAddress };
        _handWritten = new HandWrittenSmallClient(_handWrittenHttp, Domain, AccessToken);

        _services = InMemorySdk.Services(body, Domain, AccessToken, BaseAddress);
        _sdkDi = _services.GetRequiredService<IPopsellClient>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _handWrittenHttp.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source gen (hand-written)")]
    [BenchmarkCategory("UpdateMeSmall")]
    public Task<HwAmbassador> UpdateMeSmall_HandWritten() => _handWritten.UpdateMeAsync(_hwUpdate);

    [Benchmark(Description = "SDK via AddPopsellClient (client resolved once)")]
    [BenchmarkCategory("UpdateMeSmall")]
    public Task<Ambassador> UpdateMeSmall_SdkDi() => _sdkDi.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);
}
