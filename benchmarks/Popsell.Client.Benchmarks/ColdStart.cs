using System.Diagnostics;
using System.Globalization;
using System.Text;
using Popsell.Client.Testing;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// Process start to first completed call: publishes Popsell.Client.ColdStart framework-dependent (JIT) and as Native AOT
/// (linux-x64), then starts each build repeatedly against the stand-in server, for the SDK and for a hand-written
/// HttpClient call. The time runs from <see cref="Process.Start()"/> until the program prints that its call completed.
/// </summary>
public static class ColdStart
{
    public const string Name = "Popsell.Client.Benchmarks.ColdStart";
    private const int Runs = 10;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync()
    {
        var root = FindRepositoryRoot();
        var project = Path.Combine(root, "benchmarks", "Popsell.Client.ColdStart", "Popsell.Client.ColdStart.csproj");
        var output = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "coldstart");
        var builds = new List<(string Name, string? Executable, string? Error)>
        {
            await PublishAsync("JIT", project, Path.Combine(output, "jit"), "-c Release"),
            await PublishAsync("Native AOT", project, Path.Combine(output, "aot"), "-c Release -r linux-x64 -p:PublishAot=true"),
        };

        await using var server = await PopsellTestServer.StartAsync();
        var seeded = server.SeedAmbassador("ada.lovelace@example.com");
        var report = new StringBuilder()
            .AppendLine("| Build      | Client                        | Median (ms) | Min (ms) | Max (ms) | Median vs raw |")
            .AppendLine("|------------|-------------------------------|------------:|---------:|---------:|--------------:|");
        foreach (var (build, executable, error) in builds)
        {
            if (executable is null)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {build,-10} | (not measured: {error}) | | | | |");
                continue;
            }

            // One unmeasured start of each, so the file cache is warm for both clients alike.
            await StartOnceAsync(executable, "raw", server, seeded.AccessToken);
            await StartOnceAsync(executable, "sdk", server, seeded.AccessToken);
            var raw = new List<double>();
            var sdk = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                raw.Add(await StartOnceAsync(executable, "raw", server, seeded.AccessToken));
                sdk.Add(await StartOnceAsync(executable, "sdk", server, seeded.AccessToken));
            }

            var rawMedian = Median(raw);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {build,-10} | {"raw HttpClient (hand-written)",-29} | {rawMedian,11:0.0} | {raw.Min(),8:0.0} | {raw.Max(),8:0.0} | {1.0,13:0.00} |");
            report.AppendLine(CultureInfo.InvariantCulture, $"| {build,-10} | {"SDK (new PopsellClient)",-29} | {Median(sdk),11:0.0} | {sdk.Min(),8:0.0} | {sdk.Max(),8:0.0} | {Median(sdk) / rawMedian,13:0.00} |");
            server.ClearJournal();
        }

        Report.Write(Name, report.ToString());
    }

    private static async Task<double> StartOnceAsync(string executable, string mode, PopsellTestServer server, string accessToken)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(mode);
        info.ArgumentList.Add(server.BaseAddress.ToString());
        info.ArgumentList.Add(server.Domain);
        info.ArgumentList.Add(accessToken);

        using var timeout = new CancellationTokenSource(RunTimeout);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + executable);
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await process.WaitForExitAsync(timeout.Token);
        if (line is null || !line.StartsWith("ok ", StringComparison.Ordinal) || process.ExitCode != 0)
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException($"{executable} {mode} failed ({process.ExitCode}): {line} {error}");
        }

        return elapsed;
    }

    private static async Task<(string, string?, string?)> PublishAsync(string name, string project, string output, string arguments)
    {
        Console.WriteLine($"// {Name}: publishing the {name} build to {output}");
        var info = new ProcessStartInfo("dotnet", $"publish \"{project}\" {arguments} -o \"{output}\" -nologo -v:q")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var executable = Path.Combine(output, "Popsell.Client.ColdStart");
        if (process.ExitCode != 0 || !File.Exists(executable))
        {
            var log = (await stdout + await stderr).Trim();
            Console.WriteLine(log);
            var firstError = log.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))?.Trim() ?? "publish failed";
            return (name, null, firstError.Length > 120 ? firstError[..120] + "…" : firstError);
        }

        return (name, executable, null);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Popsell.Client.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from a clone of the repository: Popsell.Client.sln was not found above the current directory.");
    }
}
