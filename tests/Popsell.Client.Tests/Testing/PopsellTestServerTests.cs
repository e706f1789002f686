using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>
/// Tests of the stand-in server itself, through a plain <see cref="HttpClient"/> over real sockets (not the SDK),
/// so that the stand-in is known to follow the documented wire contract before the SDK is tested against it.
/// </summary>
public sealed class PopsellTestServerTests : IAsyncLifetime
{
    private const string Domain = "brand.example";

    /// <summary>Every documented field of the 201 response of POST /auth/register, in the documented order.</summary>
    private static readonly string[] DocumentedAmbassadorFields =
    [
        "id_ambassador", "id_brand", "date_insert", "date_update", "key_data", "customer_id", "broker_id",
        "shopify_customer_id", "facebook_id", "google_id", "apple_id", "supervisor_identity", "ambassador_id_referrer",
        "id_ws", "id_ws_referrer", "image", "gender", "firstname", "lastname", "username", "description",
        "motivation_letter", "email", "email_tmp", "dob", "lang", "phone_1", "phone_2", "email_notification_enabled",
        "gamification_score", "gamification_current_level", "gamification_next_level", "gamification_level_badge",
        "gamification_level_label", "gamification_id_level", "gamification_current_level_value", "gamification_points",
        "last_date_gamification", "optin_cgu", "optin_cgu_photos", "active", "status", "unsubscribe",
        "last_date_connection", "activation_date", "validate_date", "availability", "unavailable", "last_action_date",
        "is_absent", "absent_msg", "fb_account", "twitter_account", "instagram_account", "linkedIn_account",
        "youtube_account", "register_src", "register_landing_url", "onboarding_sequence", "social_community_display",
        "last_contact_import", "sell_token_amount", "products_purchased_limit", "nb_public_popliste",
        "nb_private_popliste", "chat_topics", "status_role", "manager_role", "ids_guest_accounts",
    ];

    /// <summary>Register request fields copied verbatim into the response.</summary>
    private static readonly string[] CopiedStringFields =
    [
        "key_data", "customer_id", "broker_id", "supervisor_identity", "ambassador_id_referrer", "id_ws",
        "id_ws_referrer", "image", "gender", "username", "description", "motivation_letter", "dob", "lang",
        "phone_1", "phone_2", "fb_account", "twitter_account", "instagram_account", "linkedIn_account",
        "youtube_account",
    ];

