using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>PATCH /{environment}/me on the stand-in: partial updates, the bearer token and the environments it serves.</summary>
public sealed class PopsellTestServerUpdateMeTests : StandInServerTestBase
{
    [Fact]
    public async Task UpdateMe_WithPartialBody_ChangesOnlyThoseFieldsAndLeavesTheRestAlone()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(ambassador.IdAmbassador, "username", "ada");
        var before = Server.GetAmbassador(ambassador.IdAmbassador)!;

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace", ["optin_cgu"] = true });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal(DocumentedAmbassadorFields);
        body["firstname"]!.GetValue<string>().Should().Be("Grace");
        body["optin_cgu"]!.GetValue<bool>().Should().BeTrue();
        foreach (var (key, value) in before)
        {
            if (key is "firstname" or "optin_cgu" or "date_update")
            {
                continue;
            }

            JsonNode.DeepEquals(body[key], value).Should().BeTrue(because: key + " was not in the patch");
        }

        JsonNode.DeepEquals(body, Server.GetAmbassador(ambassador.IdAmbassador)).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateMe_WithNullForNullableField_ClearsIt()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        using var set = await PatchAsync(ambassador.AccessToken, new JsonObject { ["username"] = "ada", ["linkedIn_account"] = "in/ada" });
        (await ReadObjectAsync(set))["username"]!.GetValue<string>().Should().Be("ada");

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["username"] = null });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        body.ContainsKey("username").Should().BeTrue();
        body["username"].Should().BeNull();
        body["linkedIn_account"]!.GetValue<string>().Should().Be("in/ada");
    }

    [Fact]
    public async Task UpdateMe_IgnoresUnknownKeys_AndKeepsPatchOnlyFieldsOutOfTheResponse_ButReturnsWhatGetMeDocuments()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject
        {
            ["tiktok_account"] = "@ada",
            ["notification_chat"] = false,
            ["id_ambassador"] = 99,
            ["status_role"] = "admin",
            ["linkedin_account"] = "wrong case",
            ["favourite_colour"] = "green",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal(DocumentedAmbassadorFields);
        body["id_ambassador"]!.GetValue<int>().Should().Be(ambassador.IdAmbassador);
        body["status_role"]!.GetValue<string>().Should().Be("ambassador");
        body["linkedIn_account"].Should().BeNull();
        body["notification_chat"]!.GetValue<bool>().Should().BeFalse("GET me documents it, so the response carries it");
        var hidden = Server.GetHiddenFields(ambassador.IdAmbassador)!;
        hidden.Select(property => property.Key).Should().BeEquivalentTo("tiktok_account");
        hidden["tiktok_account"]!.GetValue<string>().Should().Be("@ada");
    }

    [Fact]
    public async Task UpdateMe_WithPassword_UpdatesItButNeverReturnsIt()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["password"] = "a-brand-new-secret" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("password").And.NotContain("a-brand-new-secret");
        Server.VerifyPassword(ambassador.IdAmbassador, "a-brand-new-secret").Should().BeTrue();
        Server.VerifyPassword(ambassador.IdAmbassador, "correct-horse-battery").Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer pst_00000000000000000000000000000000")]
    [InlineData("Basic YWRhOnNlY3JldA==")]
    [InlineData("Bearer ")]
    public async Task UpdateMe_WithoutAValidBearerToken_Returns401Unauthenticated(string? authorization)
    {
        Server.SeedAmbassador("ada@example.com");
        var request = RawRequest(HttpMethod.Patch, "manager/me", "{\"firstname\":\"Grace\"}", domain: null);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
    }

    [Fact]
    public async Task UpdateMe_WithRevokedToken_Returns401_WhileAnotherTokenStillWorks()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        var second = Server.IssueAccessToken(ambassador.IdAmbassador);
        Server.RevokeAccessToken(ambassador.AccessToken);

        using var revoked = await PatchAsync(ambassador.AccessToken, new JsonObject());
        using var valid = await PatchAsync(second, new JsonObject());

        revoked.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        valid.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("manager", HttpStatusCode.OK)]
    [InlineData("widget", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.NotFound)]
    [InlineData("Manager", HttpStatusCode.NotFound)]
    public async Task UpdateMe_OnlyServesTheManagerAndWidgetEnvironments(string environment, HttpStatusCode expected)
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["lang"] = "fr" }, environment);

        response.StatusCode.Should().Be(expected);
        if (expected == HttpStatusCode.NotFound)
        {
            (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Not found.");
        }
    }

    [Fact]
    public async Task UpdateMe_WithWrongMethod_Returns405()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        var request = new HttpRequestMessage(HttpMethod.Put, "widget/me") { Content = JsonContent(new JsonObject()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ambassador.AccessToken);

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("GET", "PATCH");
    }

    [Fact]
    public async Task UpdateMe_AfterTheAmbassadorWasDeleted_Returns404()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        Server.DeleteAmbassador(ambassador.IdAmbassador).Should().BeTrue();

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace" });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("The ambassador does not exist.");
        Server.GetAmbassador(ambassador.IdAmbassador).Should().BeNull();
        Server.AmbassadorCount.Should().Be(0);
        Server.DeleteAmbassador(ambassador.IdAmbassador).Should().BeFalse();
    }

    [Fact]
    public async Task UpdateMe_RefreshesDateUpdate_FromTheConfiguredClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { TimeProvider = clock });
        using var http = CreateClient(server);
        var ambassador = server.SeedAmbassador("ada@example.com");
        clock.Advance(TimeSpan.FromHours(1));

        var request = new HttpRequestMessage(HttpMethod.Patch, "manager/me") { Content = JsonContent(new JsonObject()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ambassador.AccessToken);
        using var response = await http.SendAsync(request);

        var body = await ReadObjectAsync(response);
        body["date_insert"]!.GetValue<string>().Should().Be("2024-05-06 07:08:09");
        body["date_update"]!.GetValue<string>().Should().Be("2024-05-06 08:08:09");
        server.Requests.Single().ReceivedAt.Should().Be(clock.GetUtcNow());
    }

    [Fact]
    public async Task UpdateMe_WithEmptyBody_ChangesNothingButDateUpdate()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        var request = new HttpRequestMessage(HttpMethod.Patch, "manager/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ambassador.AccessToken);

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadObjectAsync(response))["firstname"]!.GetValue<string>().Should().Be("Ada");
    }
}
