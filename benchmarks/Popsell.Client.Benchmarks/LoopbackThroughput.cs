using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Popsell.Client.Testing;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// N concurrent callers (1, 16, 256) doing <c>PATCH manager/me</c> with the full payload against the stand-in server
/// (<see cref="PopsellTestServer"/>, Kestrel on 127.0.0.1) over real sockets: calls/s and per-call p50/p99 latency, for
/// the SDK against a hand-written HttpClient call on the same server, with process-wide CPU, allocation, gen-2 GC, GC
/// pause and lock-contention counters per call (client and server together). Each measurement is bounded in time and in calls.
/// </summary>
public static class LoopbackThroughput
{
    public const string Name = "Popsell.Client.Benchmarks.LoopbackThroughput";

    private static readonly int[] Concurrencies = [1, 16, 256];
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measurement = TimeSpan.FromSeconds(2);
    private const int Rounds = 5;
    private const int MaxCallsPerCaller = 200_000;
    private static readonly bool RecordRequests = Environment.GetEnvironmentVariable("POPSELL_BENCH_RECORD_REQUESTS") == "1";

    public static async Task RunAsync()
    {
        Console.WriteLine($"// {Name}: {Rounds} rounds x {Measurement.TotalSeconds:0} s per client, in alternating order, and concurrency, after {Warmup.TotalSeconds:0} s of warm-up; stand-in journal {(RecordRequests ? "on" : "off")}");
        await using var rig = await Rig.StartAsync();
        var server = rig.Server;
        var clients = new (string Name, Func<Task> Call)[]
        {
            ("raw HttpClient (hand-written)", rig.CallRaw),
            ("SDK (new PopsellClient)", rig.CallSdk),
        };

        var rows = new List<string>();
        foreach (var concurrency in Concurrencies)
        {
            var samples = clients.Select(_ => new Sample()).ToArray();
            foreach (var (_, call) in clients)
            {
                await MeasureAsync(call, concurrency, Warmup, null);
            }

            for (var round = 0; round < Rounds; round++)
            {
                // Alternate the order, so neither client always runs first on a warm or a cold machine.
                for (var k = 0; k < clients.Length; k++)
                {
                    var i = round % 2 == 0 ? k : clients.Length - 1 - k;
                    await MeasureAsync(clients[i].Call, concurrency, Measurement, samples[i]);
                    server.ClearJournal();
                }
            }

            var rawRate = samples[0].CallsPerSecond;
            for (var i = 0; i < clients.Length; i++)
            {
                var s = samples[i];
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {concurrency,3} | {clients[i].Name,-29} | {s.CallsPerSecond,8:N0} | {s.Percentile(0.50),7:0.000} | {s.Percentile(0.99),7:0.000} | {s.CallsPerSecond / rawRate,5:0.00} | {s.PerCall(c => c.CpuMicroseconds),6:0} | {s.PerCall(c => c.AllocatedBytes) / 1024,6:0.0} | {s.PerCall(c => c.Gen2, 1000),5:0.00} | {s.PerCall(c => c.GcPauseMicroseconds),6:0.0} | {s.PerCall(c => c.LockContentions, 1000),6:0.0} |"));
            }

            Console.WriteLine($"// concurrency {concurrency} done");
        }

        var report = new StringBuilder()
            .AppendLine("| Callers | Client                        |  Calls/s | p50 (ms) | p99 (ms) | Calls/s vs raw | CPU/call (us) | KB/call | Gen2/1k calls | GC pause/call (us) | Lock contentions/1k calls |")
            .AppendLine("|--------:|-------------------------------|---------:|---------:|---------:|---------------:|--------------:|--------:|--------------:|-------------------:|--------------------------:|");
        foreach (var row in rows)
        {
            report.AppendLine(row);
        }

        Report.Write(Name, report.ToString());
    }

