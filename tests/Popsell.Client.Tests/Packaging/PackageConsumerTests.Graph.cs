using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Popsell.Client.Tests.Support;
using static Popsell.Client.Tests.Support.Repository;

namespace Popsell.Client.Tests.Packaging;

/// <summary>
/// What the package brings into an app: the README's list of the consumer's graph, held against a fresh consumer of the
/// packed nupkg, and apps that use Microsoft's standard resilience handler of their own generation beside the SDK.
/// </summary>
public partial class PackageConsumerTests
{
    private static readonly string[] TargetFrameworks = ["net8.0", "net10.0"];

    [Fact]
    public async Task FreshConsumer_GetsExactlyThePackagesTheReadmeLists_OnEveryTargetFramework()
    {
        var app = await feed.WriteBareConsumerAsync("BareConsumer");

        await Run(app, "dotnet", "restore");

        var assets = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(app, "obj/project.assets.json")))!;
        var listed = ReadmeGraph();
        foreach (var targetFramework in TargetFrameworks)
        {
            var restored = assets["targets"]![targetFramework]!.AsObject()
                .Where(l => l.Value!["type"]!.GetValue<string>() == "package")
                .Select(l => l.Key.Replace('/', ' '))
                .Select(l => l.StartsWith("Popsell.Client ", StringComparison.Ordinal) ? "Popsell.Client" : l)
                .ToList();
            restored.Should().BeEquivalentTo(listed[targetFramework],
                $"README.md lists what a fresh {targetFramework} consumer gets; a package added to the graph must be added to that list");
        }
    }

    [Fact]
    public void ReadmeGraph_OnNet10_HoldsAtMostTwentyPackages_PopsellClientIncluded()
    {
        ReadmeGraph()["net10.0"].Should().Contain("Popsell.Client").And.HaveCountLessThanOrEqualTo(20);
    }

    [Fact]
    public async Task Net8App_WithTheStandardResilienceHandlerOfThe80Line_RestoresWithoutWarningAndRoundTripsOnDotNet8()
    {
        // Microsoft.Extensions.Http.Resilience 8.10.0 asks for Microsoft.Extensions.ObjectPool 8.0.10, which the registry these
        // tests restore from does not serve (NU1603, whatever else the app references): the app names the next one.
        var app = await feed.WriteAppAsync("Net8StandardResilience", "net8.0",
        [
            ("Microsoft.Extensions.Http.Resilience", "8.10.0"), ("Microsoft.Extensions.ObjectPool", "8.0.11"),
            ("Microsoft.Extensions.Hosting", "8.0.1"), ("Microsoft.Extensions.Http", "8.0.1"), ("Microsoft.Extensions.Logging", "8.0.1"),
        ], defineConstants: "APP_RESILIENCE");

        var restore = await Run(app, "dotnet", "restore -r linux-x64");
        await Run(app, "dotnet", "publish -c Release -r linux-x64 --self-contained --no-restore");
        var output = await Run(app, Path.Combine(app, "bin/Release/net8.0/linux-x64/publish/Net8StandardResilience"), "");

        restore.Should().NotContain("warning");
        output.Should().Contain("APP RESILIENCE OK").And.Contain("CONSUMER OK 1 2").And.Contain("runtime 8.0.");
        output.Should().Contain("Microsoft.Extensions.Http 8.0.1", "the app's choice stands: nothing moved it");
    }

    [Fact]
    public async Task Net10App_WithTheLowestStandardResilienceHandlerOfThe10Line_RestoresWithoutWarningAndRoundTrips()
    {
        // The lowest 10.x the registry serves, beside the lowest Microsoft.Extensions.* the package asks for.
        var floor = Floor("net10.0", "Microsoft.Extensions.Http");
        var app = await feed.WriteAppAsync("Net10StandardResilience", "net10.0",
        [
            ("Microsoft.Extensions.Http.Resilience", "10.0.0"), ("Microsoft.Extensions.Hosting", floor),
            ("Microsoft.Extensions.Http", floor), ("Microsoft.Extensions.Logging", floor),
        ], defineConstants: "APP_RESILIENCE");

        var restore = await Run(app, "dotnet", "restore");
        var output = await Run(app, "dotnet", "run -c Release --no-restore");

        restore.Should().NotContain("warning");
        output.Should().Contain("APP RESILIENCE OK").And.Contain("CONSUMER OK 1 2").And.Contain("runtime 10.0.");
        output.Should().Contain($"Microsoft.Extensions.Http {floor}", "the app's choice stands: nothing moved it");
    }

    /// <summary>The README's table of a fresh consumer's packages: for each target framework, "id version" (and
    /// <c>Popsell.Client</c> itself by its id).</summary>
    private static Dictionary<string, List<string>> ReadmeGraph()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var table = GraphTable().Match(readme);
        table.Success.Should().BeTrue("README.md has the consumer's graph between <!-- consumer-graph --> markers");
        var graph = TargetFrameworks.ToDictionary(t => t, _ => new List<string>());
        foreach (var row in table.Groups[1].Value.Split('\n').Where(r => r.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            var id = cells[0].Trim('`');
            for (var i = 0; i < TargetFrameworks.Length; i++)
            {
                var version = cells[i + 1];
                if (version != "-")
                {
                    graph[TargetFrameworks[i]].Add(id == "Popsell.Client" ? id : $"{id} {version}");
                }
            }
        }

        return graph;
    }

    [GeneratedRegex("<!-- consumer-graph -->(.*?)<!-- /consumer-graph -->", RegexOptions.Singleline)]
    private static partial Regex GraphTable();
}
