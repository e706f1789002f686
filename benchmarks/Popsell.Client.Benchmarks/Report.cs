namespace Popsell.Client.Benchmarks;

/// <summary>Prints a self-timed suite's table and saves it beside BenchmarkDotNet's reports.</summary>
internal static class Report
{
    public static void Write(string name, string markdown)
    {
        var directory = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + "-report-github.md");
        var header = $"{name} — {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC";
        File.WriteAllText(path, header + Environment.NewLine + Environment.NewLine + markdown);
        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine("// saved to " + path);
    }
}
