using System.Text.Json;
using System.Text.Json.Nodes;

namespace Popsell.Client.Serialization;

/// <summary>The extra fields of a request (its <c>AdditionalProperties</c>) for the generated records and converters.</summary>
internal static class RequestJson
{
    /// <summary>Writes each extra field after the record's own, a <see langword="null"/> value as JSON <c>null</c>.</summary>
    public static void WriteAdditional(Utf8JsonWriter writer, IDictionary<string, JsonNode?> additional)
    {
        foreach (var (name, value) in additional)
        {
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }
    }

    /// <summary>Reads the value at <paramref name="reader"/> into <paramref name="additional"/> under <paramref name="name"/>.</summary>
    public static void ReadAdditional(ref Utf8JsonReader reader, string name, ref Dictionary<string, JsonNode?>? additional) =>
        (additional ??= new(StringComparer.Ordinal))[name] = JsonNode.Parse(ref reader);

    /// <summary>Adds what <see cref="ReadAdditional"/> collected to a record's bag.</summary>
    public static void AddTo(IDictionary<string, JsonNode?> target, Dictionary<string, JsonNode?>? additional)
    {
        foreach (var (name, value) in additional ?? [])
        {
            target[name] = value;
        }
    }

    /// <summary>Copies a bag for a <see langword="with"/> copy: a dictionary and values of its own.</summary>
    public static Dictionary<string, JsonNode?> Copy(IDictionary<string, JsonNode?> original)
    {
        var copy = new Dictionary<string, JsonNode?>(original.Count, StringComparer.Ordinal);
        foreach (var (name, value) in original)
        {
            copy[name] = value?.DeepClone();
        }

        return copy;
    }

    /// <summary>Refuses an extra field whose name a property of the record also sends: the body would carry it twice.</summary>
    /// <exception cref="ArgumentException">A name is sent by a property too, or is <see langword="null"/>.</exception>
    public static void CheckAdditional(IDictionary<string, JsonNode?> additional, Func<string, bool> sends, string type)
    {
        foreach (var name in additional.Keys)
        {
            if (sends(name))
            {
#pragma warning disable CA2208 // The name is that of the facade method's parameter, which holds the record.
                throw new ArgumentException(
                    $"{type}.AdditionalProperties has \"{name}\", which a property of {type} also sends: set the property instead, or leave it unset to send the additional one.",
                    "request");
#pragma warning restore CA2208
            }
        }
    }
}
