using System.Globalization;
using System.Text.Json;

namespace Popsell.Client.Serialization;

/// <summary>
/// Liberal readers for the scalar shapes a PHP/Laravel backend sends: numbers as strings, booleans as
/// <c>0</c>/<c>1</c> or <c>"0"</c>/<c>"1"</c>, strings as numbers.
/// </summary>
internal static class LenientJson
{
    /// <summary>Reads a string, accepting numbers and booleans (as their JSON text) and raw JSON for objects and arrays.</summary>
    public static string ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => Utf8Text(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.StartObject or JsonTokenType.StartArray => RawJson(ref reader),
        _ => throw Unexpected(reader.TokenType, "a string"),
    };

    /// <summary>Reads a boolean, accepting <c>0</c>/<c>1</c>, <c>"0"</c>/<c>"1"</c>, <c>"true"</c>/<c>"false"</c> and <c>""</c>.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
            case JsonTokenType.Null:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) ? number != 0 : reader.GetDouble() != 0;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (text.Length == 0 || text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase)
                    || text.Equals("off", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase)
                    || text.Equals("on", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                throw new JsonException($"The string \"{Clip(text)}\" is not a boolean.");
            default:
                throw Unexpected(reader.TokenType, "a boolean");
        }
    }

    /// <summary>Reads a 64-bit integer, accepting integral numbers written with a fraction or as strings; <c>null</c> and <c>""</c> read as <see langword="null"/>.</summary>
    public static long? ReadInt64(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return 1;
            case JsonTokenType.False:
                return 0;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole))
                {
                    return whole;
                }

                return FromReal(Utf8Text(ref reader));
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    return FromReal(text);
                }

                throw new JsonException($"The string \"{Clip(text)}\" is not an integer.");
            default:
                throw Unexpected(reader.TokenType, "an integer");
        }
    }

    /// <summary>Reads a 32-bit integer the way <see cref="ReadInt64"/> does, failing when it does not fit.</summary>
    public static int? ReadInt32(ref Utf8JsonReader reader)
    {
        var value = ReadInt64(ref reader);
        if (value is { } number && (number < int.MinValue || number > int.MaxValue))
        {
            throw new JsonException($"The integer {number} does not fit in 32 bits.");
        }

        return (int?)value;
    }

    /// <summary>Reads a number written with a fraction or an exponent (<c>3.0</c>, <c>1e3</c>) when it is a whole 64-bit integer.</summary>
    /// <remarks>Through <see cref="decimal"/>, which is exact here, not <see cref="double"/>: <c>9223372036854775807.0</c> is
    /// 2^63 as a double, one past <see cref="long.MaxValue"/>, and converting that to <see cref="long"/> gives
    /// <see cref="long.MaxValue"/> on .NET 9 and later but <see cref="long.MinValue"/> on .NET 8.</remarks>
    private static long FromReal(string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && decimal.Truncate(value) == value && value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        throw new JsonException($"The number {Clip(text)} is not an integer.");
    }

    private static string Utf8Text(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }

        return System.Text.Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence));
    }

    private static string RawJson(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    private static JsonException Unexpected(JsonTokenType token, string expected) =>
        new($"Expected {expected} but found a JSON {token}.");

    private static string Clip(string text) => text.Length <= 32 ? text : string.Concat(text.AsSpan(0, 32), "…");
}
