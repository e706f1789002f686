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

    public static bool MatchesAnyBenchmark(IReadOnlyList<Regex> filters, Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(type => type.GetMethods().Where(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .Select(method => type.FullName + "." + method.Name))
            .Any(name => Matches(filters, name));
}
