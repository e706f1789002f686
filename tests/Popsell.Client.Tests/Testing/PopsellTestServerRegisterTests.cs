using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>POST /auth/register on the stand-in: the 201 and its documented defaults, and the errors that are not a 422.</summary>
public sealed class PopsellTestServerRegisterTests : StandInServerTestBase
{
    /// <summary>Register request fields copied verbatim into the response.</summary>
    private static readonly string[] CopiedStringFields =
    [
        "key_data", "customer_id", "broker_id", "supervisor_identity", "ambassador_id_referrer", "id_ws",
        "id_ws_referrer", "image", "gender", "username", "description", "motivation_letter", "dob", "lang",
        "phone_1", "phone_2", "fb_account", "twitter_account", "instagram_account", "linkedIn_account",
        "youtube_account",
    ];

    private static readonly Regex LaravelDate = new(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", RegexOptions.CultureInvariant);

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

        JsonNode.DeepEquals(body, Server.GetAmbassador(1)).Should().BeTrue("the response is the stored ambassador");
        Server.VerifyPassword(1, "correct-horse-battery").Should().BeTrue();
        var hidden = Server.GetHiddenFields(1)!;
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
        var seeded = Server.SeedAmbassador("seed@example.com");
        using var first = await RegisterAsync(ValidRegistration("one@example.com"));
        using var second = await RegisterAsync(ValidRegistration("two@example.com"));

        seeded.IdAmbassador.Should().Be(1);
        (await ReadObjectAsync(first))["id_ambassador"]!.GetValue<int>().Should().Be(2);
        (await ReadObjectAsync(second))["id_ambassador"]!.GetValue<int>().Should().Be(3);
        Server.AmbassadorCount.Should().Be(3);
    }

    // ---------------------------------------------------------------- POST /auth/register: other errors

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("other.example")]
    public async Task Register_WhenDomainHeaderMissingOrWrong_Returns401Unauthorized(string? domain)
    {
        using var response = await Http.SendAsync(RegisterRequest(ValidRegistration(), domain));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Unauthorized.\"}");
        Server.AmbassadorCount.Should().Be(0);
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

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Unsupported Media Type.");
    }

    [Theory]
    [InlineData("{\"firstname\":")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task Register_WhenBodyIsNotAJsonObject_Returns400(string rawBody)
    {
        using var response = await Http.SendAsync(RawRequest(HttpMethod.Post, "auth/register", rawBody, Domain));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("The request body must be a JSON object.");
    }

    [Fact]
    public async Task Register_WithWrongMethod_Returns405WithAllowHeader()
    {
        using var response = await Http.GetAsync(new Uri("auth/register", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Method Not Allowed.");
    }

    [Theory]
    [InlineData("auth/signin")]
    [InlineData("manager")]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/")]
    public async Task UnknownPath_Returns404NotFound(string path)
    {
        using var response = await Http.PostAsync(new Uri(path, UriKind.Relative), JsonContent(new JsonObject()));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Not found.\"}");
        Server.Requests.Should().ContainSingle().Which.Route.Should().Be(PopsellRoute.Any);
    }
}
