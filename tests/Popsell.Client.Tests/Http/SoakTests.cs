using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;
using Xunit.Abstractions;

namespace Popsell.Client.Tests.Http;

/// <summary>Runs alone (no other test class in parallel), so the socket, handle and memory counts are this test's own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakDefinition
{
    public const string Name = "Soak";
}

/// <summary>
/// 10,000 calls at 256 concurrency against the stand-in, with random faults injected into about one request in eight.
/// Asserts outcomes, token isolation between <see cref="IPopsellClient.WithAccessToken"/> views, no duplicate
/// registration, no socket or handle leak, and flat memory. Bounded in count and time; talks only to 127.0.0.1.
/// </summary>
[Collection(SoakDefinition.Name)]
[Trait("Category", "Soak")]
public class SoakTests(ITestOutputHelper output) : StandInTest
{
    private const int Calls = 10_000;
    private const int Concurrency = 256;
    private const int Ambassadors = 32;
    private const int Batches = 10;

    private static readonly Func<PopsellFault>[] Faults =
    [
        () => PopsellFault.Status(503),
        () => PopsellFault.Status(500),
        () => PopsellFault.Status(429, retryAfter: TimeSpan.Zero),
        () => PopsellFault.Status(502),
        () => PopsellFault.Status(401, """{"message":"Unauthenticated."}"""),
        () => PopsellFault.Status(422, """{"message":"Invalid.","errors":{"lang":["Invalid."]}}"""),
        () => PopsellFault.ResetConnection(),
        () => PopsellFault.ResetMidBody(),
        () => PopsellFault.Body(200, "text/html", "<html>maintenance</html>"),
        () => PopsellFault.Body(200, "application/json", """{"id_ambassador": 1, "firstn"""),
        () => PopsellFault.HeadersNeverCome(),
    ];

    [Fact]
    public async Task TenThousandCallsAt256Concurrency_WithRandomFaults_EndCleanly_KeepTokensApart_AndLeakNothing()
    {
        var budget = Stopwatch.StartNew();
        var seeded = Enumerable.Range(0, Ambassadors).Select(i => Server.SeedAmbassador($"owner{i}@example.com")).ToArray();
        var tokenOwner = seeded.ToDictionary(s => "Bearer " + s.AccessToken, s => s.IdAmbassador);
        var port = Server.BaseAddress.Port;
        var fdsBefore = OpenFileDescriptors();
        var socketsBefore = OpenSockets();
        var client = new PopsellClient(Options(o =>
        {
            o.MaxRetries = 2;
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.Timeout = TimeSpan.FromSeconds(15);
        }));
        var outcomes = new ConcurrentDictionary<string, int>();
        var crossed = new ConcurrentBag<string>();
        var registered = 0;
        var mayHaveRegistered = 0;
        var resent = new ConcurrentBag<string>();
        var peakConnections = 0;
        long memoryAfterWarmUp = 0;

        for (var batch = 0; batch < Batches; batch++)
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(batch * (Calls / Batches), Calls / Batches),
                new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
                async (call, ct) =>
                {
                    if (Random.Shared.Next(8) == 0)
                    {
                        Server.EnqueueFault(Faults[Random.Shared.Next(Faults.Length)]());
                    }

                    var owner = seeded[call % Ambassadors];
                    var register = call % 10 == 0;
                    try
                    {
                        var ambassador = register
                            ? await client.RegisterAsync(NewAmbassador($"new{call}@example.com"), ct)
                            : await client.WithAccessToken(owner.AccessToken).UpdateMeAsync(
                                PopsellEnvironment.Widget, new UpdateMeRequest { Description = $"owner {owner.IdAmbassador} call {call}" }, ct);
                        if (register)
                        {
                            Interlocked.Increment(ref registered);
                            ambassador.Email.Should().Be($"new{call}@example.com");
                        }
                        else if (ambassador.IdAmbassador != owner.IdAmbassador)
                        {
                            crossed.Add($"call {call} for {owner.IdAmbassador} answered for {ambassador.IdAmbassador}");
                        }

                        outcomes.AddOrUpdate("success", 1, (_, n) => n + 1);
                    }
                    catch (Exception ex) when (ex is PopsellApiException or TimeoutException)
                    {
                        if (register && ex is TimeoutException or PopsellApiException { RequestMayHaveBeenProcessed: true })
                        {
                            Interlocked.Increment(ref mayHaveRegistered);
                        }

                        outcomes.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                    }
                });

