using System.Net;
using Microsoft.Extensions.Logging;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Errors;

public class ErrorMappingTests : StandInTest
{
    [Fact]
    public async Task RegisterAsync_WhenServerReturns422_ThrowsValidationProblemExceptionWithTheFieldErrors()
    {
        Server.SeedAmbassador("ada@example.com");
        var client = CreateClient();

        var act = () => client.RegisterAsync(NewAmbassador("ada@example.com") with { Password = "short-pw" }, default);

        var error = (await act.Should().ThrowAsync<ValidationProblemException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.UnprocessableContent);
        error.Errors.Should().ContainKey("email").WhoseValue.Should().Contain("The email has already been taken.");
        error.Problem.Message.Should().StartWith("The email has already been taken.");
        error.Message.Should().Contain("POST /api/v2/auth/register").And.Contain("422").And.Contain("email: The email has already been taken.");
        error.ResponseBody.Should().Contain("\"errors\"");
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        Server.CountRequests(PopsellRoute.Register).Should().Be(1, "a 422 is never retried");
    }

    [Fact]
    public async Task RegisterAsync_WhenServerReturns422WithSeveralErrors_KeepsEveryField()
    {
        var client = CreateClient();
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(422, """
            {"message":"The firstname field is required. (and 2 more errors)","errors":{"firstname":["The firstname field is required."],"email":["The email field must be a valid email address.","The email has already been taken."]}}
            """));

        var error = (await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<ValidationProblemException>()).Which;

