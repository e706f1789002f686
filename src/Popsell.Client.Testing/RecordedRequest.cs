using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Popsell.Client.Testing.Internal;

namespace Popsell.Client.Testing;

/// <summary>
/// One request received by a <see cref="PopsellTestServer"/>, as recorded in its journal before the response
/// was produced.
/// </summary>
/// <remarks>
/// <see cref="object.ToString"/> prints the method, path, route, body length and fault, never the headers or the
/// body (they carry tokens and passwords).
/// </remarks>
public sealed record RecordedRequest
{
    /// <summary>Gets the HTTP method, such as <c>POST</c>.</summary>
    /// <value>The method, in upper case as sent.</value>
    public required string Method { get; init; }

    /// <summary>Gets the request path including the <c>/api/v2</c> prefix, such as <c>/api/v2/manager/me</c>, without the query string.</summary>
    /// <value>The path.</value>
    public required string Path { get; init; }

    /// <summary>Gets the query string including its leading <c>?</c>.</summary>
    /// <value>The query string; <c>""</c> if there was none (the default).</value>
    public string Query { get; init; } = string.Empty;

    /// <summary>Gets the route the path belongs to.</summary>
    /// <value>The route, such as <see cref="PopsellRoute.Register"/> or <see cref="PopsellRoute.Login"/>, or <see cref="PopsellRoute.Any"/> for a path the API does not have.</value>
    public required PopsellRoute Route { get; init; }

    /// <summary>Gets the request headers, with case-insensitive names; repeated values are joined with <c>", "</c>.</summary>
    /// <value>The headers.</value>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Gets the raw request body, decoded as UTF-8.</summary>
    /// <value>The body text; <c>""</c> if there was none.</value>
    public required string Body { get; init; }

    /// <summary>Gets the moment the request was recorded, from <see cref="PopsellTestServerOptions.TimeProvider"/>.</summary>
    /// <value>The receive time.</value>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Gets the fault applied to this request, if any.</summary>
    /// <value>The fault; <see langword="null"/> (the default) when the request was served normally.</value>
    public PopsellFault? Fault { get; init; }

    /// <summary>Gets one header's value.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns>The value (repeated values joined with <c>", "</c>), or <see langword="null"/> if the header was not sent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Parses <see cref="Body"/> as JSON. Each call returns a new object, so changing it changes nothing else.</summary>
    /// <returns>The body as a <see cref="JsonObject"/> (for a repeated key the last value wins), or <see langword="null"/> if the body is not a JSON object.</returns>
    public JsonObject? BodyAsJson() => JsonText.TryParse(Body, out var node) ? node as JsonObject : null;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Method = ").Append(Method)
            .Append(", Path = ").Append(Path).Append(Query)
            .Append(", Route = ").Append(Route switch
            {
                PopsellRoute.Register => "Register",
                PopsellRoute.UpdateMe => "UpdateMe",
                PopsellRoute.GetMe => "GetMe",
                PopsellRoute.Login => "Login",
                PopsellRoute.CreateAccessToken => "CreateAccessToken",
                PopsellRoute.CreateGuestAccessToken => "CreateGuestAccessToken",
                PopsellRoute.ConnectBrandUser => "ConnectBrandUser",
                PopsellRoute.Logout => "Logout",
                PopsellRoute.SendPasswordReset => "SendPasswordReset",
                PopsellRoute.ResetPassword => "ResetPassword",
                PopsellRoute.GetBrand => "GetBrand",
                _ => "Any",
            })
            .Append(", Body = ").Append(Body.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars")
            .Append(", ReceivedAt = ").Append(ReceivedAt.ToString("O", CultureInfo.InvariantCulture));
        if (Fault is not null)
        {
            builder.Append(", Fault = ").Append(Fault);
        }

        return true;
    }
}
