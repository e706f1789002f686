using System.Text.Json.Serialization;

namespace Popsell.Client.Benchmarks;

/// <summary>The partial update users send most, as a hand-written DTO: three fields, null ones not sent.</summary>
public sealed class HwUpdateMeSmall
{
    [JsonPropertyName("firstname")] public string? Firstname { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("notification_chat")] public bool? NotificationChat { get; set; }
}

/// <summary>The source-generated context of the small hand-written DTO; the answer is read with <see cref="HandWrittenJsonContext"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HwUpdateMeSmall))]
public sealed partial class HandWrittenSmallJsonContext : JsonSerializerContext;

/// <summary>The same three fields, for the hand-written call and for the SDK.</summary>
public static class SmallPatchPayloads
{
    public const string Firstname = "Ada";
    public const string Description = "Mathematician; writes the first programs.";

    public static HwUpdateMeSmall HandWritten() => new() { Firstname = Firstname, Description = Description, NotificationChat = true };

    public static UpdateMeRequest Sdk() => new() { Firstname = Firstname, Description = Description, NotificationChat = true };
}

/// <summary>
/// <see cref="HandWrittenClient.UpdateMeAsync"/> with the three-field body: the same headers, the same
/// <c>JsonContent</c>, the same <c>ReadFromJsonAsync</c> of the full ambassador.
/// </summary>
public sealed class HandWrittenSmallClient(HttpClient http, string domain, string accessToken)
{
    private readonly HandWrittenClient _client = new(http, domain, accessToken);

    public Task<HwAmbassador> UpdateMeAsync(HwUpdateMeSmall request, CancellationToken cancellationToken = default) =>
        _client.UpdateMeAsync(request, HandWrittenSmallJsonContext.Default.HwUpdateMeSmall, cancellationToken);
}
