using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>How long the client waits before a retry: exponential backoff with jitter, or what Retry-After says.</summary>
public class ResilienceBackoffTests : ResilienceTestBase
{
    [Fact]
    public async Task UpdateMeAsync_WhenServerReturns503_WaitsAnExponentialBackoffWithJitterBeforeEachRetry()
    {
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => { o.RetryBaseDelay = TimeSpan.FromSeconds(1); o.Timeout = TimeSpan.FromSeconds(100); }, time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        var call = Update(client);

        var first = await time.WaitForTimerAsync(d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(5));
        first.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.8)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(1.2));
        await Task.Delay(100);
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1, "the retry waits for the backoff");
        time.Advance(first);

        var second = await time.WaitForTimerAsync(d => d > TimeSpan.FromSeconds(1.3) && d < TimeSpan.FromSeconds(5));
        second.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.6)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(2.4));
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
        time.Advance(second);

        (await call).Lang.Should().Be("fr");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(3);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenServerSendsRetryAfterSeconds_WaitsExactlyThat()
    {
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1), time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(429, retryAfter: TimeSpan.FromSeconds(7)));

        var call = Update(client);

        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(6.9));
        await Task.Delay(100);
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
        time.Advance(TimeSpan.FromSeconds(0.1));
        (await call).Lang.Should().Be("fr");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Fact]
    public async Task RegisterAsync_WhenServerSendsRetryAfterAsAnHttpDate_WaitsUntilThatDate()
    {
        var time = new RecordingTimeProvider();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var client = CreateClient(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1), time);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.StatusWithRetryAfterDate(503, time.GetUtcNow().AddSeconds(12)));

        var call = client.RegisterAsync(NewAmbassador());

        var wait = await time.WaitForTimerAsync(d => d > TimeSpan.FromSeconds(10.5) && d < TimeSpan.FromSeconds(19));
        wait.Should().Be(TimeSpan.FromSeconds(12));
        time.Advance(wait);
        (await call).Email.Should().Be("ada@example.com");
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenRetryAfterIsLongerThanWhatIsLeftOfTimeout_FailsAtOnceWithRetryAfter()
    {
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => { o.Timeout = TimeSpan.FromSeconds(30); o.AttemptTimeout = TimeSpan.FromSeconds(10); }, time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(429, retryAfter: TimeSpan.FromSeconds(120)));

        var error = (await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        error.Message.Should().Contain("retry after 120 s").And.Contain("did not wait");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }
}
