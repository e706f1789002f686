using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary><c>POST /auth/logout</c>.</summary>
public class LogoutTests : StandInTest
{
    [Fact]
    public async Task LogoutAsync_SendsTheBearerAndDomain_AndTheTokenIsRefusedAfterwards()
    {
        var ada = Server.SeedAmbassador("ada.logout@example.com");
        var view = CreateClient().WithAccessToken(ada.AccessToken);

        await view.LogoutAsync();

        var sent = Server.Requests.Single();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be("/api/v2/auth/logout");
        sent.GetHeader("Authorization").Should().Be("Bearer " + ada.AccessToken);
        sent.GetHeader("X-Popsell-Domain").Should().Be(Server.Domain);
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeFalse();
        var error = await Assert.ThrowsAsync<PopsellApiException>(() => view.GetMeAsync(PopsellEnvironment.Manager));
        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LogoutAsync_WithATokenAlreadyInvalid_IsA401_NotRetried()
    {
        var ada = Server.SeedAmbassador("ada.twice@example.com");
        Server.RevokeAccessToken(ada.AccessToken);

        var error = (await CreateClient().WithAccessToken(ada.AccessToken).Invoking(c => c.LogoutAsync()).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ToString().Should().NotContain(ada.AccessToken);
        Server.CountRequests(PopsellRoute.Logout).Should().Be(1);
    }

    [Fact]
    public async Task LogoutAsync_WithoutAnyTokenSource_ThrowsBeforeSending()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateClient().LogoutAsync());

        error.Message.Should().Contain("POST /auth/logout needs a bearer token").And.Contain("ApiKey");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task LogoutAsync_When503_IsRetried_BecauseEndingASessionTwiceIsHarmless()
    {
        var ada = Server.SeedAmbassador("ada.503@example.com");
        Server.EnqueueFault(PopsellRoute.Logout, PopsellFault.Status(503));

        await CreateClient().WithAccessToken(ada.AccessToken).LogoutAsync();

        Server.CountRequests(PopsellRoute.Logout).Should().Be(2);
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeFalse();
    }
}
