using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// One call, with an in-memory handler in place of the network: the SDK's own cost against a hand-written
/// HttpClient call (the baseline) and plain Refit. Each category (UpdateMe, Register) has its own baseline.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class InMemoryCallBenchmarks
{
    private const string Domain = "brand.example";
    private const string AccessToken = "bench-access-token-0123456789";
    private static readonly Uri BaseAddress = new("https://brand.example/api/v2/");

    private readonly HwUpdateMe _hwUpdate = HwPayloads.UpdateMe();
    private readonly HwRegister _hwRegister = HwPayloads.Register();
    private readonly UpdateMeRequest _sdkUpdate = SdkPayloads.UpdateMe();
    private readonly RegisterRequest _sdkRegister = SdkPayloads.Register();

    private HandWrittenClient _handWritten = null!;
    private ServiceProvider _services = null!;
    private IPopsellClient _sdkDi = null!;
    private PopsellClient _sdkNew = null!;
    private IPlainPopsellApi _refit = null!;
    private HttpClient _handWrittenHttp = null!;
    private HttpClient _refitHttp = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = Canned.AmbassadorBody();

        _handWrittenHttp = new HttpClient(new CannedHandler(body)) { BaseAddress = BaseAddress };
        _handWritten = new HandWrittenClient(_handWrittenHttp, Domain, AccessToken);

        _services = InMemorySdk.Services(body, Domain, AccessToken, BaseAddress);
        _sdkDi = _services.GetRequiredService<IPopsellClient>();

        _sdkNew = new PopsellClient(
            new PopsellClientOptions { BaseAddress = BaseAddress, Domain = Domain, AccessToken = AccessToken },
            new CannedHandler(body),
            loggerFactory: null,
            timeProvider: null);

        _refitHttp = new HttpClient(new CannedHandler(body)) { BaseAddress = BaseAddress };
        _refit = RestService.For<IPlainPopsellApi>(_refitHttp);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdkNew.Dispose();
        _services.Dispose();
        _handWrittenHttp.Dispose();
        _refitHttp.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source gen (hand-written)")]
    [BenchmarkCategory("UpdateMe")]
    public Task<HwAmbassador> UpdateMe_HandWritten() => _handWritten.UpdateMeAsync(_hwUpdate);

    [Benchmark(Description = "SDK via AddPopsellClient (client resolved once)")]
    [BenchmarkCategory("UpdateMe")]
    public Task<Ambassador> UpdateMe_SdkDi() => _sdkDi.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "SDK via AddPopsellClient (client resolved per call)")]
    [BenchmarkCategory("UpdateMe")]
    public Task<Ambassador> UpdateMe_SdkDiResolvePerCall() =>
        _services.GetRequiredService<IPopsellClient>().UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "SDK via new PopsellClient(options)")]
    [BenchmarkCategory("UpdateMe")]
    public Task<Ambassador> UpdateMe_SdkNew() => _sdkNew.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "plain Refit, default settings")]
    [BenchmarkCategory("UpdateMe")]
    public Task<HwAmbassador> UpdateMe_PlainRefit() => _refit.UpdateMeAsync(_hwUpdate, "Bearer " + AccessToken, Domain);

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source gen (hand-written)")]
    [BenchmarkCategory("Register")]
    public Task<HwAmbassador> Register_HandWritten() => _handWritten.RegisterAsync(_hwRegister);

    [Benchmark(Description = "SDK via AddPopsellClient (client resolved once)")]
    [BenchmarkCategory("Register")]
    public Task<Ambassador> Register_SdkDi() => _sdkDi.RegisterAsync(_sdkRegister);

    [Benchmark(Description = "SDK via AddPopsellClient (client resolved per call)")]
    [BenchmarkCategory("Register")]
    public Task<Ambassador> Register_SdkDiResolvePerCall() =>
        _services.GetRequiredService<IPopsellClient>().RegisterAsync(_sdkRegister);

    [Benchmark(Description = "SDK via new PopsellClient(options)")]
    [BenchmarkCategory("Register")]
    public Task<Ambassador> Register_SdkNew() => _sdkNew.RegisterAsync(_sdkRegister);

    [Benchmark(Description = "plain Refit, default settings")]
    [BenchmarkCategory("Register")]
    public Task<HwAmbassador> Register_PlainRefit() => _refit.RegisterAsync(_hwRegister, Domain);
}
