using System.Text.Json.Serialization;

namespace Popsell.Client;

/// <summary>An address of an ambassador at registration (an item of <see cref="RegisterRequest.Address"/>).</summary>
/// <remarks>Every property is optional and is not sent when <see langword="null"/> (the default).</remarks>
public sealed record AmbassadorAddress
{
    /// <summary>The latitude, as a string. Wire name: <c>latitude</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("latitude")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Latitude { get; init; }

    /// <summary>The longitude, as a string. Wire name: <c>longitude</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("longitude")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Longitude { get; init; }

    /// <summary>The city. Wire name: <c>city</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("city")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? City { get; init; }

    /// <summary>The postcode. Wire name: <c>postcode</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("postcode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Postcode { get; init; }

    /// <summary>The country. Wire name: <c>country</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("country")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Country { get; init; }

    /// <summary>The first street line. Wire name: <c>street</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("street")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Street { get; init; }

    /// <summary>The second street line. Wire name: <c>street2</c>.</summary>
    /// <value><see langword="null"/> (the default): not sent.</value>
    [JsonPropertyName("street2")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Street2 { get; init; }
}
