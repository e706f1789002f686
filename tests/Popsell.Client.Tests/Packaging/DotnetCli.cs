namespace Popsell.Client.Tests.Packaging;

/// <summary>
/// Tests that run <c>dotnet pack</c> or <c>dotnet publish</c> on the repository's projects: they build the same Release
/// outputs, so they run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetCli
{
    public const string Name = "dotnet CLI on the repository";
}
