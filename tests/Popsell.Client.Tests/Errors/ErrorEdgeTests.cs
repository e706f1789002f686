using System.Net;
using System.Text;
using Popsell.Client.Http;
using Popsell.Client.Operations;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Errors;

/// <summary>Edges of the error texts and rules that the fault matrix does not reach: exact boundaries, order, attempts.</summary>
public class ErrorEdgeTests : StandInTest
{
    private static async Task<HttpResponseMessage> Buffered(int status, string body, Uri? location = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        response.Headers.Location = location;
        await BufferedContent.BufferAsync(response, 1024 * 1024, CancellationToken.None);
        return response;
    }

    private static PopsellCall Call(PopsellOperation? operation = null) =>
        new(
            operation ?? PopsellOperations.UpdateMe,
            operation is null || operation == PopsellOperations.UpdateMe ? "manager" : null,
            new PopsellClientOptions(),
            "token",
            TimeProvider.System.GetTimestamp(),
            new Uri("https://brand.example/api/v2/"));

    [Theory]
    [InlineData(299, false)]
    [InlineData(300, true)]
    [InlineData(399, true)]
    [InlineData(400, false)]
    [InlineData(500, false)]
    public async Task FromResponse_NamesTheRedirectTarget_OnlyFor3xx(int status, bool named)
    {
        using var response = await Buffered(status, """{"message":"x"}""", new Uri("https://elsewhere.example/a"));

        var error = PopsellErrors.FromResponse(Call(), "PATCH", "/me", response, TimeProvider.System);

        error.Message.Contains("redirected to https://elsewhere.example/a", StringComparison.Ordinal).Should().Be(named);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(409, false)]
    [InlineData(501, false)]
    public async Task FromResponse_MentionsRetryAfter_OnlyForAStatusThatIsRetried(int status, bool mentioned)
    {
        using var response = await Buffered(status, """{"message":"Busy."}""");
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));

        var error = PopsellErrors.FromResponse(Call(), "PATCH", "/me", response, TimeProvider.System);

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(5), "the caller can read the header whatever the status");
        error.Message.Should().EndWith(mentioned ? "Busy. The server asked to retry after 5 s." : "Busy.");
    }

    [Theory]
    [InlineData("No route to host", "PATCH /me got no answer: No route to host.")]
    [InlineData("Connection refused.", "PATCH /me got no answer: Connection refused.")]
    public void Transport_EndsTheMessageWithExactlyOnePeriod(string inner, string expected)
    {
        var error = PopsellErrors.Transport(Call(), "PATCH", "/me", new HttpRequestException(HttpRequestError.ConnectionError, inner));

        error.Message.Should().Be(expected);
        error.StatusCode.Should().Be((HttpStatusCode)0);
    }

    [Fact]
    public async Task BodyText_OfAHugeBody_KeepsTheFirst64KiBOfText()
    {
        using var response = await Buffered(500, new string('€', 100_000));

        var text = PopsellErrors.BodyText(response.Content);

        text.Should().HaveLength(PopsellErrors.MaxBodyChars).And.Be(new string('€', PopsellErrors.MaxBodyChars));
    }

    [Theory]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public async Task ThePreview_IsCutAfter120Characters(int length, bool cut)
    {
        using var response = await Buffered(500, new string('x', length));

        var error = PopsellErrors.FromResponse(Call(), "PATCH", "/me", response, TimeProvider.System);

        error.Message.Should().EndWith(cut ? new string('x', 120) + "…\"." : new string('x', 120) + "\".");
    }

    [Theory]
    [InlineData(1, "1 s")]
    [InlineData(61, "61 s")]
    public async Task RetryAfter_IsWrittenInSeconds_FromOneSecondUp(int seconds, string text)
    {
        using var response = await Buffered(429, """{"message":"Slow."}""");
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        var error = PopsellErrors.FromResponse(Call(), "PATCH", "/me", response, TimeProvider.System);

        error.Message.Should().EndWith($"Slow. The server asked to retry after {text}.");
    }

    [Fact]
    public async Task ABad2xxBody_NamesTheStatus_OnBothRoutes()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.MaxRetries = 0);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(201, "text/html", "<p>"));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Body(200, "text/html", "<p>"));

        var register = (await client.Invoking(c => c.RegisterAsync(NewAmbassador("grace@example.com"))).Should().ThrowAsync<PopsellApiException>()).Which;
        var update = (await client.WithAccessToken(seeded.AccessToken).Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        register.Message.Should().StartWith("POST /api/v2/auth/register answered 201 (Created), but the body is not an ambassador: it is not a JSON object of an ambassador (")
            .And.EndWith("The body was text/html, 3 bytes: \"<p>\". The ambassador was probably created: check before registering again.");
        update.Message.Should().StartWith("PATCH /api/v2/manager/me answered 200 (OK), but the body is not an ambassador: it is not a JSON object")
            .And.EndWith("The body was text/html, 3 bytes: \"<p>\".");
    }

    [Fact]
    public async Task AfterARetry_ABad2xxBodyAndA422_CountTheAttempts()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient().WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Body(200, "text/html", "<p>"));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(422, """{"message":"Bad.","errors":{"lang":["Bad."]}}"""));

        var bad = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" })).Should().ThrowAsync<PopsellApiException>()).Which;
        var invalid = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" })).Should().ThrowAsync<ValidationProblemException>()).Which;

        bad.Message.Should().EndWith("\"<p>\". (2 attempts)");
        invalid.Message.Should().EndWith("lang: Bad. (2 attempts)");
    }

    [Fact]
    public async Task Transport_MessagesEndInOnePeriod_CountAttempts_AndOnlyRegisterWarnsAboutDuplicates()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.MaxRetries = 1);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetConnection());
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetConnection());
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetMidBody(201));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetMidBody(200));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetMidBody(200));

        var update = (await client.WithAccessToken(seeded.AccessToken).Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" })).Should().ThrowAsync<PopsellApiException>()).Which;
        var register = (await client.Invoking(c => c.RegisterAsync(NewAmbassador("grace@example.com"))).Should().ThrowAsync<PopsellApiException>()).Which;
        var cut = (await client.WithAccessToken(seeded.AccessToken).Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" })).Should().ThrowAsync<PopsellApiException>()).Which;

        update.Message.Should().StartWith("PATCH /api/v2/widget/me got no answer: ".Replace("widget", "manager", StringComparison.Ordinal)).And.EndWith(". (2 attempts)").And.NotContain("..");
        update.Message.Should().NotContain("ambassador");
        register.Message.Should().StartWith("POST /api/v2/auth/register answered 201 (Created), but its body could not be read: The response body could not be read: ")
            .And.EndWith(". The ambassador may have been created: check before registering again.");
        cut.Message.Should().StartWith("PATCH /api/v2/manager/me answered 200 (OK), but its body could not be read: ").And.EndWith(". (2 attempts)").And.NotContain("ambassador");
    }

    [Fact]
    public async Task TooLarge_SaysSo_InsteadOfCouldNotBeRead()
    {
        var client = CreateClient(o => o.MaxResponseBodySize = 1024);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.LargeBody(201, 4096));

        var error = (await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().StartWith("POST /api/v2/auth/register answered 201 (Created), but its body was too large: The response body of 4,096 bytes is larger than PopsellClientOptions.MaxResponseBodySize (1,024 bytes).");
    }

    [Fact]
    public async Task RetryAfter_AgainstWhatIsLeftOfTheTimeout_CountsTheTimeAlreadySpent()
    {
        // 10 s spent waiting for the first Retry-After, so 20 s are left: a second Retry-After of 25 s is not waited for.
        var time = new RecordingTimeProvider();
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => { o.Timeout = TimeSpan.FromSeconds(30); o.AttemptTimeout = TimeSpan.FromSeconds(5); }, time).WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(10)));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(25)));

        var call = client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(10));

        var error = (await call.Invoking(c => c.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<PopsellApiException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(25));
        error.Message.Should().EndWith("retry after 25 s, longer than what was left of PopsellClientOptions.Timeout, so the SDK did not wait. (2 attempts)");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Fact]
    public async Task TheWholeTimeout_EndsTheCall_EvenWhenAnAttemptIsStillWithinItsOwnTimeout()
    {
        var time = new RecordingTimeProvider();
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => { o.Timeout = TimeSpan.FromSeconds(20); o.AttemptTimeout = TimeSpan.FromSeconds(15); o.RetryBaseDelay = TimeSpan.Zero; }, time)
            .WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.HeadersNeverCome());
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.HeadersNeverCome());

        var call = client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });
        await Server.WaitForRequestCountAsync(1, PopsellRoute.UpdateMe);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromSeconds(15));
        await Server.WaitForRequestCountAsync(2, PopsellRoute.UpdateMe);

        // The second attempt may take only what is left of the whole timeout: 20 s - 15 s.
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        var error = (await call.Invoking(c => c.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<TimeoutException>()).Which;
        error.Message.Should().StartWith("PATCH /api/v2/manager/me timed out after 20 s (PopsellClientOptions.Timeout is 20 s, AttemptTimeout is 15 s).");
    }
}
