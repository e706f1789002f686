using System.Reflection;

namespace Popsell.Client;

/// <summary>Facts about this build of the SDK.</summary>
internal static class PopsellClientInfo
{
    /// <summary>The category of the SDK's log messages.</summary>
    public const string LoggerCategory = "Popsell.Client";

    /// <summary>Gets the SDK's version, such as <c>1.0.0</c>, as sent in <c>User-Agent</c>.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(PopsellClientInfo).Assembly;
        return VersionOf(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, assembly.GetName().Version);
    }

    /// <summary>The version to send: the informational version without its <c>+</c> build metadata, else the assembly
    /// version's first three parts, else <c>0.0.0</c>.</summary>
    internal static string VersionOf(string? informational, Version? assemblyVersion)
    {
        if (string.IsNullOrEmpty(informational))
        {
            return assemblyVersion?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
