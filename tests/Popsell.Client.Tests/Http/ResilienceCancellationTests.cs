using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>A caller that cancels: during the backoff, while waiting for headers, or before anything is sent.</summary>
public class ResilienceCancellationTests : ResilienceTestBase
{
    [Fact]
    public async Task UpdateMeAsync_WhenCanceledDuringTheBackoff_ThrowsOperationCanceledAtOnce()
    {
        var time = new RecordingTimeProvider();
        var client = UpdateClient(o => { o.RetryBaseDelay = TimeSpan.FromSeconds(10); o.AttemptTimeout = TimeSpan.FromSeconds(30); o.Timeout = TimeSpan.FromSeconds(60); }, time);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
        using var cancel = new CancellationTokenSource();

        var call = Update(client, cancel.Token);
        await time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(8) && d <= TimeSpan.FromSeconds(12));
        cancel.Cancel();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenCanceledWhileWaitingForHeaders_ThrowsOperationCanceled()
    {
        var client = CreateClient();
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.HeadersNeverCome());
        using var cancel = new CancellationTokenSource();

        var call = client.RegisterAsync(NewAmbassador(), cancel.Token);
        await Server.WaitForRequestCountAsync(1, PopsellRoute.Register);
        cancel.Cancel();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task RegisterAsync_WhenTheTokenIsAlreadyCanceled_SendsNothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador(), cancel.Token)).Should().ThrowAsync<OperationCanceledException>();

        Server.Requests.Should().BeEmpty();
    }
}
