using System.Text.Json;

namespace Popsell.Client.Benchmarks;

/// <summary>The canned answers of the in-memory handler.</summary>
public static class Canned
{
    /// <summary>A complete ambassador as UTF-8 JSON, every documented field set.</summary>
    public static byte[] AmbassadorBody(string description = HwPayloads.DefaultDescription) =>
        JsonSerializer.SerializeToUtf8Bytes(HwPayloads.Ambassador(description), HandWrittenJsonContext.Default.HwAmbassador);
}