    private static readonly Regex LaravelDate = new(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", RegexOptions.CultureInvariant);

    private PopsellTestServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await PopsellTestServer.StartAsync();
        _http = CreateClient(_server);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    // ---------------------------------------------------------------- start-up

    [Fact]
    public void StartAsync_BindsToLoopback_WithTheApiV2BaseAddress()
    {
        _server.BaseAddress.Scheme.Should().Be("http");
        _server.BaseAddress.Host.Should().Be("127.0.0.1");
        _server.BaseAddress.Port.Should().BePositive();
        _server.BaseAddress.AbsolutePath.Should().Be("/api/v2/");
        _server.Domain.Should().Be(Domain);
        _server.AmbassadorCount.Should().Be(0);
        _server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_WithEmptyDomainAndNoAcceptAnyDomain_Throws()
    {
        var act = () => PopsellTestServer.StartAsync(new PopsellTestServerOptions { Domain = " " });

        await act.Should().ThrowAsync<ArgumentException>();
    }

    // ---------------------------------------------------------------- POST /auth/register: success

    [Fact]
    public async Task Register_WithEveryDocumentedField_Returns201WithTheCompleteAmbassador()
    {
        var request = ValidRegistration("grace@example.com");
        foreach (var field in CopiedStringFields)
        {
            request[field] = "value of " + field;
        }

        request["store_id"] = "store-9";
        request["roles"] = new JsonArray(new JsonObject { ["status_role"] = "vip" });
        request["address"] = new JsonArray(new JsonObject { ["city"] = "Paris", ["country"] = "FR" });

        using var response = await RegisterAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal(DocumentedAmbassadorFields);
        body.ContainsKey("password").Should().BeFalse();

        body["id_ambassador"]!.GetValueKind().Should().Be(JsonValueKind.Number);
        body["id_ambassador"]!.GetValue<int>().Should().Be(1);
        body["id_brand"]!.GetValue<int>().Should().Be(1);
        body["date_insert"]!.GetValue<string>().Should().MatchRegex(LaravelDate.ToString());
        body["date_update"]!.GetValue<string>().Should().Be(body["date_insert"]!.GetValue<string>());
        body["firstname"]!.GetValue<string>().Should().Be("Ada");
        body["lastname"]!.GetValue<string>().Should().Be("Lovelace");
        body["email"]!.GetValue<string>().Should().Be("grace@example.com");
        foreach (var field in CopiedStringFields)
        {
            body[field]!.GetValue<string>().Should().Be("value of " + field, because: field + " is copied from the request");
        }

        body["status_role"]!.GetValue<string>().Should().Be("vip");
        body["manager_role"]!.GetValue<string>().Should().Be("none");
        body["chat_topics"].Should().BeOfType<JsonArray>().Which.Should().BeEmpty();
        body["ids_guest_accounts"].Should().BeOfType<JsonArray>().Which.Should().BeEmpty();
        body["gamification_score"]!.GetValue<int>().Should().Be(0);
        body["gamification_points"]!.GetValue<long>().Should().Be(0);
        body["optin_cgu"]!.GetValueKind().Should().Be(JsonValueKind.False);
        body["active"]!.GetValueKind().Should().Be(JsonValueKind.True);
        body["status"]!.GetValueKind().Should().Be(JsonValueKind.Number);

        JsonNode.DeepEquals(body, _server.GetAmbassador(1)).Should().BeTrue("the response is the stored ambassador");
        _server.VerifyPassword(1, "correct-horse-battery").Should().BeTrue();
        var hidden = _server.GetHiddenFields(1)!;
        hidden["store_id"]!.GetValue<string>().Should().Be("store-9");
        hidden["address"]![0]!["city"]!.GetValue<string>().Should().Be("Paris");
    }

    [Fact]
    public async Task Register_WithOnlyRequiredFields_FillsDocumentedDefaults()
    {
        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal(DocumentedAmbassadorFields);
        foreach (var nullable in new[] { "key_data", "broker_id", "username", "dob", "linkedIn_account", "gamification_current_level", "email_tmp" })
        {
            body[nullable].Should().BeNull(because: nullable + " is nullable and was not given");
        }

        foreach (var text in new[] { "customer_id", "facebook_id", "gender", "description", "lang", "phone_1", "phone_2" })
        {
            body[text]!.GetValue<string>().Should().BeEmpty(because: text + " is a non-nullable string that was not given");
        }

        body["status_role"]!.GetValue<string>().Should().Be("ambassador");
    }

    [Fact]
    public async Task Register_WithNullForOptionalStrings_StoresNullOrEmptyString()
    {
        var request = ValidRegistration();
        request["gender"] = null;
        request["username"] = null;

        using var response = await RegisterAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await ReadObjectAsync(response);
        body["gender"]!.GetValue<string>().Should().BeEmpty();
        body["username"].Should().BeNull();
    }

    [Fact]
    public async Task Register_AssignsSequentialIdsSharedWithSeededAmbassadors()
    {
        var seeded = _server.SeedAmbassador("seed@example.com");
        using var first = await RegisterAsync(ValidRegistration("one@example.com"));
        using var second = await RegisterAsync(ValidRegistration("two@example.com"));

        seeded.IdAmbassador.Should().Be(1);
        (await ReadObjectAsync(first))["id_ambassador"]!.GetValue<int>().Should().Be(2);
        (await ReadObjectAsync(second))["id_ambassador"]!.GetValue<int>().Should().Be(3);
        _server.AmbassadorCount.Should().Be(3);
    }

    // ---------------------------------------------------------------- POST /auth/register: 422

    [Fact]
    public async Task Register_WhenEmailMissing_Returns422InLaravelShape()
    {
        var request = ValidRegistration();
        request.Remove("email");

        using var response = await RegisterAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal("message", "errors");
        body["message"]!.GetValue<string>().Should().Be("The email field is required.");
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("email");
        body["errors"]!["email"]!.AsArray().Select(message => message!.GetValue<string>())
            .Should().Equal("The email field is required.");
        _server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task Register_WithEmptyObject_SummarizesTheFirstErrorAndCountsTheRest()
    {
        using var response = await RegisterAsync(new JsonObject());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The firstname field is required. (and 3 more errors)");
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("firstname", "lastname", "email", "password");
        body["errors"]!["password"]![0]!.GetValue<string>().Should().Be("The password field is required.");
    }

    [Fact]
    public async Task Register_WithTwoErrors_SaysOneMoreErrorInTheSingular()
    {
        var request = ValidRegistration();
        request["email"] = "not-an-email";
        request["password"] = "short";

        using var response = await RegisterAsync(request);

        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The email field must be a valid email address. (and 1 more error)");
        body["errors"]!["password"]![0]!.GetValue<string>().Should().Be("The password field must be at least 8 characters.");
    }

    [Fact]
    public async Task Register_WhenEmailAlreadyTaken_Returns422TakenCaseInsensitively()
    {
        _server.SeedAmbassador("ada@example.com");

        using var response = await RegisterAsync(ValidRegistration("ADA@Example.com"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The email has already been taken.");
        _server.AmbassadorCount.Should().Be(1);
    }

    [Theory]
    [InlineData("firstname", "42", "firstname", "The firstname field must be a string.")]
    [InlineData("firstname", "\"   \"", "firstname", "The firstname field is required.")]
    [InlineData("gender", "42", "gender", "The gender field must be a string.")]
    [InlineData("phone_1", "true", "phone_1", "The phone 1 field must be a string.")]
    [InlineData("linkedIn_account", "{}", "linkedIn_account", "The linked in account field must be a string.")]
    [InlineData("email", "\"ada@@example.com\"", "email", "The email field must be a valid email address.")]
    [InlineData("email", "123", "email", "The email field must be a valid email address.")]
    [InlineData("password", "12345678", "password", "The password field must be a string.")]
    [InlineData("password", "\"1234567\"", "password", "The password field must be at least 8 characters.")]
    [InlineData("roles", "\"admin\"", "roles", "The roles field must be an array.")]
    [InlineData("roles", "[1]", "roles.0", "The roles.0 field must be an array.")]
    [InlineData("roles", "[{\"status_role\":1}]", "roles.0.status_role", "The roles.0.status role field must be a string.")]
    [InlineData("address", "[{\"city\":\"Paris\"},{\"postcode\":75001}]", "address.1.postcode", "The address.1.postcode field must be a string.")]
    public async Task Register_WithInvalidField_Returns422ForThatField(string field, string json, string errorKey, string message)
    {
        var request = ValidRegistration();
        request[field] = JsonNode.Parse(json);

        using var response = await RegisterAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal(errorKey);
    }

    [Fact]
    public async Task Register_WithConfiguredMinimumPasswordLength_UsesItInTheMessage()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { MinimumPasswordLength = 12 });
        using var http = CreateClient(server);
        var request = ValidRegistration();
        request["password"] = "elevenchars";

        using var response = await http.SendAsync(RegisterRequest(request, Domain));

        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The password field must be at least 12 characters.");
    }

    // ---------------------------------------------------------------- POST /auth/register: other errors

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("other.example")]
    public async Task Register_WhenDomainHeaderMissingOrWrong_Returns401Unauthorized(string? domain)
    {
        using var response = await _http.SendAsync(RegisterRequest(ValidRegistration(), domain));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthorized.\"}");
        _server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task Register_WithAcceptAnyDomain_AcceptsAnyNonEmptyDomain()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { AcceptAnyDomain = true });
        using var http = CreateClient(server);

        using var accepted = await http.SendAsync(RegisterRequest(ValidRegistration(), "whatever.example"));
        using var rejected = await http.SendAsync(RegisterRequest(ValidRegistration("b@example.com"), null));

        accepted.StatusCode.Should().Be(HttpStatusCode.Created);
        rejected.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_WithNonJsonContentType_Returns415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "auth/register")
        {
            Content = new StringContent(ValidRegistration().ToJsonString(), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Popsell-Domain", Domain);

        using var response = await _http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Unsupported Media Type.");
    }

    [Theory]
    [InlineData("{\"firstname\":")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task Register_WhenBodyIsNotAJsonObject_Returns400(string rawBody)
    {
        using var response = await _http.SendAsync(RawRequest(HttpMethod.Post, "auth/register", rawBody, Domain));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("The request body must be a JSON object.");
    }

    [Fact]
    public async Task Register_WithWrongMethod_Returns405WithAllowHeader()
    {
        using var response = await _http.GetAsync(new Uri("auth/register", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Method Not Allowed.");
    }

    [Theory]
    [InlineData("auth/login")]
    [InlineData("manager")]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/")]
    public async Task UnknownPath_Returns404NotFound(string path)
    {
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), JsonContent(new JsonObject()));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Not found.\"}");
        _server.Requests.Should().ContainSingle().Which.Route.Should().Be(PopsellRoute.Any);
    }

    // ---------------------------------------------------------------- PATCH /{environment}/me

    [Fact]
    public async Task UpdateMe_WithPartialBody_ChangesOnlyThoseFieldsAndLeavesTheRestAlone()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        _server.SetAmbassadorField(ambassador.IdAmbassador, "username", "ada");
        var before = _server.GetAmbassador(ambassador.IdAmbassador)!;

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

        JsonNode.DeepEquals(body, _server.GetAmbassador(ambassador.IdAmbassador)).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateMe_WithNullForNullableField_ClearsIt()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        using var set = await PatchAsync(ambassador.AccessToken, new JsonObject { ["username"] = "ada", ["linkedIn_account"] = "in/ada" });
        (await ReadObjectAsync(set))["username"]!.GetValue<string>().Should().Be("ada");

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["username"] = null });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        body.ContainsKey("username").Should().BeTrue();
        body["username"].Should().BeNull();
        body["linkedIn_account"]!.GetValue<string>().Should().Be("in/ada");
    }

    [Theory]
    [InlineData("firstname", "null", "The firstname field must be a string.")]
    [InlineData("phone_2", "null", "The phone 2 field must be a string.")]
    [InlineData("lastname", "7", "The lastname field must be a string.")]
    [InlineData("optin_cgu", "\"yes\"", "The optin cgu field must be true or false.")]
    [InlineData("notification_chat", "null", "The notification chat field must be true or false.")]
    [InlineData("email", "null", "The email field must be a string.")]
    [InlineData("email", "\"nope\"", "The email field must be a valid email address.")]
    [InlineData("password", "\"short\"", "The password field must be at least 8 characters.")]
    public async Task UpdateMe_WithInvalidValue_Returns422AndChangesNothing(string field, string json, string message)
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        var before = _server.GetAmbassador(ambassador.IdAmbassador);

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { [field] = JsonNode.Parse(json), ["username"] = "changed" });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal(field);
        JsonNode.DeepEquals(_server.GetAmbassador(ambassador.IdAmbassador), before).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateMe_IgnoresUnknownKeys_AndKeepsPatchOnlyFieldsOutOfTheResponse()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");

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
        var hidden = _server.GetHiddenFields(ambassador.IdAmbassador)!;
        hidden.Select(property => property.Key).Should().BeEquivalentTo("tiktok_account", "notification_chat");
        hidden["tiktok_account"]!.GetValue<string>().Should().Be("@ada");
    }

    [Fact]
    public async Task UpdateMe_WithPassword_UpdatesItButNeverReturnsIt()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["password"] = "a-brand-new-secret" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("password").And.NotContain("a-brand-new-secret");
        _server.VerifyPassword(ambassador.IdAmbassador, "a-brand-new-secret").Should().BeTrue();
        _server.VerifyPassword(ambassador.IdAmbassador, "correct-horse-battery").Should().BeFalse();
    }

    [Fact]
    public async Task UpdateMe_WithEmailOfAnotherAmbassador_Returns422Taken_ButAcceptsItsOwnEmail()
    {
        var ada = _server.SeedAmbassador("ada@example.com");
        _server.SeedAmbassador("grace@example.com");

        using var taken = await PatchAsync(ada.AccessToken, new JsonObject { ["email"] = "Grace@example.com" });
        using var own = await PatchAsync(ada.AccessToken, new JsonObject { ["email"] = "ada@example.com" });
        using var moved = await PatchAsync(ada.AccessToken, new JsonObject { ["email"] = "ada.l@example.com" });
        using var reuse = await RegisterAsync(ValidRegistration("ada@example.com"));

        taken.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ReadObjectAsync(taken))["message"]!.GetValue<string>().Should().Be("The email has already been taken.");
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        reuse.StatusCode.Should().Be(HttpStatusCode.Created, "the old address was freed by the change");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer pst_00000000000000000000000000000000")]
    [InlineData("Basic YWRhOnNlY3JldA==")]
    [InlineData("Bearer ")]
    public async Task UpdateMe_WithoutAValidBearerToken_Returns401Unauthenticated(string? authorization)
    {
        _server.SeedAmbassador("ada@example.com");
        var request = RawRequest(HttpMethod.Patch, "manager/me", "{\"firstname\":\"Grace\"}", domain: null);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthenticated.\"}");
    }

    [Fact]
    public async Task UpdateMe_WithRevokedToken_Returns401_WhileAnotherTokenStillWorks()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        var second = _server.IssueAccessToken(ambassador.IdAmbassador);
        _server.RevokeAccessToken(ambassador.AccessToken);

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
        var ambassador = _server.SeedAmbassador("ada@example.com");

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
        var ambassador = _server.SeedAmbassador("ada@example.com");
        var request = new HttpRequestMessage(HttpMethod.Put, "widget/me") { Content = JsonContent(new JsonObject()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ambassador.AccessToken);

        using var response = await _http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("GET", "PATCH");
    }

    [Fact]
    public async Task UpdateMe_AfterTheAmbassadorWasDeleted_Returns404()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        _server.DeleteAmbassador(ambassador.IdAmbassador).Should().BeTrue();

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace" });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("The ambassador does not exist.");
        _server.GetAmbassador(ambassador.IdAmbassador).Should().BeNull();
        _server.AmbassadorCount.Should().Be(0);
        _server.DeleteAmbassador(ambassador.IdAmbassador).Should().BeFalse();
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
        var ambassador = _server.SeedAmbassador("ada@example.com");
        var request = new HttpRequestMessage(HttpMethod.Patch, "manager/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ambassador.AccessToken);

        using var response = await _http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadObjectAsync(response))["firstname"]!.GetValue<string>().Should().Be("Ada");
    }

    // ---------------------------------------------------------------- seeding and tokens

    [Fact]
    public void SeedAmbassador_ReturnsAnIdAndAnOpaqueToken_ThatToStringHides()
    {
        var seeded = _server.SeedAmbassador("ada@example.com");

        seeded.AccessToken.Should().MatchRegex("^pst_[0-9a-f]{32}$");
        seeded.Email.Should().Be("ada@example.com");
        seeded.ToString().Should().Contain("AccessToken = ***").And.NotContain(seeded.AccessToken);
        _server.GetAmbassador(seeded.IdAmbassador)!["email"]!.GetValue<string>().Should().Be("ada@example.com");
        _server.IssueAccessToken(seeded.IdAmbassador).Should().NotBe(seeded.AccessToken);
    }

    [Fact]
    public void SeedAmbassador_WithAnEmailInUse_Throws()
    {
        _server.SeedAmbassador("ada@example.com");

        var act = () => _server.SeedAmbassador("ADA@example.com");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void IssueAccessToken_ForUnknownAmbassador_ThrowsArgumentException()
    {
        var act = () => _server.IssueAccessToken(42);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task SetAmbassadorField_ChangesWhatTheApiReturns()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        _server.SetAmbassadorField(ambassador.IdAmbassador, "gamification_points", 9_000_000_000L);
        _server.SetAmbassadorField(ambassador.IdAmbassador, "chat_topics", new JsonArray(1, 2));
        _server.SetAmbassadorField(ambassador.IdAmbassador, "a_field_from_the_future", "hello");
        _server.RemoveAmbassadorField(ambassador.IdAmbassador, "ids_guest_accounts").Should().BeTrue();

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject());

        var body = await ReadObjectAsync(response);
        body["gamification_points"]!.GetValue<long>().Should().Be(9_000_000_000L);
        body["chat_topics"]!.AsArray().Select(item => item!.GetValue<int>()).Should().Equal(1, 2);
        body["a_field_from_the_future"]!.GetValue<string>().Should().Be("hello");
        body.ContainsKey("ids_guest_accounts").Should().BeFalse();
    }

    // ---------------------------------------------------------------- journal

    [Fact]
    public async Task Journal_RecordsMethodPathRouteHeadersAndBody_InArrivalOrder()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        using (await RegisterAsync(ValidRegistration("grace@example.com")))
        {
        }

        using (await PatchAsync(ambassador.AccessToken, new JsonObject { ["lang"] = "fr" }, "widget"))
        {
        }

        using (await _http.GetAsync(new Uri("nothing/here?x=1", UriKind.Relative)))
        {
        }

        var requests = _server.Requests;
        requests.Should().HaveCount(3);

        var register = requests[0];
        register.Method.Should().Be("POST");
        register.Path.Should().Be("/api/v2/auth/register");
        register.Route.Should().Be(PopsellRoute.Register);
        register.Headers["x-popsell-domain"].Should().Be(Domain);
        register.GetHeader("CONTENT-TYPE").Should().StartWith("application/json");
        register.BodyAsJson()!["email"]!.GetValue<string>().Should().Be("grace@example.com");
        register.Fault.Should().BeNull();
        register.ToString().Should().NotContain("correct-horse-battery");

        var patch = requests[1];
        patch.Method.Should().Be("PATCH");
        patch.Path.Should().Be("/api/v2/widget/me");
        patch.Route.Should().Be(PopsellRoute.UpdateMe);
        patch.Headers["Authorization"].Should().Be("Bearer " + ambassador.AccessToken);
        patch.Body.Should().Be("{\"lang\":\"fr\"}");

        var unknown = requests[2];
        unknown.Route.Should().Be(PopsellRoute.Any);
        unknown.Path.Should().Be("/api/v2/nothing/here");
        unknown.Query.Should().Be("?x=1");
        unknown.Body.Should().BeEmpty();
        unknown.BodyAsJson().Should().BeNull();
        requests.Select(request => request.ReceivedAt).Should().BeInAscendingOrder();

        _server.CountRequests(PopsellRoute.Any).Should().Be(3);
        _server.CountRequests(PopsellRoute.Register).Should().Be(1);
        _server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task Journal_IsASnapshot_AndClearJournalEmptiesIt()
    {
        using (await RegisterAsync(ValidRegistration()))
        {
        }

        var snapshot = _server.Requests;
        _server.ClearJournal();

        snapshot.Should().HaveCount(1);
        _server.Requests.Should().BeEmpty();
        _server.CountRequests(PopsellRoute.Register).Should().Be(0);
        _server.AmbassadorCount.Should().Be(1, "clearing the journal keeps the ambassadors");
    }

    [Fact]
    public async Task RecordRequestsOff_KeepsNoEntries_ButStillCountsWaitsAndAppliesFaults()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { Domain = Domain, RecordRequests = false });
        using var http = CreateClient(server);
        server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));

        using var faulted = await http.SendAsync(RegisterRequest(ValidRegistration(), Domain));
        using var created = await http.SendAsync(RegisterRequest(ValidRegistration(), Domain));
        await server.WaitForRequestCountAsync(2, PopsellRoute.Register).WaitAsync(TimeSpan.FromSeconds(10));

        faulted.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "queued faults still apply");
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        server.AmbassadorCount.Should().Be(1);
        server.CountRequests(PopsellRoute.Register).Should().Be(2);
        server.CountRequests(PopsellRoute.Any).Should().Be(2);
        server.Requests.Should().BeEmpty("the server was told to keep nothing per request");
        new PopsellTestServerOptions().RecordRequests.Should().BeTrue("the journal is on unless turned off");
    }

    // ---------------------------------------------------------------- faults

    [Fact]
    public async Task StatusFault_AnswersWithLaravelLikeBodyAndRetryAfterSeconds_WithoutProcessing()
    {
        _server.EnqueueFault(PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(2.5)));

        using var faulted = await RegisterAsync(ValidRegistration());
        using var normal = await RegisterAsync(ValidRegistration());

        faulted.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        faulted.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        faulted.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await faulted.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Service Unavailable\"}");
        normal.StatusCode.Should().Be(HttpStatusCode.Created);
        _server.AmbassadorCount.Should().Be(1);
        var journal = _server.Requests;
        journal[0].Fault.Should().NotBeNull();
        journal[0].Fault!.Kind.Should().Be("Status");
        journal[0].Fault!.StatusCode.Should().Be(503);
        journal[1].Fault.Should().BeNull();
    }

    [Fact]
    public async Task StatusFault_WithCustomBody_SendsItVerbatim()
    {
        _server.EnqueueFault(PopsellFault.Status(429, "{\"message\":\"Too Many Attempts.\"}"));

        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Too Many Attempts.\"}");
        response.Headers.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task RetryAfterDateFault_SendsAnHttpDate()
    {
        var retryAt = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        _server.EnqueueFault(PopsellFault.StatusWithRetryAfterDate(429, retryAt));

        using var response = await RegisterAsync(ValidRegistration());

        response.Headers.GetValues("Retry-After").Single().Should().Be("Wed, 02 Jan 2030 01:04:05 GMT");
        response.Headers.RetryAfter!.Date.Should().Be(retryAt);
    }

    [Fact]
    public async Task RawRetryAfterFault_SendsTheMalformedValueAsIs()
    {
        _server.EnqueueFault(PopsellFault.StatusWithRawRetryAfter(503, "soon-ish"));

        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryGetValues("Retry-After", out var values).Should().BeTrue();
        values!.Single().Should().Be("soon-ish");
    }

    [Theory]
    [InlineData(200, "text/html; charset=UTF-8", "<html><body>Maintenance</body></html>")]
    [InlineData(200, "application/json", "{\"id_ambassador\":1,\"first")]
    [InlineData(200, "", "")]
    [InlineData(502, "text/plain", "Bad Gateway")]
    public async Task BodyFault_SendsExactlyThatStatusContentTypeAndBody(int status, string contentType, string body)
    {
        _server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(status, contentType, body));

        using var response = await RegisterAsync(ValidRegistration());

        ((int)response.StatusCode).Should().Be(status);
        (response.Content.Headers.ContentType?.ToString() ?? string.Empty).Should().Be(contentType);
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
        _server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task RedirectFault_SendsTheLocation()
    {
        using var http = CreateClient(_server, allowRedirects: false);
        _server.EnqueueFault(PopsellFault.Redirect(302, new Uri("https://login.example/")));

        using var response = await http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location.Should().Be(new Uri("https://login.example/"));
        _server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task DelayFault_WaitsThenProcessesNormally()
    {
        _server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromMilliseconds(300)));
        var stopwatch = Stopwatch.StartNew();

        using var response = await RegisterAsync(ValidRegistration());

        stopwatch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        _server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task DelayFault_WhenTheClientGivesUp_DoesNotProcessTheRequest()
    {
        _server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromSeconds(2)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => _http.SendAsync(RegisterRequest(ValidRegistration(), Domain), timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        _server.AmbassadorCount.Should().Be(0);
        _server.CountRequests(PopsellRoute.Register).Should().Be(1);
    }

    [Fact]
    public async Task DelayFault_AfterProcessing_CommitsBeforeTheClientGivesUp()
    {
        _server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromSeconds(5)).AfterProcessing());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => _http.SendAsync(RegisterRequest(ValidRegistration(), Domain), timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task ResetConnectionFault_ThrowsHttpRequestException_AndChangesNothing()
    {
        _server.EnqueueFault(PopsellFault.ResetConnection());

        var act = () => _http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        await act.Should().ThrowAsync<HttpRequestException>();
        _server.AmbassadorCount.Should().Be(0);
        _server.Requests.Single().Fault!.Kind.Should().Be("ResetConnection");
    }

    [Fact]
    public async Task ResetConnectionFault_AfterProcessing_CreatesTheAmbassadorButTheClientSeesAReset()
    {
        _server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetConnection().AfterProcessing());

        var act = () => _http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        await act.Should().ThrowAsync<HttpRequestException>();
        _server.AmbassadorCount.Should().Be(1);
        _server.GetAmbassador(1)!["email"]!.GetValue<string>().Should().Be("ada@example.com");

        using var retry = await RegisterAsync(ValidRegistration());
        retry.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "a blind retry of the registration is refused as a duplicate");
        (await ReadObjectAsync(retry))["errors"]!["email"]![0]!.GetValue<string>().Should().Be("The email has already been taken.");
    }

    [Fact]
    public async Task StatusFault_AfterProcessing_AppliesThePatchButAnswersWithTheFault()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        _server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(500).AfterProcessing());

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace" });

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Internal Server Error");
        _server.GetAmbassador(ambassador.IdAmbassador)!["firstname"]!.GetValue<string>().Should().Be("Grace");
        _server.Requests.Single().Fault!.ProcessesRequest.Should().BeTrue();
    }

    [Fact]
    public async Task ResetMidBodyFault_SendsHeadersAndHalfTheBody_ThenAborts()
    {
        _server.EnqueueFault(PopsellFault.ResetMidBody());

        using var response = await _http.SendAsync(RegisterRequest(ValidRegistration(), Domain), HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var announced = response.Content.Headers.ContentLength!.Value;
        var stream = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var read = async () =>
        {
            var buffer = new byte[1024];
            int count;
            while ((count = await stream.ReadAsync(buffer)) > 0)
            {
                received += count;
            }
        };

        await read.Should().ThrowAsync<IOException>();
        received.Should().BeGreaterThan(0).And.BeLessThan((int)announced);
        _server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task ResetMidBodyFault_WhenTheClientBuffersTheBody_ThrowsHttpRequestException()
    {
        _server.EnqueueFault(PopsellFault.ResetMidBody(201));

        var act = () => _http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task HeadersNeverComeFault_HangsUntilTheClientGivesUp_AndIsJournaled()
    {
        _server.EnqueueFault(PopsellFault.HeadersNeverCome());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => _http.SendAsync(RegisterRequest(ValidRegistration(), Domain), timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _server.Requests.Single().Fault!.Kind.Should().Be("HeadersNeverCome");
        using var next = await RegisterAsync(ValidRegistration());
        next.StatusCode.Should().Be(HttpStatusCode.Created, "the fault applied to one request only");
    }

    [Fact]
    public async Task StallBodyFault_SendsHeadersThenStalls()
    {
        _server.EnqueueFault(PopsellFault.StallBody());
        using var response = await _http.SendAsync(RegisterRequest(ValidRegistration(), Domain), HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => response.Content.ReadAsStringAsync(timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task LargeBodyFault_SendsAValidAmbassadorOfAboutTheRequestedSize()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        _server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.LargeBody(200, 1_000_000));

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace" });

        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeCloseTo(1_000_000, 16);
        var body = JsonNode.Parse(bytes)!.AsObject();
        body["id_ambassador"]!.GetValue<int>().Should().Be(ambassador.IdAmbassador);
        body["description"]!.GetValue<string>().Length.Should().BeGreaterThan(990_000);
        _server.GetAmbassador(ambassador.IdAmbassador)!["firstname"]!.GetValue<string>().Should().Be("Ada", "the fault replaced the processing");
    }

    [Fact]
    public async Task RouteSpecificFaults_ApplyOnlyToTheirRoute_AndComeBeforeAnyRouteFaults_InFifoOrder()
    {
        var ambassador = _server.SeedAmbassador("ada@example.com");
        _server.EnqueueFault(PopsellFault.Status(502));
        _server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));
        _server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(504));
        _server.CountPendingFaults().Should().Be(3);

        using var patch1 = await PatchAsync(ambassador.AccessToken, new JsonObject());
        using var register1 = await RegisterAsync(ValidRegistration("one@example.com"));
        using var register2 = await RegisterAsync(ValidRegistration("two@example.com"));
        using var register3 = await RegisterAsync(ValidRegistration("three@example.com"));
        using var patch2 = await PatchAsync(ambassador.AccessToken, new JsonObject());

        patch1.StatusCode.Should().Be(HttpStatusCode.BadGateway, "the Any fault goes to the first request whatever its route");
        register1.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        register2.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        register3.StatusCode.Should().Be(HttpStatusCode.Created);
        patch2.StatusCode.Should().Be(HttpStatusCode.OK);
        _server.CountPendingFaults().Should().Be(0);
    }

    [Fact]
    public async Task RouteSpecificFault_IsTakenBeforeAnEarlierAnyFault()
    {
        _server.EnqueueFault(PopsellFault.Status(502));
        _server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));

        using var first = await RegisterAsync(ValidRegistration());
        using var second = await RegisterAsync(ValidRegistration());

        first.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        second.StatusCode.Should().Be(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task ClearFaults_RemovesEveryQueuedFault()
    {
        _server.EnqueueFault(PopsellFault.ResetConnection());
        _server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetConnection());
        _server.ClearFaults();

        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        _server.CountPendingFaults().Should().Be(0);
    }

    [Fact]
    public void Faults_DescribeThemselves_AndValidateTheirArguments()
    {
        PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(5)).ToString().Should().Be("Status 503 (Retry-After: 5)");
        PopsellFault.ResetConnection().AfterProcessing().ToString().Should().Be("ResetConnection after processing");
        PopsellFault.Redirect(301, new Uri("/elsewhere", UriKind.Relative)).ToString().Should().Be("Redirect 301 to /elsewhere");
        PopsellFault.Delay(TimeSpan.FromSeconds(1)).ProcessesRequest.Should().BeTrue();
        PopsellFault.HeadersNeverCome().ProcessesRequest.Should().BeFalse();

        var original = PopsellFault.StallBody();
        original.AfterProcessing().IsAfterProcessing.Should().BeTrue();
        original.IsAfterProcessing.Should().BeFalse("AfterProcessing returns a copy");

        FluentActions.Invoking(() => PopsellFault.Status(99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PopsellFault.Redirect(200, new Uri("https://x.example/"))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PopsellFault.LargeBody(200, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    // ---------------------------------------------------------------- concurrency and disposal

    [Fact]
    public async Task ConcurrentRegistrations_AllSucceedWithDistinctSequentialIds()
    {
        const int count = 200;
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var response = await RegisterAsync(ValidRegistration($"user{i}@example.com"));
            return (response.StatusCode, Body: await ReadObjectAsync(response));
        }));

        responses.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.Created);
        responses.Select(response => response.Body["id_ambassador"]!.GetValue<int>())
            .Should().BeEquivalentTo(Enumerable.Range(1, count));
        _server.AmbassadorCount.Should().Be(count);
        _server.CountRequests(PopsellRoute.Register).Should().Be(count);
    }

    [Fact]
    public async Task ConcurrentRegistrations_WithTheSameEmail_CreateExactlyOneAmbassador()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await RegisterAsync(ValidRegistration());
            return response.StatusCode;
        }));

        statuses.Count(status => status == HttpStatusCode.Created).Should().Be(1);
        statuses.Count(status => status == HttpStatusCode.UnprocessableEntity).Should().Be(49);
        _server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task Dispose_WithStalledRequestsInFlight_DoesNotHang()
    {
        var server = await PopsellTestServer.StartAsync();
        using var http = CreateClient(server, timeout: TimeSpan.FromSeconds(30));
        server.EnqueueFault(PopsellFault.HeadersNeverCome());
        server.EnqueueFault(PopsellFault.StallBody());
        server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromMinutes(5)));
        var hanging = http.SendAsync(RegisterRequest(ValidRegistration("a@example.com"), Domain));
        var stalled = http.SendAsync(RegisterRequest(ValidRegistration("b@example.com"), Domain));
        var delayed = http.SendAsync(RegisterRequest(ValidRegistration("c@example.com"), Domain));
        await server.WaitForRequestCountAsync(3).WaitAsync(TimeSpan.FromSeconds(10));
        var stopwatch = Stopwatch.StartNew();

        await server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        var all = Task.WhenAll(hanging, stalled, delayed);
        await FluentActions.Awaiting(() => all.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<HttpRequestException>();
        server.Dispose();
        await server.DisposeAsync();
        server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task WaitForRequestCountAsync_CompletesWhenTheRequestArrives()
    {
        var waiting = _server.WaitForRequestCountAsync(1, PopsellRoute.UpdateMe);
        waiting.IsCompleted.Should().BeFalse();

        using (await _http.PatchAsync(new Uri("manager/me", UriKind.Relative), JsonContent(new JsonObject())))
        {
        }

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    // ---------------------------------------------------------------- helpers

    private static HttpClient CreateClient(PopsellTestServer server, bool allowRedirects = true, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = allowRedirects })
        {
            BaseAddress = server.BaseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
        };

    private static JsonObject ValidRegistration(string email = "ada@example.com") => new()
    {
        ["firstname"] = "Ada",
        ["lastname"] = "Lovelace",
        ["email"] = email,
        ["password"] = "correct-horse-battery",
    };

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static HttpRequestMessage RegisterRequest(JsonNode body, string? domain)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "auth/register") { Content = JsonContent(body) };
        if (domain is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Popsell-Domain", domain);
        }

        return request;
    }

    private static HttpRequestMessage RawRequest(HttpMethod method, string path, string body, string? domain)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (domain is not null)
        {
            request.Headers.Add("X-Popsell-Domain", domain);
        }

        return request;
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    private Task<HttpResponseMessage> RegisterAsync(JsonNode body) => _http.SendAsync(RegisterRequest(body, Domain));

    private Task<HttpResponseMessage> PatchAsync(string token, JsonNode body, string environment = "manager")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, environment + "/me") { Content = JsonContent(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _http.SendAsync(request);
    }
}
