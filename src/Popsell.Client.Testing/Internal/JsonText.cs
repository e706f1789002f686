using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>Reflection-free JSON helpers over <see cref="JsonDocument"/>, <see cref="JsonNode"/> and <see cref="Utf8JsonWriter"/>.</summary>
internal static class JsonText
{
    private static readonly JsonDocumentOptions StrictOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 512,
    };

    /// <summary>Parses JSON text strictly (as PHP's json_decode does), keeping the last value of a repeated key.</summary>
    public static bool TryParse(string text, out JsonNode? node)
    {
        node = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text, StrictOptions);
            node = ToNode(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Converts an element to a detached node; for a repeated key the last value wins.</summary>
    public static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = ToNode(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(element.GetString());
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            case JsonValueKind.Number:
                return JsonValue.Create(element.Clone());
            default:
                return null;
        }
    }

    /// <summary>Gets the JSON kind of a node, mapping a JSON <c>null</c> (a <see langword="null"/> node) to <see cref="JsonValueKind.Null"/>.</summary>
    public static JsonValueKind KindOf(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    /// <summary>Gets a node's string value, or <see langword="null"/> if it is not a JSON string.</summary>
    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Writes a node as compact UTF-8 JSON.</summary>
    public static byte[] ToUtf8(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Builds Laravel's <c>{"message":"..."}</c> body.</summary>
    public static string Message(string message)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
