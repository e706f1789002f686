using System.Net;
using System.Text.Json.Nodes;

namespace Popsell.Client.Tests.Testing;

/// <summary>POST /auth/logout on the stand-in, and the life of a token: valid, logged out, revoked or expired.</summary>
public sealed class PopsellTestServerTokenTests : StandInServerTestBase
{
    [Fact]
    public async Task Logout_InvalidatesTheBearerToken_AndOnlyThatOne()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var other = Server.IssueAccessToken(ada.IdAmbassador);

        using var response = await PostAsync("auth/logout", bearer: ada.AccessToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Successfully logged out\"}");
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeFalse();
        Server.IsAccessTokenValid(other).Should().BeTrue();
        using var me = await GetMeAsync(ada.AccessToken);
        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await me.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
        using var again = await PostAsync("auth/logout", bearer: ada.AccessToken);
        again.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await again.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
        using var stillSignedIn = await GetMeAsync(other);
        stillSignedIn.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_WithAGuestToken_InvalidatesIt()
    {
        using var guest = await PostAsync("auth/guest");
        var token = await ReadTokenAsync(guest);

        using var response = await PostAsync("auth/logout", bearer: token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.IsAccessTokenValid(token).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer pst_00000000000000000000000000000000")]
    [InlineData("Basic YWRhOnNlY3JldA==")]
    public async Task Logout_WithoutAValidBearerToken_Returns401Unauthenticated(string? authorization)
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var request = ApiRequest(HttpMethod.Post, "auth/logout");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeTrue();
    }

    [Fact]
    public async Task ExpiredToken_Gets401TokenHasExpired_WhereARevokedOneGetsUnauthenticated()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var expired = Server.IssueAccessToken(ada.IdAmbassador);
        var revoked = Server.IssueAccessToken(ada.IdAmbassador);
        Server.IsAccessTokenValid(expired).Should().BeTrue();
        Server.ExpireAccessToken(expired);
        Server.RevokeAccessToken(revoked);

        using var expiredGet = await GetMeAsync(expired);
        using var expiredPatch = await PatchAsync(expired, new JsonObject { ["firstname"] = "Grace" });
        using var expiredLogout = await PostAsync("auth/logout", bearer: expired);
        using var revokedGet = await GetMeAsync(revoked);
        using var revokedLogout = await PostAsync("auth/logout", bearer: revoked);

        foreach (var response in new[] { expiredGet, expiredPatch, expiredLogout })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Token has expired.\"}");
        }

        foreach (var response in new[] { revokedGet, revokedLogout })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
        }

        Server.IsAccessTokenValid(expired).Should().BeFalse();
        Server.IsAccessTokenValid(revoked).Should().BeFalse();
        Server.GetAmbassador(ada.IdAmbassador)!["firstname"]!.GetValue<string>().Should().Be("Ada");
        using var valid = await GetMeAsync(ada.AccessToken);
        valid.StatusCode.Should().Be(HttpStatusCode.OK, "expiring one token leaves the others alone");
    }

    [Fact]
    public void TokenStateMethods_IgnoreUnknownTokens_AndRejectNull()
    {
        Server.ExpireAccessToken("pst_unknown");
        Server.RevokeApiKey("psk_unknown");

        Server.IsAccessTokenValid("pst_unknown").Should().BeFalse();
        FluentActions.Invoking(() => Server.ExpireAccessToken(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Server.IsAccessTokenValid(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Server.RevokeApiKey(null!)).Should().Throw<ArgumentNullException>();
    }
}