    /// <summary>
    /// Runs one client alone at one concurrency for a while, for a profiler to attach to:
    /// <c>--loopback-profile raw|sdk &lt;callers&gt; &lt;seconds&gt;</c>.
    /// </summary>
    /// <returns><see langword="true"/> when the arguments asked for it (and it ran).</returns>
    public static async Task<bool> TryProfileAsync(string[] args)
    {
        if (args.Length != 4 || args[0] != "--loopback-profile")
        {
            return false;
        }

        if (args[1] is not ("sdk" or "raw"))
        {
            throw new ArgumentException($"--loopback-profile takes 'sdk' or 'raw' as the client, not '{args[1]}'.", nameof(args));
        }

        var concurrency = int.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
        await using var rig = await Rig.StartAsync();
        Func<Task> call = args[1] == "sdk" ? rig.CallSdk : rig.CallRaw;
        var sample = new Sample();
        await MeasureAsync(call, concurrency, Warmup, null);
        await MeasureAsync(call, concurrency, TimeSpan.FromSeconds(seconds), sample);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[1]} x{concurrency}: {sample.CallsPerSecond:N0} calls/s, CPU {sample.PerCall(c => c.CpuMicroseconds):0} us/call, {sample.PerCall(c => c.AllocatedBytes) / 1024:0.0} KB/call, gen2 {sample.PerCall(c => c.Gen2, 1000):0.00}/1k, GC pause {sample.PerCall(c => c.GcPauseMicroseconds):0.0} us/call"));
        return true;
    }

    private static async Task MeasureAsync(Func<Task> call, int concurrency, TimeSpan duration, Sample? sample)
    {
        var latencies = new List<long>[concurrency];
        var counters = Counters.Read();
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var callers = new Task[concurrency];
        for (var c = 0; c < concurrency; c++)
        {
            var mine = latencies[c] = new List<long>(1024);
            callers[c] = Task.Run(async () =>
            {
                for (var n = 0; n < MaxCallsPerCaller; n++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    if (t0 >= deadline)
                    {
                        break;
                    }

                    await call().ConfigureAwait(false);
                    mine.Add(Stopwatch.GetTimestamp() - t0);
                }
            });
        }

        await Task.WhenAll(callers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        sample?.Add(latencies, elapsed, Counters.Read() - counters);
    }

    /// <summary>The stand-in server and the two clients, each with the same full payload.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly HttpClient _rawHttp;
        private readonly HandWrittenClient _raw;
        private readonly PopsellClient _sdk;
        private readonly HwUpdateMe _hwRequest = HwPayloads.UpdateMe();
        private readonly UpdateMeRequest _sdkRequest = SdkPayloads.UpdateMe();

        private Rig(PopsellTestServer server)
        {
            Server = server;
            var seeded = server.SeedAmbassador("ada.lovelace@example.com");
            _rawHttp = new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,
            })
            { BaseAddress = server.BaseAddress };
            _raw = new HandWrittenClient(_rawHttp, server.Domain, seeded.AccessToken);
            _sdk = new PopsellClient(new PopsellClientOptions
            {
                BaseAddress = server.BaseAddress,
                Domain = server.Domain,
                AccessToken = seeded.AccessToken,
            });
        }

        public PopsellTestServer Server { get; }

        // No journal by default: it would keep every request's headers and body in this process's heap for the whole
        // measurement, and the garbage collector's cost of that, paid by both clients, grows with each request's size.
        // A real Popsell server keeps nothing in the caller's process. POPSELL_BENCH_RECORD_REQUESTS=1 turns it on.
        public static async Task<Rig> StartAsync() =>
            new(await PopsellTestServer.StartAsync(new PopsellTestServerOptions { RecordRequests = RecordRequests }));

        public Task CallRaw() => _raw.UpdateMeAsync(_hwRequest);

        public Task CallSdk() => _sdk.UpdateMeAsync(PopsellEnvironment.Manager, _sdkRequest);

        public async ValueTask DisposeAsync()
        {
            _sdk.Dispose();
            _rawHttp.Dispose();
            await Server.DisposeAsync();
        }
    }

    /// <summary>Process-wide counters (client and in-process server together), read around each measurement.</summary>
    private readonly record struct Counters(double CpuMicroseconds, double AllocatedBytes, double Gen2, double GcPauseMicroseconds, double LockContentions)
    {
        public static Counters Read()
        {
            using var process = Process.GetCurrentProcess();
            return new(process.TotalProcessorTime.TotalMicroseconds, GC.GetTotalAllocatedBytes(), GC.CollectionCount(2),
                GC.GetTotalPauseDuration().TotalMicroseconds, Monitor.LockContentionCount);
        }

        public static Counters operator -(Counters a, Counters b) =>
            new(a.CpuMicroseconds - b.CpuMicroseconds, a.AllocatedBytes - b.AllocatedBytes, a.Gen2 - b.Gen2, a.GcPauseMicroseconds - b.GcPauseMicroseconds, a.LockContentions - b.LockContentions);

        public static Counters operator +(Counters a, Counters b) =>
            new(a.CpuMicroseconds + b.CpuMicroseconds, a.AllocatedBytes + b.AllocatedBytes, a.Gen2 + b.Gen2, a.GcPauseMicroseconds + b.GcPauseMicroseconds, a.LockContentions + b.LockContentions);
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

        public double Percentile(double p)
        {
            _latencies.Sort();
            var index = (int)Math.Min(_latencies.Count - 1, Math.Ceiling(p * _latencies.Count) - 1);
            return _latencies[Math.Max(index, 0)] * 1000.0 / Stopwatch.Frequency;
        }
    }
}
