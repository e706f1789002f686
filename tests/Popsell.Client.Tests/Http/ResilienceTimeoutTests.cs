using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>AttemptTimeout and Timeout: an attempt that times out, and a call that runs out of time.</summary>
public class ResilienceTimeoutTests : ResilienceTestBase
{
    [Fact]
    public async Task UpdateMeAsync_WhenAnAttemptTimesOut_RetriesAndSucceeds()
    {
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => { o.AttemptTimeout = TimeSpan.FromSeconds(5); o.Timeout = TimeSpan.FromSeconds(60); o.RetryBaseDelay = TimeSpan.Zero; }, time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.HeadersNeverCome());

        var call = Update(client);
        await Server.WaitForRequestCountAsync(1, PopsellRoute.UpdateMe);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        (await call).Lang.Should().Be("fr");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Fact]
    public async Task RegisterAsync_WhenAnAttemptTimesOut_ThrowsTimeoutExceptionWithoutRetrying()
    {
        var time = new RecordingTimeProvider();
        var client = CreateClient(o => { o.AttemptTimeout = TimeSpan.FromSeconds(5); o.Timeout = TimeSpan.FromSeconds(60); }, time);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.HeadersNeverCome());

        var call = client.RegisterAsync(NewAmbassador());
        await Server.WaitForRequestCountAsync(1, PopsellRoute.Register);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        var error = (await call.Invoking(c => c).Should().ThrowAsync<TimeoutException>()).Which;
        error.Message.Should().Contain("POST /api/v2/auth/register timed out").And.Contain("may have been created");
        await Task.Delay(100);
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheWholeTimeoutRunsOut_ThrowsTimeoutException()
    {
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => { o.AttemptTimeout = TimeSpan.FromSeconds(20); o.Timeout = TimeSpan.FromSeconds(20); }, time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.StallBody());

        var call = Update(client);
        await Server.WaitForRequestCountAsync(1, PopsellRoute.UpdateMe);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(20));
        time.Advance(TimeSpan.FromSeconds(20));

        (await call.Invoking(c => c).Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("Timeout is 20 s");
    }

    [Fact]
    public async Task UpdateMeAsync_WithOnlyAShortTimeout_CapsTheAttemptAtTheTimeout()
    {
        // Timeout = 5 s and the default 30 s AttemptTimeout: a working client whose attempts end with the call.
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => o.Timeout = TimeSpan.FromSeconds(5), time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.StallBody());

        var call = Update(client);
        await Server.WaitForRequestCountAsync(1, PopsellRoute.UpdateMe);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        (await call.Invoking(c => c).Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("Timeout is 5 s");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1, "no time is left for a retry");
    }
}
