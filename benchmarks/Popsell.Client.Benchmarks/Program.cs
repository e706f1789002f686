using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Popsell.Client.Benchmarks;

// Micro-benchmarks run through BenchmarkDotNet; the loopback-throughput and cold-start suites are timed by this program
// itself (calls/s and latency percentiles over real sockets; process start to first call), and run when the filter
// matches Popsell.Client.Benchmarks.CpuPerCall, .LoopbackThroughput or .ColdStart.
if (await CpuPerCall.TryRunRowAsync(args) || await LoopbackDecomposition.TryRunAsync(args) || await LoopbackThroughput.TryProfileAsync(args) || await StandInProcess.TryServeAsync(args))
{
    return;
}

var filters = SuiteFilter.Parse(args);
var custom = new[] { CpuPerCall.Name, LoopbackThroughput.Name, ColdStart.Name };
var onlyCustom = filters.Count > 0 && custom.Any(name => SuiteFilter.Matches(filters, name))
    && !SuiteFilter.MatchesAnyBenchmark(filters, typeof(Program).Assembly);

if (!onlyCustom)
{
    // Fewer iterations than BenchmarkDotNet's default, so "--filter '*'" stays within minutes on a 2-core machine;
    // a --job on the command line replaces this one.
    // Not added when the filter selects only classes with a job of their own ([LongRunJob]): it would replace their counts.
    var job = Job.Default.WithWarmupCount(5).WithIterationCount(15).AsDefault();
    var config = SuiteFilter.OnlyBenchmarksWithOwnJob(filters, typeof(Program).Assembly) ? DefaultConfig.Instance : DefaultConfig.Instance.AddJob(job);
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
}

if (SuiteFilter.Matches(filters, CpuPerCall.Name))
{
    await CpuPerCall.RunAsync();
}

if (SuiteFilter.Matches(filters, LoopbackThroughput.Name))
{
    await LoopbackThroughput.RunAsync();
}

if (SuiteFilter.Matches(filters, ColdStart.Name))
{
    await ColdStart.RunAsync();
}
