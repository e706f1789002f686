using System.Text.Json.Nodes;
using System.Xml.Linq;
using Popsell.Client.Tests.Support;
using static Popsell.Client.Tests.Support.Repository;

namespace Popsell.Client.Tests.Packaging;

/// <summary>
/// Builds and runs throwaway apps that reference only the packed nupkgs (plus the registry), as the apps that take the
/// package do: a net8.0 app on the 8.0 line of Microsoft.Extensions.*, run on the real .NET 8 runtime (published
/// self-contained from the runtime packs), and a net10.0 app on the lowest versions the package asks for. A file or a
/// dependency that a consumer cannot take fails here, not at a user's.
/// </summary>
[Trait("Category", "Package")]
[Collection(DotnetCli.Name)]
public partial class PackageConsumerTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    /// <summary>The packages of dotnet/extensions that Microsoft.Extensions.Http.Resilience brings: versioned on their own
    /// line (10.x) on every target framework, so not part of the 8.0 line an app keeps.</summary>
    private static readonly HashSet<string> ResiliencePackages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.Extensions.Http.Resilience", "Microsoft.Extensions.Resilience", "Microsoft.Extensions.Http.Diagnostics",
        "Microsoft.Extensions.Telemetry", "Microsoft.Extensions.Telemetry.Abstractions", "Microsoft.Extensions.AmbientMetadata.Application",
        "Microsoft.Extensions.Compliance.Abstractions", "Microsoft.Extensions.DependencyInjection.AutoActivation",
        "Microsoft.Extensions.Diagnostics.ExceptionSummarization",
    };

    [Fact]
    public void PackedNupkgs_HoldTheFilesMetadataAndSymbolsAConsumerNeeds()
    {
        PackageChecks.AssertClientPackage(Path.Combine(feed.Folder, $"Popsell.Client.{feed.Version}"));
        PackageChecks.AssertTestingPackage(Path.Combine(feed.Folder, $"Popsell.Client.Testing.{feed.Version}"));
    }

    [Fact]
    public async Task Net8App_PinnedToThe80Line_RoundTripsOnTheDotNet8Runtime()
    {
        var app = await feed.WriteAppAsync("Net8Pinned", "net8.0",
        [
            ("Microsoft.Extensions.Hosting", "8.0.1"), ("Microsoft.Extensions.Http", "8.0.1"),
            ("Microsoft.Extensions.Logging", "8.0.1"), ("Microsoft.Extensions.Configuration", "8.0.0"),
        ]);

        var output = await PublishAndRunOnDotNet8(app, "Net8Pinned");

        output.Should().Contain("CONSUMER OK 1 2").And.Contain("runtime 8.0.");
        output.Should().Contain("Microsoft.Extensions.Http 8.0.1");
        AssertKeepsThe80Line(app);
    }

    [Fact]
    public async Task Net8App_ReferencingOnlyHosting801_KeepsThe80LineAndRoundTripsOnDotNet8()
    {
        var app = await feed.WriteAppAsync("Net8HostingOnly", "net8.0", [("Microsoft.Extensions.Hosting", "8.0.1")]);

        var output = await PublishAndRunOnDotNet8(app, "Net8HostingOnly");

        output.Should().Contain("CONSUMER OK 1 2").And.Contain("runtime 8.0.");
        output.Should().MatchRegex(@"Microsoft\.Extensions\.Options 8\.0\.\d+").And.MatchRegex(@"Microsoft\.Extensions\.Logging\.Abstractions 8\.0\.\d+");
        AssertKeepsThe80Line(app);
    }

    [Fact]
    public async Task Net10App_OnTheLowestVersionsThePackageAsksFor_BuildsWithoutWarningsAndRoundTrips()
    {
        var lowest = Floor("net10.0", "Microsoft.Extensions.Http");
        var app = await feed.WriteAppAsync("Net10Lowest", "net10.0",
        [
            ("Microsoft.Extensions.Hosting", lowest), ("Microsoft.Extensions.Http", lowest),
            ("Microsoft.Extensions.Logging", lowest), ("Microsoft.Extensions.Configuration", lowest),
        ]);

        var output = await Run(app, "dotnet", "run -c Release");

        output.Should().Contain("CONSUMER OK 1 2").And.Contain("runtime 10.0.");
        output.Should().Contain($"Microsoft.Extensions.Http {lowest}", "the app's choice stands: nothing moved it");
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Nuspec_DependencyGroup_IsWhatTheProjectRestoresForThatFramework(string targetFramework)
    {
        var nuspec = XDocument.Load(Path.Combine(Root, "Popsell.Client.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var group = nuspec.Descendants(ns + "group").Single(g => (string)g.Attribute("targetFramework")! == targetFramework);

        group.Elements(ns + "dependency").Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}")
            .Should().BeEquivalentTo(RestoredDependencies(targetFramework).Select(d => $"{d.Key} {d.Value}"),
                $"the {targetFramework} group must name what src/Popsell.Client restores for {targetFramework}");
        nuspec.Descendants(ns + "group").Select(g => (string)g.Attribute("targetFramework")!).Should().BeEquivalentTo("net8.0", "net10.0");
    }

    [Fact]
    public void Dependencies_OnNet8_AreThe80LineOfMicrosoftExtensions()
    {
        RestoredDependencies("net8.0").Where(d => d.Key.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && !ResiliencePackages.Contains(d.Key))
            .Should().NotBeEmpty().And.OnlyContain(d => d.Value.StartsWith("8.0.", StringComparison.Ordinal));
    }

    /// <summary>The package references of src/Popsell.Client for <paramref name="targetFramework"/>, with the lowest version
    /// each asks for, as restore resolved Directory.Packages.props (analyzers and SDK-added references left out).</summary>
    private static Dictionary<string, string> RestoredDependencies(string targetFramework)
    {
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "src/Popsell.Client/obj/project.assets.json")))!;
        return assets["project"]!["frameworks"]![targetFramework]!["dependencies"]!.AsObject()
            .Where(d => d.Value!["suppressParent"]?.GetValue<string>() != "All" && d.Value["autoReferenced"]?.GetValue<bool>() != true)
            .ToDictionary(d => d.Key, d => d.Value!["version"]!.GetValue<string>().Trim('[', ')', ' ').Split(',')[0].Trim());
    }

    private static string Floor(string targetFramework, string id) => RestoredDependencies(targetFramework)[id];

    private static async Task<string> PublishAndRunOnDotNet8(string app, string name)
    {
        await Run(app, "dotnet", "publish -c Release -r linux-x64 --self-contained");
        return await Run(app, Path.Combine(app, "bin/Release/net8.0/linux-x64/publish", name), "");
    }

    /// <summary>Fails when restore moved any package of the 8.0 line of Microsoft.Extensions.* (or of the BCL) that the
    /// app resolved off that line.</summary>
    private static void AssertKeepsThe80Line(string app)
    {
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(app, "obj/project.assets.json")))!;
        var libraries = assets["targets"]!["net8.0/linux-x64"]!.AsObject().Select(l => l.Key.Split('/')).ToList();
        var line = libraries.Where(l => (l[0].StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && !ResiliencePackages.Contains(l[0]))
                                        || l[0] is "System.Text.Json" or "System.Diagnostics.DiagnosticSource" or "System.Text.Encodings.Web")
            .Select(l => $"{l[0]} {l[1]}")
            .ToList();

        line.Should().Contain(l => l.StartsWith("Microsoft.Extensions.Http ", StringComparison.Ordinal))
            .And.OnlyContain(l => l.Contains(" 8.0.", StringComparison.Ordinal), "a .NET 8 app keeps the 8.0 line: the package must not move it");
    }
}
