using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>POST /auth/guest and POST /auth/brand on the stand-in: guest users, brand users, and binding one to the other.</summary>
public sealed class PopsellTestServerGuestAndBrandUserTests : StandInServerTestBase
{
    private static readonly string[] DocumentedBrandUserFields =
    [
        "email_tmp", "customer_id", "lang", "gender", "firstname", "lastname", "dob", "city", "country", "postcode",
        "image", "user_api_key",
    ];

    private static JsonObject BrandUserBody(string emailTmp = "shopper@example.com", string firstname = "Ada", string apiKey = "brand-key") => new()
    {
        ["email_tmp"] = emailTmp,
        ["firstname"] = firstname,
        ["user_api_key"] = apiKey,
    };

    private async Task<string> CreateGuestAsync()
    {
        using var response = await PostAsync("auth/guest");
        return await ReadTokenAsync(response);
    }

    // ---------------------------------------------------------------- POST /auth/guest

    [Fact]
    public async Task CreateGuestAccessToken_ReturnsAValidTokenForANewGuest_ThatIsNotAnAmbassador()
    {
        var first = await CreateGuestAsync();
        var second = await CreateGuestAsync();

        first.Should().MatchRegex("^pst_[0-9a-f]{32}$").And.NotBe(second);
        Server.GuestCount.Should().Be(2);
        Server.AmbassadorCount.Should().Be(0);
        Server.IsAccessTokenValid(first).Should().BeTrue();
        using var getMe = await GetMeAsync(first);
        using var patchMe = await PatchAsync(first, new JsonObject { ["firstname"] = "Guest" });
        getMe.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await getMe.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
        patchMe.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    // ---------------------------------------------------------------- POST /auth/brand

    [Fact]
    public async Task ConnectBrandUser_WithEveryField_CreatesABrandUserAndReturnsItsToken()
    {
        var body = new JsonObject();
        foreach (var field in DocumentedBrandUserFields)
        {
            body[field] = "value of " + field;
        }

        body["unknown_field"] = "ignored";

        using var response = await PostAsync("auth/brand", body);

        var token = await ReadTokenAsync(response);
        Server.IsAccessTokenValid(token).Should().BeTrue();
        var user = Server.BrandUsers.Should().ContainSingle().Subject;
        user.EmailTmp.Should().Be("value of email_tmp");
        user.Firstname.Should().Be("value of firstname");
        user.Fields.Select(property => property.Key).Should().Equal(DocumentedBrandUserFields.SkipLast(1), "user_api_key is not kept");
        user.Fields["city"]!.GetValue<string>().Should().Be("value of city");
        user.BoundGuestTokens.Should().BeEmpty();
        user.ToString().Should().Contain("EmailTmp = value of email_tmp").And.Contain("BoundGuestTokens = 0");
        Server.GetBrandUser("VALUE OF EMAIL_TMP").Should().NotBeNull();
        Server.AmbassadorCount.Should().Be(0);
        using var me = await GetMeAsync(token);
        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a brand user is not an ambassador");
    }

    [Fact]
    public async Task ConnectBrandUser_WithTheSameEmailTmpInAnotherCase_FindsTheBrandUser_AndMintsAnotherToken()
    {
        using var created = await PostAsync("auth/brand", BrandUserBody("shopper@example.com", "Ada"));
        using var found = await PostAsync("auth/brand", BrandUserBody("SHOPPER@example.com", "Grace"));

        (await ReadTokenAsync(created)).Should().NotBe(await ReadTokenAsync(found));
        var user = Server.BrandUsers.Should().ContainSingle().Subject;
        user.Firstname.Should().Be("Ada", "finding a brand user changes nothing");
        user.EmailTmp.Should().Be("shopper@example.com");
        Server.GetBrandUser("nobody@example.com").Should().BeNull();
    }

    [Fact]
    public async Task ConnectBrandUser_WithAGuestBearer_BindsTheGuestToTheBrandUser_AndTheLatestBindingWins()
    {
        var guest = await CreateGuestAsync();
        var other = await CreateGuestAsync();

        using var bound = await PostAsync("auth/brand", BrandUserBody("one@example.com"), bearer: guest);
        using var unbound = await PostAsync("auth/brand", BrandUserBody("two@example.com"));
        using var second = await PostAsync("auth/brand", BrandUserBody("one@example.com"), bearer: other);

        bound.StatusCode.Should().Be(HttpStatusCode.OK);
        unbound.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.GetBrandUser("one@example.com")!.BoundGuestTokens.Should().Equal(guest, other);
        Server.GetBrandUser("two@example.com")!.BoundGuestTokens.Should().BeEmpty();
        Server.IsAccessTokenValid(guest).Should().BeTrue("binding keeps the guest token");
        var journal = Server.Requests.Where(request => request.Route == PopsellRoute.ConnectBrandUser).ToList();
        journal.Select(request => request.GetHeader("Authorization")).Should().Equal("Bearer " + guest, null, "Bearer " + other);

        using var moved = await PostAsync("auth/brand", BrandUserBody("two@example.com"), bearer: guest);

        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.GetBrandUser("one@example.com")!.BoundGuestTokens.Should().Equal(other);
        Server.GetBrandUser("two@example.com")!.BoundGuestTokens.Should().Equal(guest);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("ambassador")]
    [InlineData("brand user")]
    [InlineData("logged-out guest")]
    [InlineData("basic")]
    public async Task ConnectBrandUser_WithABearerThatIsNotAValidGuestToken_Returns401Unauthenticated_AndCreatesNothing(string bearerKind)
    {
        using var brandUser = await PostAsync("auth/brand", BrandUserBody("existing@example.com"));
        var brandUserToken = await ReadTokenAsync(brandUser);
        var loggedOut = await CreateGuestAsync();
        using (await PostAsync("auth/logout", bearer: loggedOut))
        {
        }

        var request = ApiRequest(HttpMethod.Post, "auth/brand", BrandUserBody("new@example.com"));
        var authorization = bearerKind switch
        {
            "unknown" => "Bearer pst_00000000000000000000000000000000",
            "ambassador" => "Bearer " + Server.SeedAmbassador("ada@example.com").AccessToken,
            "brand user" => "Bearer " + brandUserToken,
            "logged-out guest" => "Bearer " + loggedOut,
            _ => "Basic YWRhOnNlY3JldA==",
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
        Server.GetBrandUser("new@example.com").Should().BeNull();
    }

    [Fact]
    public async Task ConnectBrandUser_WithAnExpiredGuestToken_Returns401TokenHasExpired()
    {
        var guest = await CreateGuestAsync();
        Server.ExpireAccessToken(guest);

        using var response = await PostAsync("auth/brand", BrandUserBody(), bearer: guest);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Token has expired.\"}");
        Server.BrandUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task ConnectBrandUser_WhenBrandUserApiKeyIsSet_AcceptsOnlyThatKey()
    {
        using var anyKey = await PostAsync("auth/brand", BrandUserBody("one@example.com", apiKey: "whatever"));
        Server.BrandUserApiKey.Should().BeNull("any non-empty key is accepted by default");
        Server.BrandUserApiKey = "brand-secret";

        using var wrong = await PostAsync("auth/brand", BrandUserBody("two@example.com", apiKey: "Brand-secret"));
        using var right = await PostAsync("auth/brand", BrandUserBody("two@example.com", apiKey: "brand-secret"));

        anyKey.StatusCode.Should().Be(HttpStatusCode.OK);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthorized.\"}");
        right.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.BrandUsers.Select(user => user.EmailTmp).Should().Equal("one@example.com", "two@example.com");
        Server.BrandUserApiKey.Should().Be("brand-secret");
    }

    [Theory]
    [InlineData("{}", "The email tmp field is required. (and 2 more errors)", new[] { "email_tmp", "firstname", "user_api_key" })]
    [InlineData("{\"email_tmp\":\"a@example.com\",\"firstname\":\"Ada\"}", "The user api key field is required.", new[] { "user_api_key" })]
    [InlineData("{\"email_tmp\":\"a@example.com\",\"firstname\":\"Ada\",\"user_api_key\":\"k\",\"lastname\":5}", "The lastname field must be a string.", new[] { "lastname" })]
    public async Task ConnectBrandUser_WithMissingOrNonStringFields_Returns422_AndCreatesNothing(string json, string message, string[] keys)
    {
        using var response = await PostAsync("auth/brand", JsonNode.Parse(json));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal(keys);
        Server.BrandUsers.Should().BeEmpty();
    }
}
