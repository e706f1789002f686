using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>A stored ambassador: its wire object, the accepted fields the API never returns, and its password.</summary>
internal sealed class AmbassadorRecord(JsonObject wire, string password)
{
    /// <summary>Gets the object returned by the API (snake_case keys, documented order).</summary>
    public JsonObject Wire { get; } = wire;

    /// <summary>Gets the accepted fields that are not part of the response (store_id, roles, address, notification settings...).</summary>
    public JsonObject Hidden { get; } = new();

    /// <summary>Gets or sets the password (never returned).</summary>
    public string Password { get; set; } = password;
}
