using System.Text.Json;
using Popsell.Client.Operations;
using Popsell.Client.Serialization;

namespace Popsell.Client.Http;

/// <summary>Reads the <see cref="Ambassador"/> that register, get me and update me answer with.</summary>
internal static class AmbassadorResult
{
    /// <summary>Reads the body through the wire storage's source-generated metadata, the fast path.</summary>
    public static readonly ResultReader<Ambassador> Read = static body =>
        JsonSerializer.Deserialize(body, PopsellJsonContext.Default.AmbassadorData) is { } data ? new Ambassador(data) : null;
}
