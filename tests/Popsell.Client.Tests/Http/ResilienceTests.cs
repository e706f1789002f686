using System.Net;
using System.Net.Sockets;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

public class ResilienceTests : StandInTest
{
    private IPopsellClient UpdateClient(Action<PopsellClientOptions>? configure = null, TimeProvider? time = null)
    {
        var seeded = Server.SeedAmbassador($"ada{Guid.NewGuid():N}@example.com");
        return CreateClient(configure, time).WithAccessToken(seeded.AccessToken);
    }

    private static Task<Ambassador> Update(IPopsellClient client, CancellationToken cancellationToken = default) =>
        client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }, cancellationToken);

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task UpdateMeAsync_WhenServerReturnsATransientStatus_RetriesThenSucceeds(int status)
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(status));

        var ambassador = await Update(client);

        ambassador.Lang.Should().Be("fr");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task UpdateMeAsync_WhenServerReturnsAClientError_DoesNotRetry(int status)
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(status));

        await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>();

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenEveryAttemptFails_GivesUpAfterMaxRetriesWithTheLastStatus()
    {
        var client = UpdateClient(o => o.MaxRetries = 2);
        for (var i = 0; i < 5; i++)
        {
            Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(502));
        }

        var error = (await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        error.Attempts.Should().Be(3);
        error.Message.Should().Contain("(3 attempts)");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(3);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheConnectionIsResetBeforeHeaders_RetriesThenSucceeds()
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetConnection());

        (await Update(client)).Lang.Should().Be("fr");

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheBodyIsCutMidway_RetriesThenSucceeds()
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetMidBody());

        (await Update(client)).Lang.Should().Be("fr");

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task RegisterAsync_WhenServerRefusesWith429Or503_RetriesAndCreatesOneAmbassador(int status)
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(status));

        await CreateClient().RegisterAsync(NewAmbassador());

        Server.CountRequests(PopsellRoute.Register).Should().Be(2);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task RegisterAsync_WhenTheServerMayHaveCreatedTheAmbassador_DoesNotRetry(int status)
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(status).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        error.Message.Should().Contain("may have been created");
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.AmbassadorCount.Should().Be(1, "the server created it once; the SDK did not send it again");
    }

    [Fact]
    public async Task RegisterAsync_WhenTheConnectionIsResetAfterTheServerCommitted_DoesNotRetry()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetConnection().AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)0);
        error.InnerException.Should().BeAssignableTo<HttpRequestException>();
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheBodyIsCutAfterA201_DoesNotRetry_AndSaysTheAmbassadorWasCreated()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetMidBody(201).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Created);
        error.Message.Should().Contain("201").And.Contain("could not be read").And.Contain("may have been created");
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheConnectionIsRefused_RetriesBecauseNothingWasSent()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = CreateClient(o => { o.BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v2/"); o.MaxRetries = 2; });

        var error = (await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)0);
        error.Attempts.Should().Be(3, "a connection that was never established cannot have created an ambassador");
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        error.Message.Should().Contain("got no answer");
    }

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

    [Fact]
    public async Task UpdateMeAsync_WithMaxRetriesZero_TriesOnce()
    {
        var client = UpdateClient(o => o.MaxRetries = 0);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>();

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }
}
