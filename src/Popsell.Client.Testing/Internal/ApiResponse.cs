using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The response the emulated API would send, before any fault replaces it.</summary>
internal sealed class ApiResponse
{
    public required int StatusCode { get; init; }

    /// <summary>Gets the JSON body (sent as <c>application/json</c>).</summary>
    public required JsonNode Body { get; init; }

    /// <summary>
    /// Gets the body of a successful response (a detached copy: the ambassador, the session, the token answer, the
    /// message or the brand), which body-carrying faults show after processing; <see langword="null"/> for an error.
    /// </summary>
    public JsonObject? SuccessBody { get; init; }

    /// <summary>Gets the <c>Allow</c> header of a 405.</summary>
    public string? Allow { get; init; }

    public static ApiResponse Message(int statusCode, string message, string? allow = null) => new()
    {
        StatusCode = statusCode,
        Body = new JsonObject { ["message"] = message },
        Allow = allow,
    };

    /// <summary>A successful response whose body is <paramref name="body"/> (not copied: pass a detached object).</summary>
    public static ApiResponse Success(int statusCode, JsonObject body) => new()
    {
        StatusCode = statusCode,
        Body = body,
        SuccessBody = body,
    };

    public static ApiResponse ForAmbassador(int statusCode, JsonObject ambassador) => Success(statusCode, ambassador);

    public static ApiResponse Invalid(LaravelErrorBag errors) => new() { StatusCode = 422, Body = errors.ToJson() };
}
