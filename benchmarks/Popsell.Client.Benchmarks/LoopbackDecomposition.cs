using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// Takes the hand-written call apart against the SDK over loopback, to find which layer costs what:
/// <c>--loopback-decompose &lt;callers&gt; &lt;seconds per round&gt; &lt;rounds&gt; &lt;client,client,…&gt;</c>. The stand-in runs in
/// a process of its own; each client gets 8 s at 16 callers and 1 s at the asked concurrency first, then the rounds run
/// in alternating order and each client's calls/s is printed against <c>raw</c>'s (which must be in the list), with the
/// processor time per call of this process and of the server's.
/// </summary>
/// <remarks>
/// Clients: <c>raw</c> (the hand-written call), <c>raw-notimeout</c> (its <see cref="HttpClient.Timeout"/> off),
/// <c>raw-contentlength</c> (its body sent with a <c>Content-Length</c> instead of chunked, as the SDK sends it), <c>raw-layer</c>
/// (behind one empty asynchronous <see cref="DelegatingHandler"/>), <c>raw-headersread</c> (response read into a pooled
/// buffer after its headers, as the SDK does), <c>raw-polly</c> (<see cref="HandWrittenResilience"/>), <c>raw-polly-empty</c>,
/// <c>raw-polly-retry</c>, <c>raw-polly-timeout</c> (the same handler with no strategy, the retry only, the timeout only),
/// <c>raw-ownhandler</c> and <c>raw-ownhandler-empty</c> (the pipeline run by a minimal handler instead of
/// <see cref="ResilienceHandler"/>), <c>sdk</c> and <c>sdk-noretry</c> (<c>MaxRetries = 0</c>).
/// </remarks>
public static class LoopbackDecomposition
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length != 5 || args[0] != "--loopback-decompose")
        {
            return false;
        }

        var callers = int.Parse(args[1], CultureInfo.InvariantCulture);
        var seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
        var rounds = int.Parse(args[3], CultureInfo.InvariantCulture);
        var names = args[4].Split(',');
        var rawIndex = Array.IndexOf(names, "raw");
        if (rawIndex < 0)
        {
            throw new ArgumentException("--loopback-decompose compares against 'raw': put it in the list of clients.", nameof(args));
        }

        await using var standIn = await StandInProcess.StartAsync(recordRequests: false);
        var clients = names.Select(name => Create(name, standIn)).ToArray();
        foreach (var call in clients)
        {
            await RunAsync(call, 16, 8);
        }

        foreach (var call in clients)
        {
            await RunAsync(call, callers, 1);
        }

        var latencies = clients.Select(_ => new List<double>()).ToArray();
        var clientCpu = new double[clients.Length];
        var serverCpu = new double[clients.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < clients.Length; k++)
            {
                var i = round % 2 == 0 ? k : clients.Length - 1 - k;
                var clientBefore = OwnProcessorTime();
                var serverBefore = standIn.ProcessorTime;
                latencies[i].AddRange(await RunAsync(clients[i], callers, seconds));
                clientCpu[i] += (OwnProcessorTime() - clientBefore).TotalMicroseconds;
                serverCpu[i] += (standIn.ProcessorTime - serverBefore).TotalMicroseconds;
            }
        }

        Console.WriteLine($"// {callers} callers, {rounds} rounds x {seconds} s per client, stand-in in its own process");
        var rawRate = latencies[rawIndex].Count / (rounds * seconds);
        for (var i = 0; i < clients.Length; i++)
        {
            var rate = latencies[i].Count / (rounds * seconds);
            latencies[i].Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[i],-22} {rate,8:N0} calls/s  {rate / rawRate,5:0.000}x raw  p50 {latencies[i][latencies[i].Count / 2],7:0.0} us  CPU/call: client {clientCpu[i] / latencies[i].Count,5:0.0} us, server {serverCpu[i] / latencies[i].Count,5:0.0} us"));
        }

        return true;
    }

    private static TimeSpan OwnProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Runs <paramref name="callers"/> loops of <paramref name="call"/> for a while; returns each call's latency in µs.</summary>
    private static async Task<List<double>> RunAsync(Func<Task> call, int callers, double seconds)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var perCaller = new List<double>[callers];
        var tasks = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var mine = perCaller[c] = [];
            tasks[c] = Task.Run(async () =>
            {
                for (var started = Stopwatch.GetTimestamp(); started < deadline; started = Stopwatch.GetTimestamp())
                {
                    await call().ConfigureAwait(false);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                }
            });
        }

        await Task.WhenAll(tasks);
        return perCaller.SelectMany(l => l).ToList();
    }

    private static Func<Task> Create(string name, StandInProcess server)
    {
        var hw = HwPayloads.UpdateMe();
        var sdkRequest = SdkPayloads.UpdateMe();
        if (name is "sdk" or "sdk-noretry")
        {
            var sdk = new PopsellClient(new PopsellClientOptions
            {
                BaseAddress = server.BaseAddress,
                Domain = server.Domain,
                AccessToken = server.AccessToken,
                MaxRetries = name == "sdk" ? 3 : 0,
            });
            return () => sdk.UpdateMeAsync(PopsellEnvironment.Manager, sdkRequest);
        }

        var primary = LoopbackThroughput.SocketsHandlerWithTheSdksSettings();
        if (name == "raw-contentlength")
        {
            var http = new HttpClient(primary) { BaseAddress = server.BaseAddress };
            return () => ContentLengthAsync(http, hw, server.Domain, server.AccessToken);
        }

        if (name == "raw-headersread")
        {
            var http = new HttpClient(primary) { BaseAddress = server.BaseAddress };
            return () => HeadersReadAsync(http, hw, server.Domain, server.AccessToken);
        }

        HttpMessageHandler handler = name switch
        {
            "raw" or "raw-notimeout" => primary,
            "raw-layer" => new AsyncLayer { InnerHandler = primary },
            "raw-polly" => new ResilienceHandler(HandWrittenResilience.Pipeline()) { InnerHandler = primary },
            "raw-polly-empty" => new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>().Build()) { InnerHandler = primary },
            "raw-polly-retry" => new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(HandWrittenResilience.Retry()).Build()) { InnerHandler = primary },
            "raw-polly-timeout" => new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(HandWrittenResilience.Timeout()).Build()) { InnerHandler = primary },
            "raw-ownhandler" => new PipelineLayer(HandWrittenResilience.Pipeline()) { InnerHandler = primary },
            "raw-ownhandler-empty" => new PipelineLayer(new ResiliencePipelineBuilder<HttpResponseMessage>().Build()) { InnerHandler = primary },
            _ => throw new ArgumentException($"--loopback-decompose does not know the client '{name}'.", nameof(name)),
        };
        var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        if (name is not ("raw" or "raw-layer"))
        {
            // The pipeline's timeout replaces HttpClient's, as in the SDK.
            client.Timeout = Timeout.InfiniteTimeSpan;
        }

        var handWritten = new HandWrittenClient(client, server.Domain, server.AccessToken);
        return () => handWritten.UpdateMeAsync(hw);
    }

    /// <summary><c>PATCH manager/me</c> with <paramref name="content"/> and the headers <see cref="HandWrittenClient"/> sends.</summary>
    private static HttpRequestMessage UpdateMeMessage(HttpContent content, string domain, string accessToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Patch, "manager/me") { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(AcceptJson);
        message.Headers.TryAddWithoutValidation("X-Popsell-Domain", domain);
        return message;
    }

    /// <summary>The hand-written call, but with its body serialized first and sent with a <c>Content-Length</c>, as the SDK sends it.</summary>
    private static async Task<HwAmbassador> ContentLengthAsync(HttpClient http, HwUpdateMe request, string domain, string accessToken)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, HandWrittenJsonContext.Default.HwUpdateMe))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
        };
        using var message = UpdateMeMessage(content, domain, accessToken);
        using var response = await http.SendAsync(message).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.HwAmbassador).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null ambassador");
    }

    /// <summary>The hand-written call, but with the response read after its headers into a pooled buffer and parsed from it.</summary>
    private static async Task<HwAmbassador> HeadersReadAsync(HttpClient http, HwUpdateMe request, string domain, string accessToken)
    {
        using var message = UpdateMeMessage(JsonContent.Create(request, HandWrittenJsonContext.Default.HwUpdateMe), domain, accessToken);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var buffer = ArrayPool<byte>.Shared.Rent((int)(response.Content.Headers.ContentLength ?? 16384));
        try
        {
            var length = 0;
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length)).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
            }

            return JsonSerializer.Deserialize(buffer.AsSpan(0, length), HandWrittenJsonContext.Default.HwAmbassador)
                ?? throw new InvalidOperationException("null ambassador");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs a pipeline around the rest of the chain, as <see cref="ResilienceHandler"/> does, with nothing else.</summary>
    private sealed class PipelineLayer(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            try
            {
                var outcome = await pipeline.ExecuteOutcomeAsync(
                    static async (context, state) =>
                    {
                        try
                        {
                            return Outcome.FromResult(await state.Self.SendCoreAsync(state.Request, context.CancellationToken).ConfigureAwait(false));
                        }
                        catch (Exception ex)
                        {
                            return Outcome.FromException<HttpResponseMessage>(ex);
                        }
                    },
                    context,
                    (Self: this, Request: request)).ConfigureAwait(false);
                outcome.ThrowIfException();
                return outcome.Result!;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
    }

    /// <summary>One asynchronous layer that does nothing but await the rest of the chain.</summary>
    private sealed class AsyncLayer : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
    }
}
