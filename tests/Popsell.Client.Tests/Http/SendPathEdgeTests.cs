using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Popsell.Client.Http;
using Popsell.Client.Operations;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// Edges of the one send path that the broader suites reach without looking at them: the log line of each kind of
/// failure, the <c>error.type</c> of a cut 2xx body, JSON <c>null</c>, a disposed client, the retry rule for a request
/// the SDK did not make, and the routes' lookup by value.
/// </summary>
public class SendPathEdgeTests : StandInTest
{
    [Fact]
    public async Task AFailedCall_LogsAWarningThatSaysTimedOut_ForATimeout()
    {
        using var loggerFactory = CapturingLoggerProvider.CreateFactory(out var logs);
        var time = new RecordingTimeProvider();
        var ada = Server.SeedAmbassador("ada.log@example.com");
        var client = CreateClient(o => { o.Timeout = TimeSpan.FromSeconds(5); o.AccessToken = ada.AccessToken; }, time, loggerFactory);
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.StallBody());

        var call = client.GetMeAsync(PopsellEnvironment.Manager);
        await Server.WaitForRequestCountAsync(1, PopsellRoute.GetMe);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<TimeoutException>(() => call);

        logs.Messages.Should().Contain(m => m.StartsWith("Warning") && m.Contains("GET /api/v2/manager/me failed (timed out)"));
    }

    [Fact]
    public async Task AFailedCall_LogsAWarningThatSaysNoAnswer_WhenNothingAnswered()
    {
        using var loggerFactory = CapturingLoggerProvider.CreateFactory(out var logs);
        var ada = Server.SeedAmbassador("ada.refused@example.com");
        var client = CreateClient(o => { o.AccessToken = ada.AccessToken; o.MaxRetries = 0; }, loggerFactory: loggerFactory);
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.ResetConnection());

        await Assert.ThrowsAsync<PopsellApiException>(() => client.GetMeAsync(PopsellEnvironment.Widget));

        logs.Messages.Should().Contain(m => m.StartsWith("Warning") && m.Contains("GET /api/v2/widget/me failed (no answer)"));
    }

    [Theory]
    [InlineData("register")]
    [InlineData("get-me")]
    public async Task ACut2xxBody_IsTracedAsResponseEnded_NotAsItsStatus(string route)
    {
        // 200 and 201 are successes: the error.type of a body cut short under them is the transport's, not the status.
        using var capture = new TelemetryCapture(Server.BaseAddress.Port);
        var ada = Server.SeedAmbassador("ada.cut@example.com");
        var client = CreateClient(o => { o.AccessToken = ada.AccessToken; o.MaxRetries = 0; });
        var register = route == "register";
        Server.EnqueueFault(register ? PopsellRoute.Register : PopsellRoute.GetMe, PopsellFault.ResetMidBody(register ? 201 : 200));

        await Assert.ThrowsAsync<PopsellApiException>(() => register ? client.RegisterAsync(NewAmbassador()) : client.GetMeAsync(PopsellEnvironment.Manager));

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.GetTagItem("error.type").Should().Be("response_ended");
        span.Status.Should().Be(ActivityStatusCode.Error);
    }

    [Fact]
    public async Task A200WhoseBodyIsJsonNull_SaysSo_AndThatTheServerActed()
    {
        var ada = Server.SeedAmbassador("ada.null@example.com");
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Body(200, "application/json", "null"));

        var error = await Assert.ThrowsAsync<PopsellApiException>(() => CreateClient(o => o.AccessToken = ada.AccessToken).GetMeAsync(PopsellEnvironment.Manager));

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Message.Should().Contain("but the body is not an ambassador: it is JSON null.");
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
    }

    [Fact]
    public async Task GetMeAsync_OnADisposedClient_ThrowsObjectDisposed_BeforeAnythingIsSent()
    {
        var client = CreateClient(o => o.AccessToken = "pst_token");
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetMeAsync(PopsellEnvironment.Manager));
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public void AddPopsellClient_WithNoServiceCollection_ThrowsArgumentNull()
    {
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddPopsellClient(_ => { })).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddPopsellClient(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()))
            .Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Theory]
    [InlineData("POST", false)]
    [InlineData("PATCH", true)]
    [InlineData("GET", true)]
    public void ShouldRetry_ARequestTheSdkDidNotMake_FallsBackOnItsMethod(string method, bool retried)
    {
        // No PopsellCall on the request, so no retry class to read: a POST is not repeated after a 500.
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://api.example/anything");
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError) { RequestMessage = request };
        var context = ResilienceContextPool.Shared.Get();

        PopsellResilience.ShouldRetry(Outcome.FromResult(response), context, 0, new PopsellClientOptions(), TimeProvider.System).Should().Be(retried);
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void RetryAfter_ANegativeDelay_IsNoWaitAtAll()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(-5));

        TransientFailures.RetryAfter(response, TimeProvider.System).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Path_FindsTheEnvironmentByValue_NotOnlyByTheSameStringInstance()
    {
        PopsellRoutes? cache = null;
        var routes = PopsellRoutes.For(new Uri("https://api.popsell.example/api/v2/"), ref cache);

        routes.Path(PopsellOperations.GetMe, new string("widget".AsSpan())).Should().Be("/api/v2/widget/me");
    }
}
