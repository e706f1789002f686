using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Packaging;

/// <summary>
/// Packs <c>Popsell.Client</c> and <c>Popsell.Client.Testing</c> once, at a version of their own, into a folder that the
/// consumer apps of <see cref="PackageConsumerTests"/> use as their only package source besides the registry.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("popsell-consumer-");

    /// <summary>Gets the version both packages were packed at, unique to this run.</summary>
    public string Version { get; } = "1.0.0-consumer" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the folder holding the .nupkg and .snupkg files.</summary>
    public string Folder => Path.Combine(_work.FullName, "feed");

    /// <summary>Gets the folder the consumer apps are written to.</summary>
    public string Apps => Path.Combine(_work.FullName, "apps");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Apps);
        foreach (var project in new[] { "src/Popsell.Client/Popsell.Client.csproj", "src/Popsell.Client.Testing/Popsell.Client.Testing.csproj" })
        {
            await Repository.Run(Repository.Root, "dotnet", $"pack {project} -c Release -o \"{Folder}\" -p:Version={Version} -p:ContinuousIntegrationBuild=true");
        }
    }

    public Task DisposeAsync()
    {
        _work.Delete(recursive: true);
        foreach (var id in new[] { "popsell.client", "popsell.client.testing" })
        {
            var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", id, Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes a console app that references both packages and <paramref name="packages"/> (id and version), with the
    /// round trip of <c>ConsumerProgram.cs.txt</c> as its <c>Program.cs</c>, and returns its folder.
    /// <paramref name="defineConstants"/> turns on the program's optional parts (such as <c>APP_RESILIENCE</c>).
    /// </summary>
    public async Task<string> WriteAppAsync(string name, string targetFramework, IReadOnlyList<(string Id, string Version)> packages, string defineConstants = "")
    {
        var folder = Directory.CreateDirectory(Path.Combine(Apps, name)).FullName;
        var references = string.Concat(packages.Select(p => $"""
                <PackageReference Include="{p.Id}" Version="{p.Version}" />

            """));
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <DefineConstants>$(DefineConstants);{defineConstants}</DefineConstants>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Popsell.Client" Version="{Version}" />
                <PackageReference Include="Popsell.Client.Testing" Version="{Version}" />
            {references}  </ItemGroup>
            </Project>
            """);
        await WriteNuGetConfigAsync(folder);
        File.Copy(Path.Combine(Repository.Root, "tests/Popsell.Client.Tests/Packaging/ConsumerProgram.cs.txt"), Path.Combine(folder, "Program.cs"));
        return folder;
    }

    /// <summary>
    /// Writes a project that references <c>Popsell.Client</c> and nothing else, for every target framework of the package,
    /// as <c>dotnet add package Popsell.Client</c> leaves a new app, and returns its folder.
    /// </summary>
    public async Task<string> WriteBareConsumerAsync(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Apps, name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Popsell.Client" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        await WriteNuGetConfigAsync(folder);
        return folder;
    }

    private Task WriteNuGetConfigAsync(string folder) =>
        File.WriteAllTextAsync(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="popsell-local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
}
