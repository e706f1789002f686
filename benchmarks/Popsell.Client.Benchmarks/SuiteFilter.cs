using System.Reflection;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace Popsell.Client.Benchmarks;

/// <summary>Reads BenchmarkDotNet's <c>--filter</c> globs, so the self-timed suites obey the same command line.</summary>
internal static class SuiteFilter
{
    public static IReadOnlyList<Regex> Parse(string[] args)
    {
        var globs = new List<Regex>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--filter" or "-f"))
            {
                continue;
            }

            while (i + 1 < args.Length && !args[i + 1].StartsWith('-'))
            {
                var glob = args[++i];
                globs.Add(new Regex("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
            }
        }

        return globs;
    }

    public static bool Matches(IReadOnlyList<Regex> filters, string name) => filters.Any(filter => filter.IsMatch(name));

    public static bool MatchesAnyBenchmark(IReadOnlyList<Regex> filters, Assembly assembly) => MatchedTypes(filters, assembly).Any();

    /// <summary>
    /// Returns whether the filters select benchmarks, all of classes that name their own job (such as <c>[LongRunJob]</c>):
    /// the program's shorter default job would otherwise override that job's iteration counts.
    /// </summary>
    public static bool OnlyBenchmarksWithOwnJob(IReadOnlyList<Regex> filters, Assembly assembly)
    {
        var types = MatchedTypes(filters, assembly).ToList();
        return types.Count > 0 && types.All(type => type.GetCustomAttributes<JobConfigBaseAttribute>().Any());
    }

    private static IEnumerable<Type> MatchedTypes(IReadOnlyList<Regex> filters, Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null
                && Matches(filters, type.FullName + "." + method.Name)));
}
