using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// The rows of <see cref="InMemoryCallBenchmarks"/> and <see cref="SmallPatchBenchmarks"/> measured in processor time instead of wall-clock time: the whole
/// process's CPU time (every thread) over a fixed number of calls, divided by the calls. On a shared, loaded machine
/// this moves much less than the wall-clock mean, since time spent waiting for a core is not counted. Each row is
/// measured in a process of its own (so no row's JIT profile or caches help or hurt another), in several passes in
/// alternating order; the median is reported.
/// </summary>
public static class CpuPerCall
{
    public const string Name = "Popsell.Client.Benchmarks.CpuPerCall";
    private const int Calls = 20_000;
    private const int Rounds = 5;
    private const int Passes = 3;

    private const string RowSwitch = "--cpu-per-call-row";

    private static readonly (string Category, string Name, Func<(Func<Task> Call, Action Cleanup)> Start)[] Rows =
    [
        ("UpdateMe", "HttpClient + STJ source gen (hand-written)", () => InMemory(static b => b.UpdateMe_HandWritten())),
        ("UpdateMe", "SDK via AddPopsellClient (client resolved once)", () => InMemory(static b => b.UpdateMe_SdkDi())),
        ("UpdateMe", "SDK via AddPopsellClient (client resolved per call)", () => InMemory(static b => b.UpdateMe_SdkDiResolvePerCall())),
        ("UpdateMe", "SDK via new PopsellClient(options)", () => InMemory(static b => b.UpdateMe_SdkNew())),
        ("UpdateMe", "plain Refit, default settings", () => InMemory(static b => b.UpdateMe_PlainRefit())),
        ("Register", "HttpClient + STJ source gen (hand-written)", () => InMemory(static b => b.Register_HandWritten())),
        ("Register", "SDK via AddPopsellClient (client resolved once)", () => InMemory(static b => b.Register_SdkDi())),
        ("Register", "SDK via AddPopsellClient (client resolved per call)", () => InMemory(static b => b.Register_SdkDiResolvePerCall())),
        ("Register", "SDK via new PopsellClient(options)", () => InMemory(static b => b.Register_SdkNew())),
        ("Register", "plain Refit, default settings", () => InMemory(static b => b.Register_PlainRefit())),
        ("Small", "HttpClient + STJ source gen (hand-written)", () => SmallPatch(static b => b.UpdateMeSmall_HandWritten())),
        ("Small", "SDK via AddPopsellClient (client resolved once)", () => SmallPatch(static b => b.UpdateMeSmall_SdkDi())),
    ];

    private static (Func<Task> Call, Action Cleanup) InMemory(Func<InMemoryCallBenchmarks, Task> call)
    {
        var host = new InMemoryCallBenchmarks();
        host.Setup();
        return (() => call(host), host.Cleanup);
    }

    /// <summary>The small PATCH of <see cref="SmallPatchBenchmarks"/>: three fields, answered by the full ambassador.</summary>
    private static (Func<Task> Call, Action Cleanup) SmallPatch(Func<SmallPatchBenchmarks, Task> call)
    {
        var host = new SmallPatchBenchmarks();
        host.Setup();
        return (() => call(host), host.Cleanup);
    }

    /// <summary>Runs one row in this process when the command line asks for it (the parent starts one process a row).</summary>
    public static async Task<bool> TryRunRowAsync(string[] args)
    {
        if (args.Length != 2 || args[0] != RowSwitch)
        {
            return false;
        }

        var row = Rows[int.Parse(args[1], CultureInfo.InvariantCulture)];
        var (call, cleanup) = row.Start();
        try
        {
            await MeasureAsync(call, Calls); // warm-up: lets tiered compilation and PGO settle
            var samples = new List<(double Cpu, double Wall, double Bytes)>();
            for (var round = 0; round < Rounds; round++)
            {
                samples.Add(await MeasureAsync(call, Calls));
            }

            var median = samples.OrderBy(s => s.Cpu).ElementAt(samples.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{median.Cpu:R} {median.Wall:R} {median.Bytes:R}"));
        }
        finally
        {
            cleanup();
        }

        return true;
    }

    public static async Task RunAsync()
    {
        Console.WriteLine($"// {Name}: one process per row and pass, {Rounds} rounds of {Calls:N0} calls after a warm-up round of as many; {Passes} passes in alternating order");
        var cpu = Rows.Select(_ => new List<double>()).ToArray();
        var wall = Rows.Select(_ => new List<double>()).ToArray();
        var bytes = new double[Rows.Length];
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var k = 0; k < Rows.Length; k++)
            {
                var i = pass % 2 == 0 ? k : Rows.Length - 1 - k;
                var (c, w, b) = await RunRowProcessAsync(i);
                cpu[i].Add(c);
                wall[i].Add(w);
                bytes[i] = b;
            }
        }

        var report = new StringBuilder()
            .AppendLine("| Category | Method                                              | CPU/call (us) | CPU ratio | Wall/call (us) | Allocated/call (B) | Alloc ratio |")
            .AppendLine("|----------|-----------------------------------------------------|--------------:|----------:|---------------:|-------------------:|------------:|");
        double baseCpu = 0, baseBytes = 0;
        for (var i = 0; i < Rows.Length; i++)
        {
            var medianCpu = Median(cpu[i]);
            if (Rows[i].Name.StartsWith("HttpClient", StringComparison.Ordinal))
            {
                (baseCpu, baseBytes) = (medianCpu, bytes[i]);
            }

            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Rows[i].Category,-8} | {Rows[i].Name,-51} | {medianCpu,13:0.00} | {medianCpu / baseCpu,9:0.00} | {Median(wall[i]),14:0.00} | {bytes[i],18:N0} | {bytes[i] / baseBytes,11:0.00} |"));
        }

        Report.Write(Name, report.ToString());
    }

    private static async Task<(double Cpu, double Wall, double Bytes)> RunRowProcessAsync(int row)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileName(Environment.ProcessPath!) is "dotnet" or "dotnet.exe")
        {
            info.ArgumentList.Add(typeof(CpuPerCall).Assembly.Location); // started as "dotnet Popsell.Client.Benchmarks.dll"
        }

        info.ArgumentList.Add(RowSwitch);
        info.ArgumentList.Add(row.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var parts = output.Trim().Split(' ');
        if (process.ExitCode != 0 || parts.Length != 3)
        {
            throw new InvalidOperationException($"row {row} failed ({process.ExitCode}): {output}");
        }

        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static async Task<(double CpuUs, double WallUs, double Bytes)> MeasureAsync(Func<Task> call, int calls)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
        var wall0 = Stopwatch.GetTimestamp();
        for (var n = 0; n < calls; n++)
        {
            await call();
        }

        var wall = Stopwatch.GetElapsedTime(wall0);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes0;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        return (cpu.TotalMicroseconds / calls, wall.TotalMicroseconds / calls, (double)bytes / calls);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
