using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client.Serialization;

/// <summary>
/// Reads one field of an answer with the converter its type has (the liberal readers of <see cref="LenientJson"/>, or
/// System.Text.Json's for lists and objects). When that fails, the field takes its default and its raw JSON is kept
/// (<see cref="UnreadableFields"/>), instead of failing the whole answer. Writes as the inner converter does.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <typeparam name="TField">Names the field.</typeparam>
internal sealed class TolerantConverter<T, TField> : JsonConverter<T>
    where TField : IWireField
{
    private JsonConverter<T>? _inner;

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var inner = Inner(options);
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            // One token: a reader that fails on it leaves the reader where it was.
            try
            {
                return inner.Read(ref reader, typeof(T), options);
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                UnreadableFields.Keep(TField.WireName, ref reader);
                return default;
            }
        }

        // A list or an object may fail partway through: read it from a copy, and keep it whole from its start, for the
        // object this field belongs to (not one of its items left open by the failure).
        var start = reader;
        var open = UnreadableFields.OpenCount;
        try
        {
            return inner.Read(ref reader, typeof(T), options);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            UnreadableFields.CloseTo(open);
            reader = start;
            UnreadableFields.Keep(TField.WireName, ref reader);
            return default;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        Inner(options).Write(writer, value, options);

    private static bool IsUnreadable(Exception e) => e is JsonException or InvalidOperationException or FormatException or OverflowException;

    private JsonConverter<T> Inner(JsonSerializerOptions options) =>
        _inner ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
}
