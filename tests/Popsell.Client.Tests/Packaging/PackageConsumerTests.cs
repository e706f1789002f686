using System.Xml.Linq;
using Popsell.Client.Tests.Support;
using static Popsell.Client.Tests.Support.Repository;

namespace Popsell.Client.Tests.Packaging;

/// <summary>
/// Packs the real nupkgs into a temporary folder and builds and runs a throwaway project that references only them
/// (plus the registry), so a file or dependency missing from the package fails here, not at a user's.
/// </summary>
[Trait("Category", "Package")]
[Collection(DotnetCli.Name)]
public class PackageConsumerTests
{
    private static readonly string RepositoryRoot = Repository.Root;

    [Fact]
    public async Task PackedNupkg_InAFreshConsumerProject_RegistersAndUpdatesAgainstTheStandIn()
    {
        var work = Directory.CreateTempSubdirectory("popsell-consumer-");
        var version = "1.0.0-consumer" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(work.FullName, "feed")).FullName;
            foreach (var project in new[] { "src/Popsell.Client/Popsell.Client.csproj", "src/Popsell.Client.Testing/Popsell.Client.Testing.csproj" })
            {
                await Run(RepositoryRoot, "dotnet", $"pack {project} -c Release -o \"{feed}\" -p:Version={version} -p:ContinuousIntegrationBuild=true");
            }

            PackageChecks.AssertClientPackage(Path.Combine(feed, $"Popsell.Client.{version}"));
            PackageChecks.AssertTestingPackage(Path.Combine(feed, $"Popsell.Client.Testing.{version}"));

            var consumer = Directory.CreateDirectory(Path.Combine(work.FullName, "consumer")).FullName;
            await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Popsell.Client" Version="{version}" />
                    <PackageReference Include="Popsell.Client.Testing" Version="{version}" />
                    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.13" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(consumer, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="popsell-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.Copy(Path.Combine(RepositoryRoot, "tests/Popsell.Client.Tests/Packaging/ConsumerProgram.cs.txt"), Path.Combine(consumer, "Program.cs"));

            var output = await Run(consumer, "dotnet", "run -c Release");

            output.Should().Contain("CONSUMER OK 1 2");
        }
        finally
        {
            work.Delete(recursive: true);
            foreach (var id in new[] { "popsell.client", "popsell.client.testing" })
            {
                var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", id, version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }
    }

    [Fact]
    public void Nuspec_DependencyGroups_MatchTheProjectsPackageReferencesExactly()
    {
        var versions = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        var references = XDocument.Load(Path.Combine(RepositoryRoot, "src/Popsell.Client/Popsell.Client.csproj")).Descendants("PackageReference")
            .Select(e => (string)e.Attribute("Include")!)
            .Where(id => id != "Microsoft.CodeAnalysis.PublicApiAnalyzers")
            .Select(id => $"{id} {versions[id]}")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        var nuspec = XDocument.Load(Path.Combine(RepositoryRoot, "Popsell.Client.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var groups = nuspec.Descendants(ns + "group").ToList();

        groups.Select(g => (string)g.Attribute("targetFramework")!).Should().BeEquivalentTo("net8.0", "net10.0");
        foreach (var group in groups)
        {
            group.Elements(ns + "dependency").Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}")
                .OrderBy(x => x, StringComparer.Ordinal)
                .Should().Equal(references, $"the {(string)group.Attribute("targetFramework")!} group must match the project");
        }
    }
}
