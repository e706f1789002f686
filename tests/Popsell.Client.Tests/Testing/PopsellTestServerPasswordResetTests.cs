using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>POST /auth/forgot-password and POST /auth/reset-password on the stand-in: the reset token's life.</summary>
public sealed class PopsellTestServerPasswordResetTests : StandInServerTestBase
{
    private static JsonObject Reset(string email, string password, string token) => new()
    {
        ["email"] = email,
        ["password"] = password,
        ["token"] = token,
    };

    private async Task<string> ForgotAsync(string email)
    {
        using var response = await PostAsync("auth/forgot-password", new JsonObject { ["email"] = email });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return Server.GetPasswordResetToken(email)!;
    }

    // ---------------------------------------------------------------- POST /auth/forgot-password

    [Fact]
    public async Task SendPasswordReset_ForAKnownEmail_RecordsAFreshResetToken_AndAnswers200()
    {
        Server.SeedAmbassador("ada@example.com");
        Server.GetPasswordResetToken("ada@example.com").Should().BeNull();

        using var response = await PostAsync("auth/forgot-password", new JsonObject { ["email"] = "ADA@example.com" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Reset password link sent\"}");
        var token = Server.GetPasswordResetToken("ada@example.com");
        token.Should().MatchRegex("^[0-9a-f]{64}$");
        Server.GetPasswordResetToken("Ada@Example.com").Should().Be(token);
        (await ForgotAsync("ada@example.com")).Should().NotBe(token, "each request records a fresh token");
    }

    [Fact]
    public async Task SendPasswordReset_ForAnUnknownEmail_Returns422WithLaravelsMessage()
    {
        Server.SeedAmbassador("ada@example.com");

        using var response = await PostAsync("auth/forgot-password", new JsonObject { ["email"] = "nobody@example.com" });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var expected = JsonNode.Parse("{\"message\":\"We can't find a user with that email address.\",\"errors\":{\"email\":[\"We can't find a user with that email address.\"]}}");
        JsonNode.DeepEquals(await ReadObjectAsync(response), expected).Should().BeTrue();
        Server.GetPasswordResetToken("nobody@example.com").Should().BeNull();
    }

    [Fact]
    public async Task SendPasswordReset_WithoutEmail_Returns422Required()
    {
        using var response = await PostAsync("auth/forgot-password", new JsonObject());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "{\"message\":\"The email field is required.\",\"errors\":{\"email\":[\"The email field is required.\"]}}");
    }

    // ---------------------------------------------------------------- POST /auth/reset-password

    [Fact]
    public async Task ResetPassword_WithTheCurrentToken_SetsThePassword_AndConsumesTheToken()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var token = await ForgotAsync("ada@example.com");

        using var response = await PostAsync("auth/reset-password", Reset("ada@example.com", "a-brand-new-secret", token));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Password defined successfully\"}");
        Server.VerifyPassword(ada.IdAmbassador, "a-brand-new-secret").Should().BeTrue();
        Server.VerifyPassword(ada.IdAmbassador, "correct-horse-battery").Should().BeFalse();
        Server.GetPasswordResetToken("ada@example.com").Should().BeNull();

        using var newLogin = await PostAsync("auth/login", new JsonObject { ["email"] = "ada@example.com", ["password"] = "a-brand-new-secret" });
        using var oldLogin = await PostAsync("auth/login", new JsonObject { ["email"] = "ada@example.com", ["password"] = "correct-horse-battery" });
        newLogin.StatusCode.Should().Be(HttpStatusCode.OK);
        oldLogin.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var reused = await PostAsync("auth/reset-password", Reset("ada@example.com", "yet-another-secret", token));
        reused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await reused.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Bad Request.\"}");
        Server.VerifyPassword(ada.IdAmbassador, "a-brand-new-secret").Should().BeTrue();
    }

    [Theory]
    [InlineData("never issued")]
    [InlineData("wrong")]
    [InlineData("superseded")]
    [InlineData("other ambassador's")]
    [InlineData("unknown email")]
    public async Task ResetPassword_WithATokenThatIsNotTheCurrentOneOfThatEmail_Returns400_AndKeepsThePassword(string situation)
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.SeedAmbassador("grace@example.com");
        var email = "ada@example.com";
        var token = "0000000000000000000000000000000000000000000000000000000000000000";
        switch (situation)
        {
            case "wrong":
                await ForgotAsync(email);
                break;
            case "superseded":
                token = await ForgotAsync(email);
                await ForgotAsync(email);
                break;
            case "other ambassador's":
                token = await ForgotAsync("grace@example.com");
                break;
            case "unknown email":
                token = await ForgotAsync(email);
                email = "nobody@example.com";
                break;
            default:
                break;
        }

        using var response = await PostAsync("auth/reset-password", Reset(email, "a-brand-new-secret", token));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Bad Request.\"}");
        Server.VerifyPassword(ada.IdAmbassador, "correct-horse-battery").Should().BeTrue();
    }

    [Fact]
    public async Task ResetPassword_WithMissingFields_Returns422ForEachInOrder()
    {
        using var response = await PostAsync("auth/reset-password", new JsonObject());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The email field is required. (and 2 more errors)");
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("email", "password", "token");
    }

    [Fact]
    public async Task ResetPassword_WithAPasswordShorterThanTheMinimum_Returns422_AndKeepsTheToken()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { MinimumPasswordLength = 12 });
        using var http = CreateClient(server);
        var ada = server.SeedAmbassador("ada@example.com");
        using (var forgot = await http.SendAsync(ApiRequest(HttpMethod.Post, "auth/forgot-password", new JsonObject { ["email"] = "ada@example.com" })))
        {
            forgot.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var token = server.GetPasswordResetToken("ada@example.com")!;

        using var response = await http.SendAsync(ApiRequest(HttpMethod.Post, "auth/reset-password", Reset("ada@example.com", "elevenchars", token)));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The password field must be at least 12 characters.");
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("password");
        server.GetPasswordResetToken("ada@example.com").Should().Be(token, "a refused reset does not consume the token");
        server.VerifyPassword(ada.IdAmbassador, "correct-horse-battery").Should().BeTrue();
    }
}
