using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Refit;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// Where the SDK's fixed cost on the small PATCH of <see cref="SmallPatchBenchmarks"/> goes: the hand-written call with
/// one layer added at a time (the SDK's two Polly strategies behind <c>ResilienceHandler</c>, the same on an
/// <c>IHttpClientFactory</c> client, Refit building the request), the SDK without retries, with and without
/// dependency injection, and the pieces alone (resolving <see cref="IPopsellClient"/>, the pipeline, reading the
/// ambassador, writing the body). The program's default job; run with <c>--filter '*UpdateMeSmallLayer*'</c>.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class UpdateMeSmallLayerBenchmarks
{
    private const string Domain = "brand.example";
    private const string AccessToken = "bench-access-token-0123456789";
    private const string Bearer = "Bearer " + AccessToken;
    private static readonly Uri BaseAddress = new("https://brand.example/api/v2/");

    // The SDK's converters are internal, attached to its public types: options of the reflection resolver find them
    // (once; the type's metadata is cached), and they read and write through the SDK's source-generated context.
    private static readonly JsonSerializerOptions ConverterOptions = new();

    private readonly HwUpdateMeSmall _hwUpdate = SmallPatchPayloads.HandWritten();
    private readonly UpdateMeRequest _sdkUpdate = SmallPatchPayloads.Sdk();
    private readonly HttpResponseMessage _ok = new(HttpStatusCode.OK);
    private readonly List<IDisposable> _disposables = [];

    private byte[] _body = null!;
    private HandWrittenSmallClient _handWritten = null!;
    private HandWrittenSmallClient _handWrittenPolly = null!;
    private HandWrittenSmallClient _handWrittenFactoryPolly = null!;
    private ISmallRefitApi _refit = null!;
    private IPopsellClient _sdkNew = null!;
    private IPopsellClient _sdkNewNoRetry = null!;
    private IPopsellClient _sdkDi = null!;
    private IPopsellClient _sdkDiNoRetry = null!;
    private ServiceProvider _sdkServices = null!;
    private ResiliencePipeline<HttpResponseMessage> _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = Canned.AmbassadorBody();

        _handWritten = new HandWrittenSmallClient(Track(new HttpClient(new CannedHandler(_body)) { BaseAddress = BaseAddress }), Domain, AccessToken);
        _handWrittenPolly = new HandWrittenSmallClient(Track(HandWrittenResilience.CreateHttpClient(new CannedHandler(_body), BaseAddress)), Domain, AccessToken);

        // The same two strategies, added the way AddPopsellClient adds its own: a named IHttpClientFactory client
        // without the factory's logging handlers, so Polly gets the container's telemetry (logger factory, enrichers).
        var factoryServices = new ServiceCollection();
        factoryServices.AddHttpClient("hand-written")
            .ConfigureHttpClient(client => { client.BaseAddress = BaseAddress; client.Timeout = Timeout.InfiniteTimeSpan; })
            .ConfigurePrimaryHttpMessageHandler(() => new CannedHandler(_body))
            .RemoveAllLoggers()
            .AddResilienceHandler("hand-written", pipeline => pipeline.AddRetry(HandWrittenResilience.Retry()).AddTimeout(HandWrittenResilience.Timeout()));
        var factory = Track(factoryServices.BuildServiceProvider()).GetRequiredService<IHttpClientFactory>();
        _handWrittenFactoryPolly = new HandWrittenSmallClient(factory.CreateClient("hand-written"), Domain, AccessToken);

        var refitSettings = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions { TypeInfoResolver = HandWrittenSmallJsonContext.Default }));
        _refit = RestService.For<ISmallRefitApi>(Track(new HttpClient(new CannedHandler(_body)) { BaseAddress = BaseAddress }), refitSettings);

        _sdkNew = NewClient(maxRetries: 3);
        _sdkNewNoRetry = NewClient(maxRetries: 0);
        (_sdkServices, _sdkDi) = DiClient(maxRetries: 3);
        (_, _sdkDiNoRetry) = DiClient(maxRetries: 0);
        _pipeline = HandWrittenResilience.Pipeline();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _ok.Dispose();
    }

    [Benchmark(Baseline = true, Description = "hand-written")]
    [BenchmarkCategory("Call")]
    public Task<HwAmbassador> HandWritten() => _handWritten.UpdateMeAsync(_hwUpdate);

    [Benchmark(Description = "hand-written + Polly retry and timeout (ResilienceHandler)")]
    [BenchmarkCategory("Call")]
    public Task<HwAmbassador> HandWritten_Polly() => _handWrittenPolly.UpdateMeAsync(_hwUpdate);

    [Benchmark(Description = "hand-written + the same on IHttpClientFactory (AddResilienceHandler)")]
    [BenchmarkCategory("Call")]
    public Task<HwAmbassador> HandWritten_FactoryPolly() => _handWrittenFactoryPolly.UpdateMeAsync(_hwUpdate);

    [Benchmark(Description = "Refit builds the request, read by hand")]
    [BenchmarkCategory("Call")]
    public async Task<HwAmbassador> Refit_HandRead()
    {
        using var response = await _refit.UpdateMeAsync(_hwUpdate, Bearer, Domain).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.HwAmbassador).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null ambassador");
    }

    [Benchmark(Description = "SDK, new PopsellClient")]
    [BenchmarkCategory("Call")]
    public Task<Ambassador> SdkNew() => _sdkNew.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "SDK, new PopsellClient, MaxRetries = 0")]
    [BenchmarkCategory("Call")]
    public Task<Ambassador> SdkNew_NoRetry() => _sdkNewNoRetry.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "SDK, AddPopsellClient (resolved once)")]
    [BenchmarkCategory("Call")]
    public Task<Ambassador> SdkDi() => _sdkDi.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "SDK, AddPopsellClient (resolved once), MaxRetries = 0")]
    [BenchmarkCategory("Call")]
    public Task<Ambassador> SdkDi_NoRetry() => _sdkDiNoRetry.UpdateMeAsync(PopsellEnvironment.Manager, _sdkUpdate);

    [Benchmark(Description = "resolve IPopsellClient")]
    [BenchmarkCategory("Pieces")]
    public IPopsellClient Resolve() => _sdkServices.GetRequiredService<IPopsellClient>();

    [Benchmark(Description = "Polly retry + timeout around a completed response")]
    [BenchmarkCategory("Pieces")]
    public ValueTask<HttpResponseMessage> Pipeline() => _pipeline.ExecuteAsync(static (ok, _) => ValueTask.FromResult(ok), _ok, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "read HwAmbassador (hand-written context)")]
    [BenchmarkCategory("Read")]
    public HwAmbassador? Read_HandWritten() => JsonSerializer.Deserialize(_body, HandWrittenJsonContext.Default.HwAmbassador);

    // Not the SDK's own read (it parses AmbassadorData from the buffered span): the public converter reads through
    // Deserialize(ref reader), which first skips the whole value to scope it, so this row is slower than the call's read.
    [Benchmark(Description = "read Ambassador through its public converter")]
    [BenchmarkCategory("Read")]
    public Ambassador? Read_Sdk() => JsonSerializer.Deserialize<Ambassador>(_body, ConverterOptions);

    [Benchmark(Baseline = true, Description = "write HwUpdateMeSmall (hand-written context)")]
    [BenchmarkCategory("Write")]
    public byte[] Write_HandWritten() => JsonSerializer.SerializeToUtf8Bytes(_hwUpdate, HandWrittenSmallJsonContext.Default.HwUpdateMeSmall);

    [Benchmark(Description = "write UpdateMeRequest (the SDK's converter)")]
    [BenchmarkCategory("Write")]
    public byte[] Write_Sdk() => JsonSerializer.SerializeToUtf8Bytes(_sdkUpdate, ConverterOptions);

    private IPopsellClient NewClient(int maxRetries) => Track(new PopsellClient(
        new PopsellClientOptions { BaseAddress = BaseAddress, Domain = Domain, AccessToken = AccessToken, MaxRetries = maxRetries },
        new CannedHandler(_body),
        loggerFactory: null,
        timeProvider: null));

    private (ServiceProvider, IPopsellClient) DiClient(int maxRetries)
    {
        var provider = Track(InMemorySdk.Services(_body, Domain, AccessToken, BaseAddress, maxRetries));
        return (provider, provider.GetRequiredService<IPopsellClient>());
    }

    private T Track<T>(T disposable)
        where T : IDisposable
    {
        _disposables.Add(disposable);
        return disposable;
    }
}

/// <summary>The small PATCH through Refit, returning the raw response as the SDK's own interface does.</summary>
public interface ISmallRefitApi
{
    [Patch("/manager/me")]
    Task<HttpResponseMessage> UpdateMeAsync([Body] HwUpdateMeSmall request, [Header("Authorization")] string authorization, [Header("X-Popsell-Domain")] string domain);
}
