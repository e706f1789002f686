using System.Text.Json.Serialization;

namespace Popsell.Client;

/// <summary>A role to give an ambassador at registration (an item of <see cref="RegisterRequest.Roles"/>).</summary>
public sealed record AmbassadorRole
{
    /// <summary>The status role. Wire name: <c>status_role</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("status_role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StatusRole { get; init; }
}
