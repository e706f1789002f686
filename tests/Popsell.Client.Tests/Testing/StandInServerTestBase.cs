using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>
/// Tests of the stand-in server itself, through a plain <see cref="HttpClient"/> over real sockets (not the SDK),
/// so that the stand-in is known to follow the documented wire contract before the SDK is tested against it.
/// Each test gets its own stand-in (<see cref="Server"/>) and a plain client pointed at it (<see cref="Http"/>).
/// </summary>
public abstract class StandInServerTestBase : IAsyncLifetime
{
    protected const string Domain = "brand.example";

    /// <summary>Every documented field of the full ambassador, in the documented order: the 201 response of POST
    /// /auth/register, with the block that GET /{environment}/me's 200 shows after <c>phone_2</c>.</summary>
    protected static readonly string[] DocumentedAmbassadorFields =
    [
        "id_ambassador", "id_brand", "date_insert", "date_update", "key_data", "customer_id", "broker_id",
        "shopify_customer_id", "facebook_id", "google_id", "apple_id", "supervisor_identity", "ambassador_id_referrer",
        "id_ws", "id_ws_referrer", "image", "gender", "firstname", "lastname", "username", "description",
        "motivation_letter", "email", "email_tmp", "dob", "lang", "phone_1", "phone_2",
        "notification_newsletter", "notification_pl_created", "notification_pl_expired", "notification_pl_order",
        "notification_pl_blog", "notification_post_comment", "notification_community", "notification_reward",
        "notification_browser_waiting_list", "email_notification_enabled", "browser_notification_enabled",
        "notification_tag", "notification_chat", "email_notification_delay", "last_notification_date",
        "notification_email_chat", "notification_email_favorite_comment", "notification_email_post_comment",
        "notification_email_reward", "notification_email_tag", "notification_post_community",
        "notification_email_post_community", "last_notification_flow",
        "gamification_score", "gamification_current_level", "gamification_next_level", "gamification_level_badge",
        "gamification_level_label", "gamification_id_level", "gamification_current_level_value", "gamification_points",
        "last_date_gamification", "optin_cgu", "optin_cgu_photos", "active", "status", "unsubscribe",
        "last_date_connection", "activation_date", "validate_date", "availability", "unavailable", "last_action_date",
        "is_absent", "absent_msg", "fb_account", "twitter_account", "instagram_account", "linkedIn_account",
        "youtube_account", "register_src", "register_landing_url", "onboarding_sequence", "social_community_display",
        "last_contact_import", "sell_token_amount", "products_purchased_limit", "nb_public_popliste",
        "nb_private_popliste", "chat_topics", "status_role", "manager_role", "ids_guest_accounts",
    ];

    protected PopsellTestServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PopsellTestServer.StartAsync();
        Http = CreateClient(Server);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    protected static HttpClient CreateClient(PopsellTestServer server, bool allowRedirects = true, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = allowRedirects })
        {
            BaseAddress = server.BaseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
        };

    protected static JsonObject ValidRegistration(string email = "ada@example.com") => new()
    {
        ["firstname"] = "Ada",
        ["lastname"] = "Lovelace",
        ["email"] = email,
        ["password"] = "correct-horse-battery",
    };

    protected static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    protected static HttpRequestMessage RegisterRequest(JsonNode body, string? domain)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "auth/register") { Content = JsonContent(body) };
        if (domain is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Popsell-Domain", domain);
        }

        return request;
    }

    protected static HttpRequestMessage RawRequest(HttpMethod method, string path, string body, string? domain)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (domain is not null)
        {
            request.Headers.Add("X-Popsell-Domain", domain);
        }

        return request;
    }

    protected static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    protected Task<HttpResponseMessage> RegisterAsync(JsonNode body) => Http.SendAsync(RegisterRequest(body, Domain));

    /// <summary>A request to one of the auth routes or GET /brand: the domain header (unless <see langword="null"/>), an optional bearer and an optional JSON body.</summary>
    protected static HttpRequestMessage ApiRequest(HttpMethod method, string path, JsonNode? body = null, string? bearer = null, string? domain = Domain)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent(body);
        }

        if (domain is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Popsell-Domain", domain);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    /// <summary>POSTs to an auth route (<c>auth/login</c>...) with the accepted domain.</summary>
    protected Task<HttpResponseMessage> PostAsync(string path, JsonNode? body = null, string? bearer = null) =>
        Http.SendAsync(ApiRequest(HttpMethod.Post, path, body, bearer));

    protected Task<HttpResponseMessage> GetMeAsync(string token) => Http.SendAsync(ApiRequest(HttpMethod.Get, "manager/me", bearer: token, domain: null));

    /// <summary>Reads a 200 <c>{"token":"..."}</c> answer, checking that it has exactly that one key.</summary>
    protected static async Task<string> ReadTokenAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal("token");
        return body["token"]!.GetValue<string>();
    }

    protected Task<HttpResponseMessage> PatchAsync(string token, JsonNode body, string environment = "manager")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, environment + "/me") { Content = JsonContent(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Http.SendAsync(request);
    }
}
