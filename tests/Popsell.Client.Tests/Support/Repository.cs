using System.Diagnostics;

namespace Popsell.Client.Tests.Support;

/// <summary>The repository the tests run from, and a way to run its tools (dotnet pack, publish, a built program).</summary>
public static class Repository
{
    /// <summary>Gets the folder of <c>Popsell.Client.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the full path of a file or folder given relative to <see cref="Root"/>.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Runs a program to its end and returns what it printed; fails the test when it exits with another code than 0.</summary>
    public static async Task<string> Run(string directory, string file, string arguments, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{file} {arguments}` in {directory} did not end within {limit ?? TimeSpan.FromMinutes(5)}.");
        }

        var output = await stdout + await stderr;
        process.ExitCode.Should().Be(0, $"`{file} {arguments}` in {directory} failed:\n{output}");
        return output;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Popsell.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Popsell.Client.sln not found above " + AppContext.BaseDirectory);
    }
}
