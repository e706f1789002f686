using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>
/// The request fields of the auth routes and the brand's wire shape, taken from the OpenAPI document
/// (<see cref="ApiSchema"/>, generated). The stand-in checks that required fields are there and that strings are
/// strings; it does not check e-mail formats on these routes.
/// </summary>
internal static class AuthSchema
{
    /// <summary>The values the default brand starts with, by documented field; other fields get the empty value of their type.</summary>
    private static readonly Dictionary<string, Func<string, JsonNode>> BrandStartingValues = new(StringComparer.Ordinal)
    {
        ["id_brand"] = _ => 1,
        ["label"] = _ => "Brand Example",
        ["default_language"] = _ => "fr_FR",
        ["url"] = domain => "https://" + domain,
        ["program_label"] = _ => "Ambassador Program",
        ["front_office_domain"] = domain => "https://" + domain,
        ["register_restriction"] = _ => "MANUALLY",
        ["product_price_display_limit"] = _ => 100,
        ["widget_wl_cta_chat_topic"] = _ => 1,
        ["widget_community_default_sort_amb_by"] = _ => 1,
        ["brand_config"] = _ => new JsonObject(),
        ["available_content_language"] = _ => new JsonArray("fr_FR", "en_GB"),
        ["timezone"] = _ => "Europe/Paris",
    };

    /// <summary>The rules of <c>POST /auth/login</c>.</summary>
    public static readonly IReadOnlyList<FieldRule> LoginRules = Rules(ApiSchema.LoginRequest);

    /// <summary>The rules of <c>POST /auth/token</c>.</summary>
    public static readonly IReadOnlyList<FieldRule> AccessTokenRules = Rules(ApiSchema.AccessTokenRequest);

    /// <summary>The rules of <c>POST /auth/brand</c>.</summary>
    public static readonly IReadOnlyList<FieldRule> BrandUserRules = Rules(ApiSchema.BrandUserRequest);

    /// <summary>The rules of <c>POST /auth/forgot-password</c>.</summary>
    public static readonly IReadOnlyList<FieldRule> PasswordResetEmailRules = Rules(ApiSchema.PasswordResetEmailRequest);

    /// <summary>The rules of <c>POST /auth/reset-password</c>.</summary>
    public static readonly IReadOnlyList<FieldRule> ResetPasswordRules = Rules(ApiSchema.ResetPasswordRequest);

    /// <summary>
    /// Creates the default brand: every documented field of <c>Brand</c>, in the documented order, with a plausible
    /// value (the URLs point at <paramref name="domain"/>).
    /// </summary>
    public static JsonObject CreateBrand(string domain)
    {
        var host = string.IsNullOrWhiteSpace(domain) ? "brand.example" : domain.Trim();
        var brand = new JsonObject();
        foreach (var field in ApiSchema.Brand)
        {
            brand[field.Name] = BrandStartingValues.TryGetValue(field.Name, out var value) ? value(host) : AmbassadorSchema.Empty(field);
        }

        return brand;
    }

    /// <summary>Required strings and optional strings by their documented type; <c>password</c> is not trimmed (Laravel's TrimStrings skips it).</summary>
    private static List<FieldRule> Rules(IReadOnlyList<ApiField> fields) =>
    [
        .. fields.Select(field => new FieldRule(field.Name, field switch
        {
            { Name: "password", Required: true } => RuleKind.Password,
            { Type: ApiType.String, Required: true } => RuleKind.RequiredString,
            { Type: ApiType.String } => RuleKind.String,
            _ => throw new NotSupportedException($"The stand-in has no rule for '{field.Name}' ({field.Type})."),
        }, field.Nullable)),
    ];
}
