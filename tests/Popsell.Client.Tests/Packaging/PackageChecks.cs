using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Packaging;

/// <summary>What a packed .nupkg / .snupkg pair must hold for a consumer: files, metadata, and debuggable symbols.</summary>
internal static class PackageChecks
{
    private const string RepositoryUrl = "https://github.com/popsell/popsell-client-dotnet";
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <param name="pathWithoutExtension">The packages' path without <c>.nupkg</c> / <c>.snupkg</c>.</param>
    public static void AssertClientPackage(string pathWithoutExtension)
    {
        using (var nupkg = ZipFile.OpenRead(pathWithoutExtension + ".nupkg"))
        {
            nupkg.Entries.Select(e => e.FullName).Should().Contain(
                ["lib/net8.0/Popsell.Client.dll", "lib/net8.0/Popsell.Client.xml", "lib/net10.0/Popsell.Client.dll", "lib/net10.0/Popsell.Client.xml", "README.md", "CHANGELOG.md"])
                .And.NotContain(e => e.EndsWith(".pdb", StringComparison.Ordinal), "symbols go to the .snupkg");
            AssertMetadata(nupkg, "Popsell.Client");
        }

        AssertSymbols(pathWithoutExtension + ".snupkg", "Popsell.Client", "src/Popsell.Client/");
    }

    public static void AssertTestingPackage(string pathWithoutExtension)
    {
        using (var nupkg = ZipFile.OpenRead(pathWithoutExtension + ".nupkg"))
        {
            nupkg.Entries.Select(e => e.FullName).Should().Contain(
                ["lib/net8.0/Popsell.Client.Testing.dll", "lib/net8.0/Popsell.Client.Testing.xml", "lib/net10.0/Popsell.Client.Testing.dll", "lib/net10.0/Popsell.Client.Testing.xml", "README.md"]);
            AssertMetadata(nupkg, "Popsell.Client.Testing");
        }

        AssertSymbols(pathWithoutExtension + ".snupkg", "Popsell.Client.Testing", "src/Popsell.Client.Testing/");
    }

    private static void AssertMetadata(ZipArchive nupkg, string id)
    {
        using var stream = nupkg.GetEntry(id + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string? Value(string name) => metadata.Element(ns + name)?.Value;

        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        Value("license").Should().Be("MIT");
        Value("readme").Should().Be("README.md");
        Value("projectUrl").Should().Be(RepositoryUrl);
        Value("releaseNotes").Should().Contain(RepositoryUrl + "/blob/main/CHANGELOG.md");
        Value("tags").Should().Contain("popsell");
        Value("description").Should().NotBeNullOrWhiteSpace();
        var repository = metadata.Element(ns + "repository")!;
        repository.Attribute("url")!.Value.Should().Be(RepositoryUrl + ".git");
        repository.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$", "the package names the commit it was built from");
    }

    private static void AssertSymbols(string snupkgPath, string assembly, string sourceFolder)
    {
        using var snupkg = ZipFile.OpenRead(snupkgPath);
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            var entry = snupkg.GetEntry($"lib/{tfm}/{assembly}.pdb");
            entry.Should().NotBeNull($"the .snupkg carries the {tfm} PDB of {assembly}");
            using var pdb = new MemoryStream();
            using (var stream = entry!.Open())
            {
                stream.CopyTo(pdb);
            }

            pdb.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
            var reader = provider.GetMetadataReader();
            var sourceLink = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
                .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
                .SingleOrDefault();
            sourceLink.Should().NotBeNull($"{assembly} ({tfm}) has Source Link");
            sourceLink.Should().MatchRegex(@"""/_/\*"":""https://raw\.githubusercontent\.com/popsell/popsell-client-dotnet/[0-9a-f]{40}/\*""");
            var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
            documents.Should().Contain(d => d.StartsWith("/_/" + sourceFolder, StringComparison.Ordinal), "deterministic builds map the repository to /_/");
            documents.Should().NotContain(d => d.Contains(Repository.Root, StringComparison.Ordinal), "no path of the build machine leaks into the PDB");
        }
    }
}