            // Every request the server saw carried the token of the ambassador whose change it carried.
            foreach (var request in Server.Requests.Where(r => r.Route == PopsellRoute.UpdateMe))
            {
                var description = request.BodyAsJson()?["description"]?.GetValue<string>() ?? string.Empty;
                var owner = tokenOwner.GetValueOrDefault(request.GetHeader("Authorization") ?? string.Empty, -1);
                if (!description.StartsWith($"owner {owner} call ", StringComparison.Ordinal))
                {
                    crossed.Add($"token of {owner} sent '{description}'");
                }
            }

            // A registration is never sent again once the server acted on it.
            foreach (var attempts in Server.Requests.Where(r => r.Route == PopsellRoute.Register).GroupBy(r => r.BodyAsJson()?["email"]?.GetValue<string>()))
            {
                // The journal is in arrival order: nothing may follow the first attempt that the server processed.
                if (attempts.SkipWhile(r => r.Fault is not null && !r.Fault.ProcessesRequest).Skip(1).Any())
                {
                    resent.Add($"{attempts.Key} was sent again after the server created it");
                }
            }

            Server.ClearJournal();
            Server.ClearFaults();
            peakConnections = Math.Max(peakConnections, EstablishedConnections(port));
            if (batch == 0)
            {
                memoryAfterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        client.Dispose();
        var connectionsAfter = await WaitForAsync(() => EstablishedConnections(port), n => n <= 4);
        var socketsAfter = await WaitForAsync(OpenSockets, n => n <= socketsBefore + 2);
        var fdsAfter = OpenFileDescriptors();
        output.WriteLine($"{Calls} calls in {budget.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        output.WriteLine($"connections: peak {peakConnections}, after dispose {connectionsAfter}; sockets {socketsBefore} -> {socketsAfter}; fds {fdsBefore} -> {fdsAfter}; memory {memoryAfterWarmUp / 1024} KiB -> {memoryAtEnd / 1024} KiB");

        outcomes.Values.Sum().Should().Be(Calls, "every call ends, in a success or a documented exception");
        outcomes.Keys.Should().BeSubsetOf(["success", nameof(PopsellApiException), nameof(ValidationProblemException), nameof(TimeoutException)]);
        outcomes.GetValueOrDefault("success").Should().BeGreaterThan(Calls * 3 / 4, "retries absorb most injected faults");
        crossed.Should().BeEmpty("a token never crosses between WithAccessToken views");
        resent.Should().BeEmpty("a registration is never repeated once the server may have created the ambassador");
        Server.AmbassadorCount.Should().BeInRange(
            Ambassadors + registered, Ambassadors + registered + mayHaveRegistered, "only calls that said so may have created an ambassador they did not return");
        peakConnections.Should().BeLessThanOrEqualTo(Concurrency + 16, "connections are reused, never one leaked per fault");
        connectionsAfter.Should().BeLessThanOrEqualTo(4, "disposing the client closes its connections");
        socketsAfter.Should().BeLessThanOrEqualTo(socketsBefore + 2, "no socket outlives the client");
        fdsAfter.Should().BeLessThan(fdsBefore + 128, "no handle is leaked per call (the runtime may add a few for its thread pool)");
        (memoryAtEnd - memoryAfterWarmUp).Should().BeLessThan(24L * 1024 * 1024, "memory stays flat over 9,000 more calls");
        budget.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(3), "the soak is bounded (a hang fails here rather than stalling CI)");
    }

    /// <summary>Client-side sockets connected to the stand-in's port.</summary>
    private static int EstablishedConnections(int port) => IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections()
        .Count(c => c.RemoteEndPoint.Port == port && IPAddress.IsLoopback(c.RemoteEndPoint.Address) && c.State == TcpState.Established);

    /// <summary>Open sockets of this process (on Linux; elsewhere, all handles).</summary>
    private static int OpenSockets() => Directory.Exists("/proc/self/fd")
        ? Directory.GetFiles("/proc/self/fd").Count(fd => new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true)
        : Process.GetCurrentProcess().HandleCount;

    private static int OpenFileDescriptors() =>
        Directory.Exists("/proc/self/fd") ? Directory.GetFiles("/proc/self/fd").Length : Process.GetCurrentProcess().HandleCount;

    private static async Task<int> WaitForAsync(Func<int> measure, Func<int, bool> done)
    {
        var value = measure();
        for (var i = 0; i < 50 && !done(value); i++)
        {
            await Task.Delay(100);
            value = measure();
        }

        return value;
    }
}
