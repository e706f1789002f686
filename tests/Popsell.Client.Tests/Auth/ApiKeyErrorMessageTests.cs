using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary>
/// What a caller reads when a token of <see cref="PopsellClientOptions.ApiKey"/> fails: which setting the token came
/// from, why no token could be had, and that a refused token on logout is forgotten rather than renewed.
/// </summary>
public class ApiKeyErrorMessageTests : StandInTest
{
    private string _apiKey = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _apiKey = Server.IssueApiKey(Server.SeedAmbassador("grace.messages@example.com").IdAmbassador);
    }

    private PopsellClient KeyClient() => CreateClient(o =>
    {
        o.ApiKey = _apiKey;
        o.MaxRetries = 0;
    });

    [Fact]
    public async Task A401ToATokenFromAccessToken_DoesNotSayTheTokenCameFromApiKey()
    {
        var client = CreateClient(o => o.AccessToken = "pst_not-a-token-the-server-knows");

        var error = (await FluentActions.Invoking(() => client.GetMeAsync(PopsellEnvironment.Manager))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Message.Should().NotContain("ApiKey");
    }

    [Fact]
    public async Task LogoutAsync_WhenTheApiKeyTokenWasAlreadyRefused_SaysWhereItCameFrom_AndTheNextCallFetchesANewOne()
    {
        var client = KeyClient();
        await client.GetMeAsync(PopsellEnvironment.Manager);
        var first = Server.Requests.Single(r => r.Route == PopsellRoute.GetMe).GetHeader("Authorization")!["Bearer ".Length..];
        Server.ExpireAccessToken(first);

        var error = (await FluentActions.Invoking(() => client.LogoutAsync()).Should().ThrowAsync<PopsellApiException>()).Which;
        await client.GetMeAsync(PopsellEnvironment.Manager);

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Message.Should().Contain("The access token came from PopsellClientOptions.ApiKey.").And.NotContain("renewed");
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(2, "logout forgot the refused token, so the next call fetched a new one");
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(2, "the next call was sent once, with the new token, not first with the forgotten one");
    }

    [Fact]
    public async Task ATokenExchangeThatFailsForAnotherReasonThanTheKey_SaysNoTokenCouldBeHad()
    {
        var client = KeyClient();
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Status(500));

        var error = (await FluentActions.Invoking(() => client.GetMeAsync(PopsellEnvironment.Manager))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        error.Message.Should().StartWith("No access token could be had for PopsellClientOptions.ApiKey, so the call was not sent: ").And.NotContain(_apiKey);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(0);
    }

    [Fact]
    public async Task ATokenFromApiKeyWithWhiteSpace_IsNotSent_AndTheErrorNamesApiKey()
    {
        var client = KeyClient();
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Body(200, "application/json", """{"token":"pst_two words"}"""));

        var error = (await FluentActions.Invoking(() => client.GetMeAsync(PopsellEnvironment.Manager))
            .Should().ThrowAsync<InvalidOperationException>()).Which;

        error.Message.Should().Be("The access token from PopsellClientOptions.ApiKey contains white space or control characters, so it cannot be sent as a bearer token.");
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(0);
    }

    [Fact]
    public async Task AnUnreadableAnswerThatMayHoldAToken_IsNotKept_AndTheMessageSaysWhy()
    {
        var client = CreateClient(o => o.MaxRetries = 0);
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", """["pst_a-token-in-a-list"]"""));

        var error = (await FluentActions.Invoking(() => client.LoginAsync("grace.messages@example.com", "irrelevant"))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.ResponseBody.Should().BeNull();
        error.Message.Should().Contain("The body was not kept, because it may hold an access token.").And.NotContain("pst_a-token-in-a-list");
    }
}
