using System.Text.Json;

namespace Popsell.Client.Serialization;

/// <summary>
/// Writes and reads one assigned property of a PATCH body for the generated converters: a value, or JSON <c>null</c> for
/// an assigned <see langword="null"/>. Reading is as liberal as a response's.
/// </summary>
internal static class PatchJson
{
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static string? ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : LenientJson.ReadString(ref reader);

    public static bool? ReadBoolean(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : LenientJson.ReadBoolean(ref reader);
}
