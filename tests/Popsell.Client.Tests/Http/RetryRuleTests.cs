using System.Net;
using Polly;
using Polly.Timeout;
using Popsell.Client.Http;
using Popsell.Client.Operations;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// The retry rules as a table, including the transport errors the stand-in cannot cause (DNS, TLS, proxy), and the
/// edges of the backoff and of the "would the wait outlive the call" rule.
/// </summary>
public class RetryRuleTests : StandInTest
{
    public static TheoryData<string, bool, bool> Exceptions() => new()
    {
        // name, retried for PATCH, retried for POST register
        { "NameResolutionError", true, true },
        { "ConnectionError", true, true },
        { "SecureConnectionError", true, true },
        { "ProxyTunnelError", true, true },
        { "ResponseEnded", true, false },
        { "InvalidResponse", true, false },
        { "Unknown", true, false },
        { "body cut", true, false },
        { "body too large", false, false },
        { "attempt timeout", true, false },
        { "InvalidOperationException", false, false },
    };

    private static Exception Make(string name) => name switch
    {
        "body cut" => new ResponseBodyException(HttpStatusCode.OK, new IOException("reset")),
        "body too large" => ResponseBodyException.TooLarge(HttpStatusCode.OK, 10, 5),
        "attempt timeout" => new TimeoutRejectedException(),
        "InvalidOperationException" => new InvalidOperationException(),
        _ => new HttpRequestException(Enum.Parse<HttpRequestError>(name), "failed"),
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void IsTransient_ForAnError_FollowsTheRoutesIdempotence(string error, bool patch, bool register)
    {
        PopsellResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(Make(error)), idempotent: true).Should().Be(patch);
        PopsellResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(Make(error)), idempotent: false).Should().Be(register);
    }

    [Theory]
    [InlineData(200, false, false)]
    [InlineData(201, false, false)]
    [InlineData(307, false, false)]
    [InlineData(400, false, false)]
    [InlineData(401, false, false)]
    [InlineData(404, false, false)]
    [InlineData(408, true, false)]
    [InlineData(409, false, false)]
    [InlineData(422, false, false)]
    [InlineData(429, true, true)]
    [InlineData(500, true, false)]
    [InlineData(501, false, false)]
    [InlineData(502, true, false)]
    [InlineData(503, true, true)]
    [InlineData(504, true, false)]
    [InlineData(505, false, false)]
    public void IsTransient_ForAStatus_FollowsTheRoutesIdempotence(int status, bool patch, bool register)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        PopsellResilience.IsTransient(Outcome.FromResult(response), idempotent: true).Should().Be(patch);
        PopsellResilience.IsTransient(Outcome.FromResult(response), idempotent: false).Should().Be(register);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(302, true)]
    [InlineData(399, true)]
    [InlineData(400, false)]
    [InlineData(408, true)]
    [InlineData(422, false)]
    [InlineData(429, false)]
    [InlineData(499, false)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, false)]
    [InlineData(504, true)]
    [InlineData(599, true)]
    public void MayHaveBeenProcessed_IsFalseOnlyWhenTheServerSurelyRefused(int status, bool expected) =>
        PopsellErrors.MayHaveBeenProcessed((HttpStatusCode)status).Should().Be(expected);

    [Theory]
    [InlineData(0, 800, 1200)]
    [InlineData(1, 1600, 2400)]
    [InlineData(3, 6400, 9600)]
    public void Backoff_DoublesEachRetry_WithTwentyPercentJitter(int attempt, int minMs, int maxMs)
    {
        var delays = Enumerable.Range(0, 400).Select(_ => PopsellResilience.Backoff(TimeSpan.FromSeconds(1), attempt).TotalMilliseconds).ToList();

        delays.Should().OnlyContain(d => d >= minMs && d <= maxMs);
        var middle = (minMs + maxMs) / 2.0;
        delays.Min().Should().BeLessThan(middle * 0.9, "the jitter spreads retries downwards");
        delays.Max().Should().BeGreaterThan(middle * 1.1, "and upwards");
    }

    [Theory]
    [InlineData(7)] // 2^7 s × 0.8 (the lowest jitter) is still over a minute; 2^6 s × 0.8 is not
    [InlineData(31)]
    [InlineData(int.MaxValue)]
    public void Backoff_IsCappedAtOneMinute(int attempt) =>
        PopsellResilience.Backoff(TimeSpan.FromSeconds(1), attempt).Should().Be(TimeSpan.FromMinutes(1));

    [Fact]
    public void Backoff_FromZero_IsZero() =>
        PopsellResilience.Backoff(TimeSpan.Zero, 2).Should().Be(TimeSpan.Zero);

    [Theory]
    [InlineData(0, 10_000)] // the first attempt: the attempt timeout, shorter than the whole
    [InlineData(20_000, 10_000)] // exactly the attempt timeout left
    [InlineData(24_500, 5_500)] // less left than an attempt may take: what is left
    [InlineData(29_999, 1)]
    [InlineData(30_000, 1)] // nothing left: the shortest timeout, never zero (Polly reads zero as "no timeout")
    [InlineData(45_000, 1)]
    public void AttemptTimeout_IsTheAttemptTimeout_CutToWhatIsLeftOfTheWholeTimeout(int elapsedMs, int expectedMs)
    {
        var time = new RecordingTimeProvider();
        var options = new PopsellClientOptions { Timeout = TimeSpan.FromSeconds(30), AttemptTimeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Patch, "https://api.example/manager/me");
        var call = new PopsellCall(PopsellOperations.UpdateMe, "manager", options, "t", time.GetTimestamp(), null);
        request.Options.Set(new HttpRequestOptionsKey<PopsellCall>(PopsellCall.OptionsKey), call);
        var context = ResilienceContextPool.Shared.Get();
        context.SetRequestMessage(request);
        time.Advance(TimeSpan.FromMilliseconds(elapsedMs));

        PopsellResilience.AttemptTimeout(context, options, time).Should().Be(TimeSpan.FromMilliseconds(expectedMs));
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void AttemptTimeout_ForARequestTheSdkDidNotMake_IsTheAttemptTimeout()
    {
        var options = new PopsellClientOptions { Timeout = TimeSpan.FromSeconds(30), AttemptTimeout = TimeSpan.FromSeconds(10) };
        var context = ResilienceContextPool.Shared.Get();

        PopsellResilience.AttemptTimeout(context, options, TimeProvider.System).Should().Be(TimeSpan.FromSeconds(10));
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenRetryAfterEqualsWhatIsLeftOfTimeout_DoesNotWait()
    {
        var time = new RecordingTimeProvider();
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => { o.Timeout = TimeSpan.FromSeconds(30); o.AttemptTimeout = TimeSpan.FromSeconds(10); }, time)
            .WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(30)));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }).WaitAsync(TimeSpan.FromSeconds(10)))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        error.Message.Should().EndWith("The server asked to retry after 30 s, longer than what was left of PopsellClientOptions.Timeout, so the SDK did not wait.");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenRetryAfterIsJustShorterThanWhatIsLeft_WaitsForIt()
    {
        var time = new RecordingTimeProvider();
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => { o.Timeout = TimeSpan.FromSeconds(30); o.AttemptTimeout = TimeSpan.FromSeconds(10); }, time)
            .WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(29)));

        var call = client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(29));
        time.Advance(TimeSpan.FromSeconds(29));

        (await call.WaitAsync(TimeSpan.FromSeconds(10))).Lang.Should().Be("fr");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheBackoffWouldOutliveTheTimeout_FailsAtOnceWithTheServersAnswer()
    {
        var time = new RecordingTimeProvider();
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => { o.Timeout = TimeSpan.FromSeconds(1); o.AttemptTimeout = TimeSpan.FromSeconds(1); o.RetryBaseDelay = TimeSpan.FromSeconds(5); }, time)
            .WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(502));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }).WaitAsync(TimeSpan.FromSeconds(10)))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        error.Attempts.Should().Be(1);
    }
}
