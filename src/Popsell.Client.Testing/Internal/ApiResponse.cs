using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The response the emulated API would send, before any fault replaces it.</summary>
internal sealed class ApiResponse
{
    public required int StatusCode { get; init; }

    /// <summary>Gets the JSON body (sent as <c>application/json</c>).</summary>
    public required JsonNode Body { get; init; }

    /// <summary>Gets the ambassador the response carries (a detached copy), if it carries one.</summary>
    public JsonObject? Ambassador { get; init; }

    /// <summary>Gets the <c>Allow</c> header of a 405.</summary>
    public string? Allow { get; init; }

    public static ApiResponse Message(int statusCode, string message, string? allow = null) => new()
    {
        StatusCode = statusCode,
        Body = new JsonObject { ["message"] = message },
        Allow = allow,
    };

    public static ApiResponse ForAmbassador(int statusCode, JsonObject ambassador) => new()
    {
        StatusCode = statusCode,
        Body = ambassador,
        Ambassador = ambassador,
    };
}
