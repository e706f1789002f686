using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Popsell.Client.Testing;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// N concurrent callers (1, 16, 256) doing <c>PATCH manager/me</c> with the full payload against the stand-in server
/// (<see cref="PopsellTestServer"/>, Kestrel on 127.0.0.1) over real sockets: calls/s and per-call p50/p99 latency, for
/// the SDK, plain Refit and the hand-written call behind the same Polly strategies (<see cref="HandWrittenResilience"/>)
/// against a hand-written HttpClient call on the same server, with CPU, allocation, gen-2 GC, GC pause and
/// lock-contention counters per call. The server runs in a process of its own, then in this one. Each
/// measurement is bounded in time and in calls.
/// </summary>
public static partial class LoopbackThroughput
{
    public const string Name = "Popsell.Client.Benchmarks.LoopbackThroughput";

    private static readonly int[] Concurrencies = [1, 16, 256];
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);

    // A fresh process needs about 10 s of calls before its rate settles: the runtime recompiles the hot code of
    // Kestrel, the sockets stack and the clients with tiered PGO, and under a full load that compilation competes
    // with the calls for the two cores. Measured with --loopback-profile's per-second lines: the hand-written client
    // at 256 callers went from 4,300 calls/s in its first second to about 10,000 from its tenth on.
    private static readonly TimeSpan ProcessWarmup = TimeSpan.FromSeconds(8);
    private const int ProcessWarmupCallers = 16;
    private static readonly TimeSpan Measurement = TimeSpan.FromSeconds(2);
    private const int Rounds = 5;
    private const int MaxCallsPerCaller = 200_000;
    private static readonly bool RecordRequests = Environment.GetEnvironmentVariable("POPSELL_BENCH_RECORD_REQUESTS") == "1";

    public static async Task RunAsync()
    {
        Console.WriteLine($"// {Name}: {Rounds} rounds x {Measurement.TotalSeconds:0} s per client, in alternating order, and concurrency, after {ProcessWarmup.TotalSeconds:0} s of warm-up per client at {ProcessWarmupCallers} callers and {Warmup.TotalSeconds:0} s per client and concurrency; stand-in journal {(RecordRequests ? "on" : "off")}");
        var report = new StringBuilder();
        foreach (var placement in new[] { Placement.OwnProcess, Placement.SameProcess })
        {
            await using var rig = await Rig.StartAsync(placement);
            report.AppendLine(placement == Placement.OwnProcess
                ? "Stand-in server in a process of its own (CPU, KB, gen-2 and GC pause columns: the client's process only):"
                : "Stand-in server in the benchmark's own process (CPU, KB, gen-2 and GC pause columns: client and server together):")
                .AppendLine()
                .Append(await MeasureClientsAsync(rig))
                .AppendLine();
        }

        Report.Write(Name, report.ToString());
    }

    private static async Task<string> MeasureClientsAsync(Rig rig)
    {
        var clients = new (string Name, Func<Task> Call)[]
        {
            ("raw HttpClient (hand-written)", rig.CallRaw),
            ("raw HttpClient + Polly", rig.CallRawPolly),
            ("SDK (new PopsellClient)", rig.CallSdk),
            ("plain Refit, default settings", rig.CallRefit),
        };

        foreach (var (_, call) in clients)
        {
            await MeasureAsync(call, ProcessWarmupCallers, ProcessWarmup, null, rig);
        }

        var table = new StringBuilder()
            .AppendLine("| Callers | Client                        |  Calls/s | p50 (ms) | p99 (ms) | Calls/s vs raw | CPU/call (us) | Server CPU/call (us) | KB/call | Gen2/1k calls | GC pause/call (us) | Lock contentions/1k calls |")
            .AppendLine("|--------:|-------------------------------|---------:|---------:|---------:|---------------:|--------------:|---------------------:|--------:|--------------:|-------------------:|--------------------------:|");
        foreach (var concurrency in Concurrencies)
        {
            var samples = clients.Select(_ => new Sample()).ToArray();
            foreach (var (_, call) in clients)
            {
                await MeasureAsync(call, concurrency, Warmup, null, rig);
            }

            for (var round = 0; round < Rounds; round++)
            {
                // Alternate the order, so neither client always runs first on a warm or a cold machine.
                for (var k = 0; k < clients.Length; k++)
                {
                    var i = round % 2 == 0 ? k : clients.Length - 1 - k;
                    await MeasureAsync(clients[i].Call, concurrency, Measurement, samples[i], rig);
                    rig.ClearJournal();
                }
            }

            var rawRate = samples[0].CallsPerSecond;
            for (var i = 0; i < clients.Length; i++)
            {
                var s = samples[i];
                var serverCpu = rig.Placement == Placement.OwnProcess
                    ? s.PerCall(c => c.ServerCpuMicroseconds).ToString("0", CultureInfo.InvariantCulture)
                    : "(in CPU)";
                table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {concurrency,3} | {clients[i].Name,-29} | {s.CallsPerSecond,8:N0} | {s.Percentile(0.50),7:0.000} | {s.Percentile(0.99),7:0.000} | {s.CallsPerSecond / rawRate,5:0.00} | {s.PerCall(c => c.CpuMicroseconds),6:0} | {serverCpu,8} | {s.PerCall(c => c.AllocatedBytes) / 1024,6:0.0} | {s.PerCall(c => c.Gen2, 1000),5:0.00} | {s.PerCall(c => c.GcPauseMicroseconds),6:0.0} | {s.PerCall(c => c.LockContentions, 1000),6:0.0} |"));
            }

            Console.WriteLine($"// {rig.Placement}: concurrency {concurrency} done");
        }

        return table.ToString();
    }

    /// <summary>
    /// Runs one client alone at one concurrency for a while, printing each second, for a profiler to attach to:
    /// <c>--loopback-profile raw|raw-polly|sdk|refit &lt;callers&gt; &lt;seconds&gt; [own-process|same-process]</c> (where the stand-in runs;
    /// by default in a process of its own).
    /// </summary>
    /// <returns><see langword="true"/> when the arguments asked for it (and it ran).</returns>
    public static async Task<bool> TryProfileAsync(string[] args)
    {
        if (args.Length is not (4 or 5) || args[0] != "--loopback-profile")
        {
            return false;
        }

        if (args[1] is not ("sdk" or "raw" or "raw-polly" or "refit"))
        {
            throw new ArgumentException($"--loopback-profile takes 'sdk', 'raw', 'raw-polly' or 'refit' as the client, not '{args[1]}'.", nameof(args));
        }

        var placement = args.Length == 4 ? Placement.OwnProcess : args[4] switch
        {
            "own-process" => Placement.OwnProcess,
            "same-process" => Placement.SameProcess,
            _ => throw new ArgumentException($"--loopback-profile takes 'own-process' or 'same-process' as the stand-in's place, not '{args[4]}'.", nameof(args)),
        };
        var concurrency = int.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
        await using var rig = await Rig.StartAsync(placement);
        Func<Task> call = args[1] switch
        {
            "sdk" => rig.CallSdk,
            "refit" => rig.CallRefit,
            "raw-polly" => rig.CallRawPolly,
            _ => rig.CallRaw,
        };
        var sample = new Sample();
        await MeasureAsync(call, ProcessWarmupCallers, ProcessWarmup, null, rig);
        await MeasureAsync(call, concurrency, Warmup, null, rig);
        using var promotions = new GcPromotionListener();
        for (var second = 0; second < seconds; second++)
        {
            var window = new Sample();
            var before = promotions.Read();
            await MeasureAsync(call, concurrency, TimeSpan.FromSeconds(1), window, rig);
            var after = promotions.Read();
            sample.Add(window);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {second + 1,3} s: {window.CallsPerSecond,8:N0} calls/s, CPU {window.PerCall(c => c.CpuMicroseconds),4:0} us/call (server process {window.PerCall(c => c.ServerCpuMicroseconds),4:0}), thread-pool work items {window.PerCall(c => c.WorkItems):0.00}/call, gen2 {window.PerCall(c => c.Gen2, 1000):0.00}/1k, promoted from gen0 {window.PerCall(_ => after.FromGen0 - before.FromGen0),6:0} B/call, from gen1 {window.PerCall(_ => after.FromGen1 - before.FromGen1),6:0} B/call"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[1]} x{concurrency} ({placement}): {sample.CallsPerSecond:N0} calls/s, CPU {sample.PerCall(c => c.CpuMicroseconds):0} us/call (server process {sample.PerCall(c => c.ServerCpuMicroseconds):0}), {sample.PerCall(c => c.AllocatedBytes) / 1024:0.0} KB/call, gen2 {sample.PerCall(c => c.Gen2, 1000):0.00}/1k, GC pause {sample.PerCall(c => c.GcPauseMicroseconds):0.0} us/call"));
        return true;
    }

    /// <summary>A <see cref="SocketsHttpHandler"/> with the settings the SDK gives its own (PopsellHttp).</summary>
    internal static SocketsHttpHandler SocketsHandlerWithTheSdksSettings() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    };

    private static async Task MeasureAsync(Func<Task> call, int concurrency, TimeSpan duration, Sample? sample, Rig rig)
    {
        var latencies = new List<long>[concurrency];
        var counters = Counters.Read(rig);
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
        sample?.Add(latencies, elapsed, Counters.Read(rig) - counters);
    }

    /// <summary>Where the stand-in server runs.</summary>
    private enum Placement
    {
        /// <summary>In a process of its own, as a real server would be: the client's heap and counters are its own.</summary>
        OwnProcess,

        /// <summary>In the benchmark's process: client and server share one heap, one garbage collector and the counters.</summary>
        SameProcess,
    }
}
