using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>Faults on the auth routes and GET /brand: their queues, and bodies in each route's success shape.</summary>
public sealed class PopsellTestServerAuthFaultTests : StandInServerTestBase
{
    private static JsonObject AdaCredentials() => new() { ["email"] = "ada@example.com", ["password"] = "correct-horse-battery" };

    [Fact]
    public async Task RouteFault_OnANewRoute_AppliesToThatRouteOnly()
    {
        Server.EnqueueFault(PopsellRoute.GetBrand, PopsellFault.Status(503));
        Server.CountPendingFaults(PopsellRoute.GetBrand).Should().Be(1);

        using var guest = await PostAsync("auth/guest");
        using var faulted = await Http.SendAsync(ApiRequest(HttpMethod.Get, "brand"));
        using var served = await Http.SendAsync(ApiRequest(HttpMethod.Get, "brand"));

        guest.StatusCode.Should().Be(HttpStatusCode.OK);
        faulted.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await faulted.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Service Unavailable\"}");
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.CountPendingFaults().Should().Be(0);
        Server.Requests[1].Fault!.Kind.Should().Be("Status");
    }

    [Fact]
    public async Task StatusFault_OnGuest_CreatesNoGuest_UnlessAfterProcessing()
    {
        Server.EnqueueFault(PopsellRoute.CreateGuestAccessToken, PopsellFault.Status(502));
        Server.EnqueueFault(PopsellRoute.CreateGuestAccessToken, PopsellFault.Status(500).AfterProcessing());

        using var replaced = await PostAsync("auth/guest");
        Server.GuestCount.Should().Be(0);
        using var processed = await PostAsync("auth/guest");

        replaced.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        processed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        Server.GuestCount.Should().Be(1, "the second fault processed the request first");
    }

    [Fact]
    public async Task ResetMidBodyFault_OnLogin_AnnouncesAndStartsASessionBody_WithTheKnownAmbassador()
    {
        Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.ResetMidBody());

        using var response = await Http.SendAsync(ApiRequest(HttpMethod.Post, "auth/login", AdaCredentials()), HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var announced = response.Content.Headers.ContentLength!.Value;
        var stream = await response.Content.ReadAsStreamAsync();
        var received = new MemoryStream();
        var read = () => stream.CopyToAsync(received);
        await read.Should().ThrowAsync<IOException>();
        received.Length.Should().BeGreaterThan(0).And.BeLessThan(announced);
        Encoding.UTF8.GetString(received.ToArray()).Should().StartWith("{\"user\":{\"id_ambassador\":1,");
    }

    [Fact]
    public async Task ResetMidBodyFault_OnLogout_AfterProcessing_InvalidatesTheToken_ButTheClientSeesAFailure()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellRoute.Logout, PopsellFault.ResetMidBody().AfterProcessing());

        var act = () => PostAsync("auth/logout", bearer: ada.AccessToken);

        await act.Should().ThrowAsync<HttpRequestException>();
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeFalse();
    }

    [Fact]
    public async Task LargeBodyFault_OnLogin_AfterProcessing_PadsTheUsersDescription_AndTheTokenIsReal()
    {
        Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.LargeBody(200, 200_000).AfterProcessing());

        using var response = await PostAsync("auth/login", AdaCredentials());

        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeCloseTo(200_000, 16);
        var body = JsonNode.Parse(bytes)!.AsObject();
        body.Select(property => property.Key).Should().Equal("user", "token");
        body["user"]!.AsObject().Select(property => property.Key).Should().Equal(DocumentedAmbassadorFields);
        body["user"]!["description"]!.GetValue<string>().Length.Should().BeGreaterThan(190_000);
        Server.IsAccessTokenValid(body["token"]!.GetValue<string>()).Should().BeTrue("the login was processed");
    }

    [Fact]
    public async Task LargeBodyFault_OnATokenRoute_SendsATokenAnswer_WithoutProcessing()
    {
        Server.EnqueueFault(PopsellRoute.CreateGuestAccessToken, PopsellFault.LargeBody(200, 10_000));

        using var response = await PostAsync("auth/guest");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeCloseTo(10_000, 16);
        var body = JsonNode.Parse(bytes)!.AsObject();
        body.Select(property => property.Key).Should().Equal("token");
        Server.IsAccessTokenValid(body["token"]!.GetValue<string>()).Should().BeFalse("the sample token was never minted");
        Server.GuestCount.Should().Be(0);
    }

    [Fact]
    public async Task LargeBodyFault_OnGetBrand_SendsTheBrandWithAPaddedLabel()
    {
        Server.EnqueueFault(PopsellRoute.GetBrand, PopsellFault.LargeBody(200, 50_000));

        using var response = await Http.SendAsync(ApiRequest(HttpMethod.Get, "brand"));

        var body = JsonNode.Parse(await response.Content.ReadAsByteArrayAsync())!.AsObject();
        body.Select(property => property.Key).Should().Equal(PopsellTestServerBrandTests.DocumentedBrandFields);
        body["label"]!.GetValue<string>().Length.Should().BeGreaterThan(49_000);
        body["timezone"]!.GetValue<string>().Should().Be("Europe/Paris");
    }

    [Theory]
    [InlineData(PopsellRoute.Logout, "{\"message\":\"Successfully logged out\"}")]
    [InlineData(PopsellRoute.SendPasswordReset, "{\"message\":\"Reset password link sent\"}")]
    [InlineData(PopsellRoute.ResetPassword, "{\"message\":\"Password defined successfully\"}")]
    public async Task StallBodyFault_OnAMessageRoute_AnnouncesItsMessageAnswer_WithoutProcessing(PopsellRoute route, string answer)
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        using (var forgot = await PostAsync("auth/forgot-password", new JsonObject { ["email"] = "ada@example.com" }))
        {
            forgot.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var resetToken = Server.GetPasswordResetToken("ada@example.com")!;
        Server.EnqueueFault(route, PopsellFault.StallBody());
        var request = route switch
        {
            PopsellRoute.Logout => ApiRequest(HttpMethod.Post, "auth/logout", bearer: ada.AccessToken),
            PopsellRoute.SendPasswordReset => ApiRequest(HttpMethod.Post, "auth/forgot-password", new JsonObject { ["email"] = "ada@example.com" }),
            _ => ApiRequest(HttpMethod.Post, "auth/reset-password", new JsonObject { ["email"] = "ada@example.com", ["password"] = "a-brand-new-secret", ["token"] = resetToken }),
        };

        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().Be(Encoding.UTF8.GetByteCount(answer));
        Server.IsAccessTokenValid(ada.AccessToken).Should().BeTrue("the fault replaced the processing");
        Server.GetPasswordResetToken("ada@example.com").Should().Be(resetToken);
        Server.VerifyPassword(ada.IdAmbassador, "correct-horse-battery").Should().BeTrue();
    }
}
