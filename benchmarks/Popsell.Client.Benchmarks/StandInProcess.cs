using System.Diagnostics;
using System.Globalization;
using Popsell.Client.Testing;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// The stand-in server in a process of its own: this program started again with <c>--stand-in-server</c>, which starts a
/// <see cref="PopsellTestServer"/>, seeds one ambassador, prints one line (base address, domain, access token) and serves
/// until its standard input closes. A client measured against it has its own heap and its own CPU counters, as it would
/// against a real Popsell server.
/// </summary>
internal sealed class StandInProcess : IAsyncDisposable
{
    private const string Argument = "--stand-in-server";
    private readonly Process _process;

    private StandInProcess(Process process, Uri baseAddress, string domain, string accessToken)
    {
        _process = process;
        BaseAddress = baseAddress;
        Domain = domain;
        AccessToken = accessToken;
    }

    public Uri BaseAddress { get; }

    public string Domain { get; }

    public string AccessToken { get; }

    /// <summary>Gets the server process's processor time so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<StandInProcess> StartAsync(bool recordRequests)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own executable is unknown.");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // Started as "dotnet Popsell.Client.Benchmarks.dll": start the same dll again; started by its apphost: just it.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(StandInProcess).Assembly.Location);
        }

        start.ArgumentList.Add(Argument);
        start.ArgumentList.Add(recordRequests ? "record" : "no-record");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self} {Argument}.");
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(ready.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The stand-in server process ({self} {Argument}) did not say where it listens within 60 s.");
        }

        var parts = line?.Split(' ');
        if (parts is not [var address, var domain, var token])
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The stand-in server process did not say where it listens; it said: '{line}'.");
        }

        return new StandInProcess(process, new Uri(address), domain, token);
    }

    /// <summary>Runs the server side when the arguments ask for it: <c>--stand-in-server record|no-record</c>.</summary>
    /// <returns><see langword="true"/> when the arguments asked for it (and the server ran until its input closed).</returns>
    public static async Task<bool> TryServeAsync(string[] args)
    {
        if (args is not [Argument, var record])
        {
            return false;
        }

        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { RecordRequests = record == "record" });
        var seeded = server.SeedAmbassador("ada.lovelace@example.com");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{server.BaseAddress} {server.Domain} {seeded.AccessToken}"));
        await Console.In.ReadToEndAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(exited.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
