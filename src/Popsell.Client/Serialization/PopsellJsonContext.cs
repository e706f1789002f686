using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for every type the SDK puts on or reads from the wire.
/// No reflection-based serialization happens anywhere in the SDK. The generated partial beside the models lists the types.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.Unspecified,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [
        typeof(LenientInt32Converter),
        typeof(LenientNullableInt32Converter),
        typeof(LenientInt64Converter),
        typeof(LenientBooleanConverter),
        typeof(LenientStringConverter)])]
internal sealed partial class PopsellJsonContext : JsonSerializerContext;
