using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary><c>POST /auth/login</c>, over real sockets to the stand-in.</summary>
public class LoginTests : StandInTest
{
    [Fact]
    public async Task LoginAsync_WithTheRightPassword_ReturnsTheAmbassadorAndATokenThatWorks()
    {
        var ada = Server.SeedAmbassador("ada.login@example.com", password: "s3cret-login-pass");
        var client = CreateClient();

        var session = await client.LoginAsync("ada.login@example.com", "s3cret-login-pass");

        session.User.IdAmbassador.Should().Be(ada.IdAmbassador);
        session.User.Email.Should().Be("ada.login@example.com");
        session.AccessToken.Should().StartWith("pst_").And.NotBe(ada.AccessToken, "each login mints a new token");
        (await client.WithAccessToken(session.AccessToken).GetMeAsync(PopsellEnvironment.Manager)).IdAmbassador.Should().Be(ada.IdAmbassador);
        var sent = Server.Requests.First();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be("/api/v2/auth/login");
        sent.Route.Should().Be(PopsellRoute.Login);
        sent.GetHeader("X-Popsell-Domain").Should().Be(Server.Domain);
        sent.GetHeader("Authorization").Should().BeNull("login is public");
        JsonNode.Parse(sent.Body)!.ToJsonString().Should().Be("""{"email":"ada.login@example.com","password":"s3cret-login-pass"}""");
    }

    [Fact]
    public async Task LoginAsync_OnAView_SendsNoBearer()
    {
        Server.SeedAmbassador("ada.view@example.com", password: "s3cret-login-pass");

        await CreateClient().WithAccessToken("pst_someone-else").LoginAsync("ada.view@example.com", "s3cret-login-pass");

        Server.Requests.Single().GetHeader("Authorization").Should().BeNull();
    }

    [Fact]
    public async Task LoginAsync_WithAWrongPassword_IsA401WithTheServersMessage_AndNoPassword()
    {
        Server.SeedAmbassador("ada.wrong@example.com", password: "s3cret-login-pass");

        var error = (await CreateClient().Invoking(c => c.LoginAsync("ada.wrong@example.com", "not-the-pass-123"))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ServerMessage.Should().Be("Invalid email or password");
        error.Message.Should().StartWith("POST /api/v2/auth/login failed with 401 (Unauthorized): Invalid email or password");
        error.ToString().Should().NotContain("not-the-pass-123");
        error.Attempts.Should().Be(1, "a 401 is not retried");
    }

    [Fact]
    public async Task LoginAsync_WhenTheAnswerHasNoToken_IsAPopsellApiExceptionSayingSo_ThatKeepsNoBody()
    {
        Server.SeedAmbassador("ada.notoken@example.com", password: "s3cret-login-pass");
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", """{"user":{"id_ambassador":1},"tok":"pst_leaked"}"""));

        var error = (await CreateClient().Invoking(c => c.LoginAsync("ada.notoken@example.com", "s3cret-login-pass"))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        error.Message.Should().Contain("it has no token");
        error.ResponseBody.Should().BeNull("an answer of login may hold a token");
        error.ToString().Should().NotContain("pst_leaked");
    }

    [Fact]
    public async Task LoginAsync_KeepsFieldsItDoesNotKnow()
    {
        Server.SeedAmbassador("ada.extra@example.com", password: "s3cret-login-pass");
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", """{"user":{"id_ambassador":7,"email":"ada.extra@example.com"},"token":"pst_abc","expires_in":3600}"""));

        var session = await CreateClient().LoginAsync("ada.extra@example.com", "s3cret-login-pass");

        session.AccessToken.Should().Be("pst_abc");
        session.User.IdAmbassador.Should().Be(7);
        session.AdditionalProperties.Should().ContainKey("expires_in").WhoseValue.GetInt32().Should().Be(3600);
        session.ToString().Should().Contain("AccessToken = ***").And.NotContain("pst_abc");
    }

    [Fact]
    public async Task LoginAsync_WhenServerReturns500_RetriesThenSucceeds()
    {
        Server.SeedAmbassador("ada.500@example.com", password: "s3cret-login-pass");
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Status(500));

        var session = await CreateClient().LoginAsync("ada.500@example.com", "s3cret-login-pass");

        session.AccessToken.Should().NotBeEmpty();
        Server.CountRequests(PopsellRoute.Login).Should().Be(2, "a second login is harmless: at worst a second token");
    }

    [Fact]
    public async Task LoginAsync_WithoutADomain_ThrowsBeforeSending()
    {
        var client = CreateClient(o => o.Domain = null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.LoginAsync("ada@example.com", "pass-12345"));

        error.Message.Should().Contain("PopsellClientOptions.Domain").And.Contain("POST /auth/login");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task LoginAsync_WithNullArguments_ThrowsArgumentNullExceptionNamingThem()
    {
        var client = CreateClient();

        (await Assert.ThrowsAsync<ArgumentNullException>(() => client.LoginAsync(null!, "x"))).ParamName.Should().Be("email");
        (await Assert.ThrowsAsync<ArgumentNullException>(() => client.LoginAsync("a@example.com", null!))).ParamName.Should().Be("password");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task LoginAsync_WithAnEmptyPassword_SendsIt_AndTheServers422IsAValidationProblem()
    {
        var error = await Assert.ThrowsAsync<ValidationProblemException>(() => CreateClient().LoginAsync("ada@example.com", ""));

        error.Errors.Should().ContainKey("password");
        Server.CountRequests(PopsellRoute.Login).Should().Be(1);
    }
}
