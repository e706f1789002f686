using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Popsell.Client.Testing;

namespace Popsell.Client.Benchmarks;

/// <summary>The rig of the loopback suite (the stand-in, the clients) and what it samples while measuring.</summary>
public static partial class LoopbackThroughput
{
    /// <summary>The stand-in server and the four clients, each with the same full payload.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly PopsellTestServer? _server;
        private readonly StandInProcess? _standIn;
        private readonly HttpClient _rawHttp;
        private readonly HandWrittenClient _raw;
        private readonly HttpClient _rawPollyHttp;
        private readonly HandWrittenClient _rawPolly;
        private readonly PopsellClient _sdk;
        private readonly HttpClient _refitHttp;
        private readonly IPlainPopsellApi _refit;
        private readonly string _authorization;
        private readonly string _domain;
        private readonly HwUpdateMe _hwRequest = HwPayloads.UpdateMe();
        private readonly UpdateMeRequest _sdkRequest = SdkPayloads.UpdateMe();

        private Rig(Placement placement, PopsellTestServer? server, StandInProcess? standIn, Uri baseAddress, string domain, string accessToken)
        {
            Placement = placement;
            _server = server;
            _standIn = standIn;
            _rawHttp = HttpClientWithTheSdksHandlerSettings(baseAddress);
            _raw = new HandWrittenClient(_rawHttp, domain, accessToken);
            _rawPollyHttp = HandWrittenResilience.CreateHttpClient(SocketsHandlerWithTheSdksSettings(), baseAddress);
            _rawPolly = new HandWrittenClient(_rawPollyHttp, domain, accessToken);
            _refitHttp = HttpClientWithTheSdksHandlerSettings(baseAddress);
            _refit = Refit.RestService.For<IPlainPopsellApi>(_refitHttp);
            _authorization = "Bearer " + accessToken;
            _domain = domain;
            _sdk = new PopsellClient(new PopsellClientOptions
            {
                BaseAddress = baseAddress,
                Domain = domain,
                AccessToken = accessToken,
            });
        }

        public Placement Placement { get; }

        /// <summary>An <see cref="HttpClient"/> on a handler with the settings the SDK gives its own (PopsellHttp).</summary>
        private static HttpClient HttpClientWithTheSdksHandlerSettings(Uri baseAddress) => new(SocketsHandlerWithTheSdksSettings())
        { BaseAddress = baseAddress };

        /// <summary>Gets the server process's processor time, or zero when the server runs in this process.</summary>
        public double ServerCpuMicroseconds => _standIn?.ProcessorTime.TotalMicroseconds ?? 0;

        // No journal by default: it would keep every request's headers and body in the server's heap for the whole
        // measurement, and the garbage collector's cost of that, paid by both clients, grows with each request's size.
        // A real Popsell server keeps nothing in the caller's process. POPSELL_BENCH_RECORD_REQUESTS=1 turns it on.
        public static async Task<Rig> StartAsync(Placement placement)
        {
            if (placement == Placement.OwnProcess)
            {
                var standIn = await StandInProcess.StartAsync(RecordRequests);
                return new(placement, null, standIn, standIn.BaseAddress, standIn.Domain, standIn.AccessToken);
            }

            var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { RecordRequests = RecordRequests });
            var seeded = server.SeedAmbassador("ada.lovelace@example.com");
            return new(placement, server, null, server.BaseAddress, server.Domain, seeded.AccessToken);
        }

        public void ClearJournal() => _server?.ClearJournal();

        public Task CallRaw() => _raw.UpdateMeAsync(_hwRequest);

        public Task CallRawPolly() => _rawPolly.UpdateMeAsync(_hwRequest);

        public Task CallSdk() => _sdk.UpdateMeAsync(PopsellEnvironment.Manager, _sdkRequest);

        public Task CallRefit() => _refit.UpdateMeAsync(_hwRequest, _authorization, _domain);

        public async ValueTask DisposeAsync()
        {
            _sdk.Dispose();
            _rawHttp.Dispose();
            _rawPollyHttp.Dispose();
            _refitHttp.Dispose();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            if (_standIn is not null)
            {
                await _standIn.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// This process's counters (the client's, and the server's too when it runs here), and the server process's processor
    /// time when it runs apart, read around each measurement.
    /// </summary>
    private readonly record struct Counters(double CpuMicroseconds, double AllocatedBytes, double Gen2, double GcPauseMicroseconds, double LockContentions, double ServerCpuMicroseconds, double WorkItems)
    {
        public static Counters Read(Rig rig)
        {
            using var process = Process.GetCurrentProcess();
            return new(process.TotalProcessorTime.TotalMicroseconds, GC.GetTotalAllocatedBytes(), GC.CollectionCount(2),
                GC.GetTotalPauseDuration().TotalMicroseconds, Monitor.LockContentionCount, rig.ServerCpuMicroseconds, ThreadPool.CompletedWorkItemCount);
        }

        public static Counters operator -(Counters a, Counters b) =>
            new(a.CpuMicroseconds - b.CpuMicroseconds, a.AllocatedBytes - b.AllocatedBytes, a.Gen2 - b.Gen2, a.GcPauseMicroseconds - b.GcPauseMicroseconds, a.LockContentions - b.LockContentions, a.ServerCpuMicroseconds - b.ServerCpuMicroseconds, a.WorkItems - b.WorkItems);

        public static Counters operator +(Counters a, Counters b) =>
            new(a.CpuMicroseconds + b.CpuMicroseconds, a.AllocatedBytes + b.AllocatedBytes, a.Gen2 + b.Gen2, a.GcPauseMicroseconds + b.GcPauseMicroseconds, a.LockContentions + b.LockContentions, a.ServerCpuMicroseconds + b.ServerCpuMicroseconds, a.WorkItems + b.WorkItems);
    }

    private sealed class Sample
    {
        private readonly List<long> _latencies = [];
        private TimeSpan _elapsed;
        private Counters _counters;

        public double CallsPerSecond => _latencies.Count / _elapsed.TotalSeconds;

        public double PerCall(Func<Counters, double> counter, double scale = 1) => counter(_counters) * scale / _latencies.Count;

        public void Add(List<long>[] latencies, TimeSpan elapsed, Counters counters)
        {
            foreach (var list in latencies)
            {
                _latencies.AddRange(list);
            }

            _elapsed += elapsed;
            _counters += counters;
        }

        public void Add(Sample other)
        {
            _latencies.AddRange(other._latencies);
            _elapsed += other._elapsed;
            _counters += other._counters;
        }

        public double Percentile(double p)
        {
            _latencies.Sort();
            var index = (int)Math.Min(_latencies.Count - 1, Math.Ceiling(p * _latencies.Count) - 1);
            return _latencies[Math.Max(index, 0)] * 1000.0 / Stopwatch.Frequency;
        }
    }
}