        error.Errors.Keys.Should().BeEquivalentTo("firstname", "email");
        error.Errors["email"].Should().HaveCount(2);
        error.Problem.Message.Should().Be("The firstname field is required. (and 2 more errors)");
    }

    [Theory]
    [InlineData("text/html", "<html><body>Unprocessable</body></html>")]
    [InlineData("application/json", """{"error":"bad input"}""")]
    [InlineData("application/json", """{"message":"Invalid.","errors":["a","b"]}""")]
    [InlineData("application/json", "")]
    public async Task UpdateMeAsync_When422IsNotInLaravelsShape_StillThrowsAUsefulValidationProblemException(string contentType, string body)
    {
        var client = CreateClient(o => o.AccessToken = "token");
        Server.EnqueueFault(PopsellFault.Body(422, contentType, body));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<ValidationProblemException>()).Which;

        error.Problem.Message.Should().NotBeNullOrWhiteSpace();
        error.Errors.Should().NotBeNull();
        error.Message.Should().Contain("PATCH /api/v2/manager/me").And.Contain("422");
    }

    [Theory]
    [InlineData(401, "Unauthenticated.")]
    [InlineData(403, "You don't have permission to access this route")]
    [InlineData(404, "The ambassador does not exist.")]
    [InlineData(409, "Conflict.")]
    [InlineData(419, "CSRF token mismatch.")]
    public async Task UpdateMeAsync_WhenServerAnswersAnError_MessageNamesMethodPathStatusAndServerMessage(int status, string serverMessage)
    {
        var client = CreateClient(o => o.AccessToken = "token");
        Server.EnqueueFault(PopsellFault.Status(status, $$"""{"message":"{{serverMessage}}"}"""));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.Should().NotBeOfType<ValidationProblemException>();
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ServerMessage.Should().Be(serverMessage);
        error.Method.Should().Be("PATCH");
        error.RequestPath.Should().Be("/api/v2/manager/me");
        error.Message.Should().StartWith($"PATCH /api/v2/manager/me failed with {status} (").And.Contain(serverMessage);
        error.Attempts.Should().Be(1);
        Server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheTokenIsUnknown_ThrowsPopsellApiExceptionWith401()
    {
        var client = CreateClient(o => o.AccessToken = "pst_not-a-real-token");

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ServerMessage.Should().Be("Unauthenticated.");
    }

    [Theory]
    [InlineData("text/html", "<!DOCTYPE html><html><body>Maintenance</body></html>", "not a JSON object")]
    [InlineData("application/json", """{"id_ambassador": 1, "firstname": "Ad""", "not a JSON object")]
    [InlineData("application/json", "", "empty")]
    [InlineData("application/json", "null", "null")]
    [InlineData("application/json", "[1,2,3]", "not a JSON object")]
    public async Task RegisterAsync_WhenA2xxBodyIsNotAnAmbassador_ThrowsPopsellApiException(string contentType, string body, string reason)
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(201, contentType, body));

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Created);
        error.Message.Should().Contain("201").And.Contain("not an ambassador").And.Contain(reason).And.Contain("check before registering again");
        error.ResponseBody.Should().Be(body);
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheResponseIsOverTheSizeLimit_ThrowsAClearErrorInsteadOfBufferingIt()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.LargeBody(201, 64 * 1024));
        var client = CreateClient(o => o.MaxResponseBodySize = 16 * 1024);

        var error = (await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Contain("MaxResponseBodySize");
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheBodyIsJustUnderTheSizeLimit_ReadsIt()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.LargeBody(201, 60 * 1024));
        var client = CreateClient(o => o.MaxResponseBodySize = 64 * 1024);

        var ambassador = await client.RegisterAsync(NewAmbassador());

        ambassador.Description.Length.Should().BeGreaterThan(50 * 1024);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenRedirectedToAnotherHost_DoesNotFollow_SoTheTokenNeverLeaves()
    {
        await using var otherHost = await PopsellTestServer.StartAsync();
        var seeded = Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellFault.Redirect(307, new Uri(otherHost.BaseAddress, "manager/me")));
        var client = CreateClient(o => { o.AccessToken = seeded.AccessToken; o.MaxRetries = 0; });

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        error.Message.Should().Contain("redirected to " + otherHost.BaseAddress.GetLeftPart(UriPartial.Authority));
        otherHost.Requests.Should().BeEmpty("the bearer token must not follow a redirect");
    }

    [Fact]
    public async Task Failures_NeverPutThePasswordOrTokenInMessagesOrLogs()
    {
        const string password = "S3cret-Passw0rd!";
        const string token = "pst_super-secret-token-value";
        using var loggerFactory = CapturingLoggerProvider.CreateFactory(out var logs);
        var client = CreateClient(o => o.AccessToken = token, loggerFactory: loggerFactory);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(500));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(403));
        var texts = new List<string>();

        var register = NewAmbassador() with { Password = password };
        texts.Add(register.ToString());
        texts.Add((await client.Invoking(c => c.RegisterAsync(register)).Should().ThrowAsync<PopsellApiException>()).Which.ToString());
        var update = new UpdateMeRequest { Password = password };
        texts.Add(update.ToString());
        texts.Add((await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, update)).Should().ThrowAsync<PopsellApiException>()).Which.ToString());
        texts.AddRange(logs.Messages);

        logs.Messages.Should().Contain(m => m.StartsWith("Warning") && m.Contains("POST /api/v2/auth/register failed ("), "failures are logged");
        logs.Messages.Should().Contain(m => m.StartsWith("Warning") && m.Contains("PATCH /api/v2/manager/me failed ("));
        texts.Should().NotContain(t => t.Contains(password) || t.Contains(token) || t.Contains("super-secret"));
    }

    [Fact]
    public async Task Logging_RecordsMethodPathStatusAttemptAndElapsed_ForEachAttempt()
    {
        using var loggerFactory = CapturingLoggerProvider.CreateFactory(out var logs);
        var client = CreateClient(loggerFactory: loggerFactory);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));

        await client.RegisterAsync(NewAmbassador());

        logs.Messages.Should().Contain(m => m.StartsWith("Debug") && m.Contains("POST /api/v2/auth/register attempt 1 answered 503 in"));
        logs.Messages.Should().Contain(m => m.StartsWith("Debug") && m.Contains("POST /api/v2/auth/register attempt 2 answered 201 in"));
        logs.Messages.Should().Contain(m => m.StartsWith("Information") && m.Contains("answered 201 after 2 attempt(s)"));
    }
}
