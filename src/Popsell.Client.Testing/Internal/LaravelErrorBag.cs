using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>Validation errors in Laravel's order and wording, rendered as its 422 body.</summary>
internal sealed class LaravelErrorBag
{
    private readonly List<KeyValuePair<string, List<string>>> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public void Required(string attribute) => Add(attribute, "The " + Display(attribute) + " field is required.");

    public void MustBeString(string attribute) => Add(attribute, "The " + Display(attribute) + " field must be a string.");

    public void MustBeEmail(string attribute) => Add(attribute, "The " + Display(attribute) + " field must be a valid email address.");

    public void Taken(string attribute) => Add(attribute, "The " + Display(attribute) + " has already been taken.");

    public void MustBeBoolean(string attribute) => Add(attribute, "The " + Display(attribute) + " field must be true or false.");

    public void MustBeArray(string attribute) => Add(attribute, "The " + Display(attribute) + " field must be an array.");

    /// <summary>Laravel's <c>passwords.user</c> message, given for an e-mail address no user has.</summary>
    public void NoUserWithEmail(string attribute) => Add(attribute, "We can't find a user with that email address.");

    public void TooShort(string attribute, int minimum) =>
        Add(attribute, "The " + Display(attribute) + " field must be at least " + minimum.ToString(CultureInfo.InvariantCulture) + " characters.");

    /// <summary>Renders <c>{"message":"first (and N more errors)","errors":{...}}</c>.</summary>
    public JsonObject ToJson()
    {
        var errors = new JsonObject();
        var total = 0;
        string? first = null;
        foreach (var (attribute, messages) in _errors)
        {
            var array = new JsonArray();
            foreach (var message in messages)
            {
                first ??= message;
                total++;
                array.Add((JsonNode?)JsonValue.Create(message));
            }

            errors[attribute] = array;
        }

        var summary = first ?? "The given data was invalid.";
        var more = total - 1;
        if (more > 0)
        {
            summary += " (and " + more.ToString(CultureInfo.InvariantCulture) + (more == 1 ? " more error)" : " more errors)");
        }

        return new JsonObject
        {
            ["message"] = summary,
            ["errors"] = errors,
        };
    }

    /// <summary>
    /// Laravel's displayable attribute name: <c>str_replace('_', ' ', Str::snake($attribute))</c>,
    /// so <c>phone_1</c> reads "phone 1" and <c>linkedIn_account</c> reads "linked in account".
    /// </summary>
    internal static string Display(string attribute)
    {
        var text = new StringBuilder(attribute.Length + 4);
        for (var i = 0; i < attribute.Length; i++)
        {
            var c = attribute[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c == '_' ? ' ' : c);
            }
        }

        return text.ToString();
    }

    private void Add(string attribute, string message)
    {
        foreach (var (key, messages) in _errors)
        {
            if (string.Equals(key, attribute, StringComparison.Ordinal))
            {
                messages.Add(message);
                return;
            }
        }

        _errors.Add(new KeyValuePair<string, List<string>>(attribute, [message]));
    }
}
