using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client.Serialization;

/// <summary>Reads an <see cref="int"/> liberally (see <see cref="LenientJson"/>); <c>null</c> and <c>""</c> read as 0.</summary>
internal sealed class LenientInt32Converter : JsonConverter<int>
{
    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientJson.ReadInt32(ref reader) ?? 0;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Reads an <see cref="int"/>? liberally; <c>null</c> and <c>""</c> read as <see langword="null"/>.</summary>
internal sealed class LenientNullableInt32Converter : JsonConverter<int?>
{
    /// <inheritdoc/>
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientJson.ReadInt32(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads a <see cref="long"/> liberally; <c>null</c> and <c>""</c> read as 0.</summary>
internal sealed class LenientInt64Converter : JsonConverter<long>
{
    /// <inheritdoc/>
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientJson.ReadInt64(ref reader) ?? 0;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Reads a <see cref="bool"/> liberally; <c>null</c> reads as <see langword="false"/>.</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientJson.ReadBoolean(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>Reads a <see cref="string"/> liberally: numbers and booleans as their JSON text.</summary>
/// <remarks><c>null</c> is left to the serializer, so a nullable property stays <see langword="null"/>; the models turn it into <c>""</c> where the property is not nullable.</remarks>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientJson.ReadString(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
