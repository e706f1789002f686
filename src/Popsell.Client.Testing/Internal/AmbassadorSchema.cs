using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>
/// The wire shape of an ambassador and the documented request fields of the routes, taken from the OpenAPI document
/// (<see cref="ApiSchema"/>, generated). What the stand-in does with them is its own: which fields it validates as
/// emails or passwords, and the values a new ambassador starts with.
/// </summary>
internal static class AmbassadorSchema
{
    /// <summary>The values a new ambassador starts with where the empty value of the field's type would not do.</summary>
    private static readonly Dictionary<string, JsonNode> StartingValues = new(StringComparer.Ordinal)
    {
        ["id_brand"] = 1,
        ["email_notification_enabled"] = true,
        ["active"] = true,
        ["status"] = 1,
        ["status_role"] = "ambassador",
        ["manager_role"] = "none",
    };

    /// <summary>The rules of <c>POST /auth/register</c>, in the documented order (Laravel reports errors in rule order).</summary>
    public static readonly IReadOnlyList<FieldRule> RegisterRules = Rules(ApiSchema.RegisterRequest);

    /// <summary>The fields of <c>PATCH /{environment}/me</c>, in the documented order.</summary>
    public static readonly IReadOnlyList<FieldRule> PatchRules = Rules(ApiSchema.UpdateMeRequest);

    /// <summary>The string fields of an <c>address</c> entry.</summary>
    public static readonly IReadOnlyList<string> AddressFields = [.. ApiSchema.AmbassadorAddress.Select(f => f.Name)];

    /// <summary>The set of keys of <see cref="CreateTemplate"/>.</summary>
    public static readonly IReadOnlySet<string> ResponseFields =
        new HashSet<string>(ApiSchema.Ambassador.Select(f => f.Name), StringComparer.Ordinal);

    /// <summary>
    /// Creates an ambassador with every documented response field, in the documented order, holding its default:
    /// <see langword="null"/> for nullable fields, <c>""</c> for other strings, zero, <see langword="false"/> or an empty
    /// array, unless it has a starting value of its own.
    /// </summary>
    public static JsonObject CreateTemplate()
    {
        var template = new JsonObject();
        foreach (var field in ApiSchema.Ambassador)
        {
            template[field.Name] = StartingValues.TryGetValue(field.Name, out var value) ? value.DeepClone() : Empty(field);
        }

        return template;
    }

    /// <summary>The empty value of a documented field: <see langword="null"/> if it is nullable, else <c>""</c>, zero, <see langword="false"/>, <c>[]</c> or <c>{}</c>.</summary>
    public static JsonNode? Empty(ApiField field) => field.Nullable ? null : field.Type switch
    {
        ApiType.String => string.Empty,
        ApiType.Integer => 0,
        ApiType.Boolean => false,
        ApiType.Array => new JsonArray(),
        ApiType.Object => new JsonObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };

    /// <summary>How the stand-in validates each field: the semantic rules by name, the others by their documented type.</summary>
    private static List<FieldRule> Rules(IReadOnlyList<ApiField> fields) =>
    [
        .. fields.Select(field => new FieldRule(field.Name, field.Name switch
        {
            "email" => RuleKind.Email,
            "password" => RuleKind.Password,
            "roles" => RuleKind.Roles,
            "address" => RuleKind.Address,
            _ => field.Type switch
            {
                ApiType.Boolean => RuleKind.Boolean,
                ApiType.String when field.Required => RuleKind.RequiredString,
                ApiType.String => RuleKind.String,
                _ => throw new NotSupportedException($"The stand-in has no rule for '{field.Name}' ({field.Type})."),
            },
        }, field.Nullable)),
    ];
}
