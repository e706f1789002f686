namespace Popsell.Client.Tests;

/// <summary>The version the SDK sends in <c>User-Agent</c>, from the assembly's attributes.</summary>
public class PopsellClientInfoTests
{
    [Theory]
    [InlineData("1.2.3+0123abcd", "1.2.3")]
    [InlineData("1.2.3-beta.4+0123abcd", "1.2.3-beta.4")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("+0123abcd", "")]
    public void VersionOf_TakesTheInformationalVersion_WithoutItsBuildMetadata(string informational, string expected)
    {
        PopsellClientInfo.VersionOf(informational, new Version(9, 9, 9, 9)).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void VersionOf_WithoutAnInformationalVersion_TakesTheAssemblyVersionsFirstThreeParts(string? informational)
    {
        PopsellClientInfo.VersionOf(informational, new Version(4, 5, 6, 7)).Should().Be("4.5.6");
    }

    [Fact]
    public void VersionOf_WithNoVersionAtAll_IsZero()
    {
        PopsellClientInfo.VersionOf(null, null).Should().Be("0.0.0");
    }

    [Fact]
    public void Version_IsThisBuildsVersion_WithoutBuildMetadata()
    {
        PopsellClientInfo.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$");
    }
}
