using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>POST /auth/login and POST /auth/token on the stand-in: sessions from a password or an API key.</summary>
public sealed class PopsellTestServerLoginTests : StandInServerTestBase
{
    private static JsonObject Credentials(string email, string password) => new() { ["email"] = email, ["password"] = password };

    // ---------------------------------------------------------------- POST /auth/login

    [Fact]
    public async Task Login_WithASeededAmbassadorsPassword_Returns200WithTheStoredAmbassadorAndANewToken()
    {
        var ada = Server.SeedAmbassador("ada@example.com", password: "s3cret-passphrase");

        using var response = await PostAsync("auth/login", Credentials("ada@example.com", "s3cret-passphrase"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal("user", "token");
        body["user"]!.AsObject().Select(property => property.Key).Should().Equal(DocumentedAmbassadorFields);
        JsonNode.DeepEquals(body["user"], Server.GetAmbassador(ada.IdAmbassador)).Should().BeTrue("the user is the stored ambassador");
        var token = body["token"]!.GetValue<string>();
        token.Should().MatchRegex("^pst_[0-9a-f]{32}$").And.NotBe(ada.AccessToken);
        Server.IsAccessTokenValid(token).Should().BeTrue();

        using var me = await GetMeAsync(token);
        me.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadObjectAsync(me))["id_ambassador"]!.GetValue<int>().Should().Be(ada.IdAmbassador);
    }

    [Fact]
    public async Task Login_WithARegisteredAmbassador_FindsTheEmailInAnyCase_AndMintsANewTokenEachTime()
    {
        using (var registered = await RegisterAsync(ValidRegistration("grace@example.com")))
        {
            registered.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var first = await PostAsync("auth/login", Credentials("GRACE@Example.com", "correct-horse-battery"));
        using var second = await PostAsync("auth/login", Credentials("grace@example.com", "correct-horse-battery"));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var firstBody = await ReadObjectAsync(first);
        firstBody["user"]!["email"]!.GetValue<string>().Should().Be("grace@example.com");
        firstBody["token"]!.GetValue<string>().Should().NotBe((await ReadObjectAsync(second))["token"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ada@example.com", "wrong-password")]
    [InlineData("ada@example.com", "Correct-horse-battery")]
    [InlineData("ada@example.com", "correct-horse-battery ")]
    [InlineData("nobody@example.com", "correct-horse-battery")]
    public async Task Login_WithAWrongPasswordOrAnUnknownEmail_Returns401InvalidEmailOrPassword(string email, string password)
    {
        Server.SeedAmbassador("ada@example.com");

        using var response = await PostAsync("auth/login", Credentials(email, password));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Invalid email or password\"}");
    }

    [Fact]
    public async Task Login_AfterTheAmbassadorWasDeleted_Returns401()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.DeleteAmbassador(ada.IdAmbassador);

        using var response = await PostAsync("auth/login", Credentials("ada@example.com", "correct-horse-battery"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{}", "The email field is required. (and 1 more error)", new[] { "email", "password" })]
    [InlineData("{\"email\":\"ada@example.com\"}", "The password field is required.", new[] { "password" })]
    [InlineData("{\"email\":\" \",\"password\":\"x\"}", "The email field is required.", new[] { "email" })]
    [InlineData("{\"email\":42,\"password\":\"x\"}", "The email field must be a string.", new[] { "email" })]
    [InlineData("{\"email\":\"ada@example.com\",\"password\":12345678}", "The password field must be a string.", new[] { "password" })]
    public async Task Login_WithMissingOrNonStringFields_Returns422InLaravelShape(string json, string message, string[] keys)
    {
        Server.SeedAmbassador("ada@example.com");

        using var response = await PostAsync("auth/login", JsonNode.Parse(json));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal("message", "errors");
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal(keys);
    }

    [Fact]
    public async Task Login_DoesNotApplyTheMinimumPasswordLength()
    {
        Server.SeedAmbassador("ada@example.com", password: "short");

        using var response = await PostAsync("auth/login", Credentials("ada@example.com", "short"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // ---------------------------------------------------------------- POST /auth/token

    [Fact]
    public async Task CreateAccessToken_WithAnIssuedApiKey_ReturnsANewTokenForItsAmbassadorEachTime()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var apiKey = Server.IssueApiKey(ada.IdAmbassador);

        using var first = await PostAsync("auth/token", new JsonObject { ["api_key"] = apiKey });
        using var second = await PostAsync("auth/token", new JsonObject { ["api_key"] = apiKey });

        apiKey.Should().MatchRegex("^psk_[0-9a-f]{32}$");
        var firstToken = await ReadTokenAsync(first);
        var secondToken = await ReadTokenAsync(second);
        firstToken.Should().MatchRegex("^pst_[0-9a-f]{32}$").And.NotBe(secondToken);
        Server.IsAccessTokenValid(firstToken).Should().BeTrue();
        Server.IsAccessTokenValid(secondToken).Should().BeTrue();
        using var me = await GetMeAsync(secondToken);
        (await ReadObjectAsync(me))["id_ambassador"]!.GetValue<int>().Should().Be(ada.IdAmbassador);
    }

    [Fact]
    public async Task CreateAccessToken_WithARevokedOrUnknownKey_Returns401Unauthorized_ButEarlierTokensStayValid()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var apiKey = Server.IssueApiKey(ada.IdAmbassador);
        using var before = await PostAsync("auth/token", new JsonObject { ["api_key"] = apiKey });
        var earlier = await ReadTokenAsync(before);
        Server.RevokeApiKey(apiKey);

        using var revoked = await PostAsync("auth/token", new JsonObject { ["api_key"] = apiKey });
        using var unknown = await PostAsync("auth/token", new JsonObject { ["api_key"] = "psk_00000000000000000000000000000000" });

        revoked.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await revoked.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthorized.\"}");
        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await unknown.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthorized.\"}");
        Server.IsAccessTokenValid(earlier).Should().BeTrue();
    }

    [Fact]
    public async Task CreateAccessToken_AfterTheAmbassadorWasDeleted_Returns401Unauthorized()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var apiKey = Server.IssueApiKey(ada.IdAmbassador);
        Server.DeleteAmbassador(ada.IdAmbassador);

        using var response = await PostAsync("auth/token", new JsonObject { ["api_key"] = apiKey });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{}", "The api key field is required.")]
    [InlineData("{\"api_key\":\"\"}", "The api key field is required.")]
    [InlineData("{\"api_key\":7}", "The api key field must be a string.")]
    public async Task CreateAccessToken_WithoutAStringApiKey_Returns422(string json, string message)
    {
        using var response = await PostAsync("auth/token", JsonNode.Parse(json));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("api_key");
    }

    [Fact]
    public void IssueApiKey_ForAnUnknownAmbassador_ThrowsArgumentException()
    {
        var act = () => Server.IssueApiKey(42);

        act.Should().Throw<ArgumentException>();
    }
}
