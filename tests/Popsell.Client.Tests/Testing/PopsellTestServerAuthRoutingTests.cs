using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>The auth routes and GET /brand as routes: classification, counts, the domain check, 405s and faults.</summary>
public sealed class PopsellTestServerAuthRoutingTests : StandInServerTestBase
{
    public static TheoryData<PopsellRoute, string, string, string> WrongMethods => new()
    {
        { PopsellRoute.Login, "auth/login", "GET", "POST" },
        { PopsellRoute.CreateAccessToken, "auth/token", "PUT", "POST" },
        { PopsellRoute.CreateGuestAccessToken, "auth/guest", "GET", "POST" },
        { PopsellRoute.ConnectBrandUser, "auth/brand", "DELETE", "POST" },
        { PopsellRoute.Logout, "auth/logout/", "GET", "POST" },
        { PopsellRoute.SendPasswordReset, "auth/forgot-password", "PATCH", "POST" },
        { PopsellRoute.ResetPassword, "auth/reset-password", "PUT", "POST" },
        { PopsellRoute.GetBrand, "brand", "POST", "GET" },
    };

    public static TheoryData<PopsellRoute, string?> RefusedDomains()
    {
        var data = new TheoryData<PopsellRoute, string?>();
        for (var route = PopsellRoute.Login; route <= PopsellRoute.GetBrand; route++)
        {
            data.Add(route, null);
            data.Add(route, "other.example");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongMethods))]
    public async Task NewRoute_WithAnotherMethod_Returns405WithAllowHeader_EvenWithoutADomain(PopsellRoute route, string path, string method, string allow)
    {
        using var response = await Http.SendAsync(ApiRequest(new HttpMethod(method), path, domain: null));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal(allow);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Method Not Allowed.");
        Server.Requests.Should().ContainSingle().Which.Route.Should().Be(route);
        Server.CountRequests(route).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(RefusedDomains))]
    public async Task NewRoute_WhenTheDomainIsMissingOrWrong_Returns401Unauthorized_AndChangesNothing(PopsellRoute route, string? domain)
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var apiKey = Server.IssueApiKey(ada.IdAmbassador);
        using (var forgot = await PostAsync("auth/forgot-password", new JsonObject { ["email"] = "ada@example.com" }))
        {
            forgot.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var resetToken = Server.GetPasswordResetToken("ada@example.com")!;
        var (method, path, body, bearer) = route switch
        {
            PopsellRoute.Login => (HttpMethod.Post, "auth/login", new JsonObject { ["email"] = "ada@example.com", ["password"] = "correct-horse-battery" }, null),
            PopsellRoute.CreateAccessToken => (HttpMethod.Post, "auth/token", new JsonObject { ["api_key"] = apiKey }, null),
            PopsellRoute.CreateGuestAccessToken => (HttpMethod.Post, "auth/guest", null, null),
            PopsellRoute.ConnectBrandUser => (HttpMethod.Post, "auth/brand", new JsonObject { ["email_tmp"] = "s@example.com", ["firstname"] = "S", ["user_api_key"] = "k" }, null),
            PopsellRoute.Logout => (HttpMethod.Post, "auth/logout", null, ada.AccessToken),
            PopsellRoute.SendPasswordReset => (HttpMethod.Post, "auth/forgot-password", new JsonObject { ["email"] = "ada@example.com" }, null),
            PopsellRoute.ResetPassword => (HttpMethod.Post, "auth/reset-password", new JsonObject { ["email"] = "ada@example.com", ["password"] = "a-brand-new-secret", ["token"] = resetToken }, null),
            _ => (HttpMethod.Get, "brand", (JsonObject?)null, (string?)null),
        };

        using var refused = await Http.SendAsync(ApiRequest(method, path, body, bearer, domain));

        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthorized.\"}");
        Server.Requests.Last().Route.Should().Be(route);
        Server.GuestCount.Should().Be(0);
        Server.BrandUsers.Should().BeEmpty();
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeTrue();
        Server.GetPasswordResetToken("ada@example.com").Should().Be(resetToken);
        Server.VerifyPassword(ada.IdAmbassador, "correct-horse-battery").Should().BeTrue();

        using var accepted = await Http.SendAsync(ApiRequest(method, path, body?.DeepClone(), bearer, Domain.ToUpperInvariant()));
        accepted.StatusCode.Should().Be(HttpStatusCode.OK, "the same request with the domain (in any case) is served");
    }

    [Fact]
    public async Task NewRoute_WithAcceptAnyDomain_AcceptsAnyNonEmptyDomain()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { AcceptAnyDomain = true });
        using var http = CreateClient(server);

        using var accepted = await http.SendAsync(ApiRequest(HttpMethod.Get, "brand", domain: "whatever.example"));
        using var refused = await http.SendAsync(ApiRequest(HttpMethod.Post, "auth/guest", domain: null));

        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task NewRoutes_AreJournaledAndCountedUnderTheirOwnRoute()
    {
        var paths = new[] { "auth/login", "auth/token", "auth/guest", "auth/brand", "auth/logout", "auth/forgot-password", "auth/reset-password" };
        foreach (var path in paths)
        {
            using (await PostAsync(path, new JsonObject()))
            {
            }
        }

        using (await Http.SendAsync(ApiRequest(HttpMethod.Get, "brand/")))
        {
        }

        Server.Requests.Select(request => request.Route).Should().Equal(
            PopsellRoute.Login, PopsellRoute.CreateAccessToken, PopsellRoute.CreateGuestAccessToken, PopsellRoute.ConnectBrandUser,
            PopsellRoute.Logout, PopsellRoute.SendPasswordReset, PopsellRoute.ResetPassword, PopsellRoute.GetBrand);
        for (var route = PopsellRoute.Login; route <= PopsellRoute.GetBrand; route++)
        {
            Server.CountRequests(route).Should().Be(1, because: route + " was called once");
        }

        Server.CountRequests(PopsellRoute.Any).Should().Be(8);
        Server.Requests[0].ToString().Should().Contain("Route = Login");
        Server.Requests[^1].ToString().Should().Contain("Route = GetBrand");
        FluentActions.Invoking(() => Server.CountRequests((PopsellRoute)12)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Server.EnqueueFault((PopsellRoute)12, PopsellFault.Status(503))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
