using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>Laravel-style validation of the documented request bodies.</summary>
internal static class RequestValidator
{
    /// <summary>Validates a registration body; <paramref name="isEmailTaken"/> answers the <c>unique</c> rule.</summary>
    public static LaravelErrorBag ValidateRegister(JsonObject body, int minimumPasswordLength, Func<string, bool> isEmailTaken) =>
        Validate(body, AmbassadorSchema.RegisterRules, minimumPasswordLength, isEmailTaken);

    /// <summary>
    /// Validates a body against every rule, present or not, in rule order (Laravel reports errors in rule order);
    /// <paramref name="isEmailTaken"/> answers the <c>unique</c> rule of <see cref="RuleKind.Email"/> fields.
    /// </summary>
    public static LaravelErrorBag Validate(JsonObject body, IReadOnlyList<FieldRule> rules, int minimumPasswordLength, Func<string, bool>? isEmailTaken = null)
    {
        isEmailTaken ??= static _ => false;
        var bag = new LaravelErrorBag();
        foreach (var rule in rules)
        {
            body.TryGetPropertyValue(rule.Name, out var node);
            var kind = JsonText.KindOf(node);
            switch (rule.Kind)
            {
                case RuleKind.String:
                    if (kind is not (JsonValueKind.Null or JsonValueKind.String))
                    {
                        bag.MustBeString(rule.Name);
                    }

                    break;
                case RuleKind.RequiredString:
                    if (IsBlank(node))
                    {
                        bag.Required(rule.Name);
                    }
                    else if (kind != JsonValueKind.String)
                    {
                        bag.MustBeString(rule.Name);
                    }

                    break;
                case RuleKind.Email:
                    if (IsBlank(node))
                    {
                        bag.Required(rule.Name);
                    }
                    else
                    {
                        CheckEmail(bag, rule.Name, node, isEmailTaken);
                    }

                    break;
                case RuleKind.Password:
                    if (node is null || JsonText.AsString(node) is { Length: 0 } || node is JsonArray { Count: 0 })
                    {
                        bag.Required(rule.Name);
                    }
                    else
                    {
                        CheckPassword(bag, rule.Name, node, minimumPasswordLength);
                    }

                    break;
                case RuleKind.Roles:
                    CheckArrayOfObjects(bag, rule.Name, node, ["status_role"]);
                    break;
                case RuleKind.Address:
                    CheckArrayOfObjects(bag, rule.Name, node, AmbassadorSchema.AddressFields);
                    break;
                default:
                    break;
            }
        }

        return bag;
    }

    /// <summary>Validates the fields present in a PATCH body; <paramref name="isEmailTakenByOther"/> answers the <c>unique</c> rule.</summary>
    public static LaravelErrorBag ValidatePatch(JsonObject body, int minimumPasswordLength, Func<string, bool> isEmailTakenByOther)
    {
        var bag = new LaravelErrorBag();
        foreach (var rule in AmbassadorSchema.PatchRules)
        {
            if (!body.TryGetPropertyValue(rule.Name, out var node))
            {
                continue;
            }

            var kind = JsonText.KindOf(node);
            switch (rule.Kind)
            {
                case RuleKind.Password:
                    if (node is not null)
                    {
                        CheckPassword(bag, rule.Name, node, minimumPasswordLength);
                    }

                    break;
                case RuleKind.String:
                    if (kind == JsonValueKind.Null ? !rule.Nullable : kind != JsonValueKind.String)
                    {
                        bag.MustBeString(rule.Name);
                    }

                    break;
                case RuleKind.Email:
                    if (node is null)
                    {
                        bag.MustBeString(rule.Name);
                    }
                    else
                    {
                        CheckEmail(bag, rule.Name, node, isEmailTakenByOther);
                    }

                    break;
                case RuleKind.Boolean:
                    if (kind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        bag.MustBeBoolean(rule.Name);
                    }

                    break;
                default:
                    break;
            }
        }

        return bag;
    }

    /// <summary>Counts Unicode code points, as PHP's <c>mb_strlen</c> does.</summary>
    public static int CodePointLength(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (!char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Laravel's <c>required</c> fails for null, a blank string and an empty array.</summary>
    private static bool IsBlank([NotNullWhen(false)] JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue when JsonText.AsString(node) is { } text => string.IsNullOrWhiteSpace(text),
        _ => false,
    };

    private static void CheckEmail(LaravelErrorBag bag, string name, JsonNode node, Func<string, bool> isTaken)
    {
        var email = JsonText.AsString(node);
        if (email is null || !EmailAddress.IsValid(email))
        {
            bag.MustBeEmail(name);
        }
        else if (isTaken(email))
        {
            bag.Taken(name);
        }
    }

    private static void CheckPassword(LaravelErrorBag bag, string name, JsonNode node, int minimumLength)
    {
        var password = JsonText.AsString(node);
        if (password is null)
        {
            bag.MustBeString(name);
        }
        else if (CodePointLength(password) < minimumLength)
        {
            bag.TooShort(name, minimumLength);
        }
    }

    private static void CheckArrayOfObjects(LaravelErrorBag bag, string name, JsonNode? node, IReadOnlyList<string> stringFields)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray array)
        {
            bag.MustBeArray(name);
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var prefix = name + "." + i.ToString(CultureInfo.InvariantCulture);
            if (array[i] is not JsonObject item)
            {
                bag.MustBeArray(prefix);
                continue;
            }

            foreach (var field in stringFields)
            {
                if (item.TryGetPropertyValue(field, out var value) && JsonText.KindOf(value) is not (JsonValueKind.Null or JsonValueKind.String))
                {
                    bag.MustBeString(prefix + "." + field);
                }
            }
        }
    }
}
