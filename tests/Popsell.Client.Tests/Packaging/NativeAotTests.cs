using System.Text.RegularExpressions;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Packaging;

/// <summary>
/// Publishes samples/Popsell.Client.AotSample with Native AOT for linux-x64, counts the trim and AOT warnings (the
/// library declares IsAotCompatible and IsTrimmable), and runs the native program's round trip.
/// </summary>
[Trait("Category", "Package")]
[Collection(DotnetCli.Name)]
public partial class NativeAotTests
{
    [Fact]
    public async Task PublishAot_ForLinuxX64_HasNoTrimOrAotWarningsAndTheNativeSampleRunsItsRoundTrip()
    {
        var output = Directory.CreateTempSubdirectory("popsell-aot-");
        try
        {
            var log = await Repository.Run(
                Repository.Root,
                "dotnet",
                $"publish samples/Popsell.Client.AotSample/Popsell.Client.AotSample.csproj -c Release -r linux-x64 -o \"{output.FullName}\" -p:TreatWarningsAsErrors=false",
                TimeSpan.FromMinutes(8));

            var warnings = WarningPattern().Matches(log).Select(m => m.Value).Distinct().ToList();
            warnings.Should().BeEmpty("Popsell.Client must publish with Native AOT without trim or AOT warnings");
            log.Should().Contain("-> " + output.FullName, "the native program was published");

            var run = await Repository.Run(output.FullName, Path.Combine(output.FullName, "Popsell.Client.AotSample"), string.Empty, TimeSpan.FromMinutes(1));

            run.Should().Contain("aot: registered ambassador 1")
                .And.Contain("aot: validation error as expected: email:")
                .And.Contain("lang fr after 2 attempts")
                .And.Contain("aot: round trip OK");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"warning (IL\d{4}|[A-Z]{2,}\d{3,})[^\r\n]*")]
    private static partial Regex WarningPattern();
}
