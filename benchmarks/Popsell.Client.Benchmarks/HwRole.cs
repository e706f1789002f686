// Hand-written DTOs: what an application would declare to call the Popsell API with HttpClient and a
// System.Text.Json source-generated context. The baseline of the benchmarks, and the "raw" side of the loopback and
// cold-start rows. Shared (linked) by Popsell.Client.ColdStart.
using System.Text.Json.Serialization;

namespace Popsell.Client.Benchmarks;

/// <summary>A role item of <see cref="HwRegister"/>.</summary>
public sealed class HwRole
{
    [JsonPropertyName("status_role")] public string? StatusRole { get; set; }
}
