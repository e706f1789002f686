using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client.Serialization;

/// <summary>
/// Reads and writes an <see cref="Ambassador"/> in its wire form (snake_case names, unknown fields kept) through the
/// source-generated metadata of <see cref="AmbassadorData"/>, whatever <see cref="JsonSerializerOptions"/> the caller uses.
/// </summary>
internal sealed class AmbassadorJsonConverter : JsonConverter<Ambassador>
{
    public override Ambassador? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, PopsellJsonContext.Default.AmbassadorData) is { } data ? new Ambassador(data) : null;

    public override void Write(Utf8JsonWriter writer, Ambassador value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Data, PopsellJsonContext.Default.AmbassadorData);
}
