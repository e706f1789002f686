// Hand-written DTOs: what an application would declare to call the Popsell API with HttpClient and a
// System.Text.Json source-generated context. The baseline of the benchmarks, and the "raw" side of the loopback and
// cold-start rows. Shared (linked) by Popsell.Client.ColdStart.
using System.Text.Json.Serialization;

namespace Popsell.Client.Benchmarks;

/// <summary>An address item of <see cref="HwRegister"/>.</summary>
public sealed class HwAddress
{
    [JsonPropertyName("latitude")] public string? Latitude { get; set; }
    [JsonPropertyName("longitude")] public string? Longitude { get; set; }
    [JsonPropertyName("city")] public string? City { get; set; }
    [JsonPropertyName("postcode")] public string? Postcode { get; set; }
    [JsonPropertyName("country")] public string? Country { get; set; }
    [JsonPropertyName("street")] public string? Street { get; set; }
    [JsonPropertyName("street2")] public string? Street2 { get; set; }
}
