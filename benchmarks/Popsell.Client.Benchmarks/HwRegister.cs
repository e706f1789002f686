// Hand-written DTOs: what an application would declare to call the Popsell API with HttpClient and a
// System.Text.Json source-generated context. The baseline of the benchmarks, and the "raw" side of the loopback and
// cold-start rows. Shared (linked) by Popsell.Client.ColdStart.
using System.Text.Json.Serialization;

namespace Popsell.Client.Benchmarks;

/// <summary>A registration as a hand-written DTO: null properties are not sent.</summary>
public sealed class HwRegister
{
    [JsonPropertyName("key_data")] public string? KeyData { get; set; }
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }
    [JsonPropertyName("broker_id")] public string? BrokerId { get; set; }
    [JsonPropertyName("supervisor_identity")] public string? SupervisorIdentity { get; set; }
    [JsonPropertyName("ambassador_id_referrer")] public string? AmbassadorIdReferrer { get; set; }
    [JsonPropertyName("id_ws")] public string? IdWs { get; set; }
    [JsonPropertyName("id_ws_referrer")] public string? IdWsReferrer { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("gender")] public string? Gender { get; set; }
    [JsonPropertyName("firstname")] public string Firstname { get; set; } = "";
    [JsonPropertyName("lastname")] public string Lastname { get; set; } = "";
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("motivation_letter")] public string? MotivationLetter { get; set; }
    [JsonPropertyName("email")] public string Email { get; set; } = "";
    [JsonPropertyName("dob")] public string? Dob { get; set; }
    [JsonPropertyName("lang")] public string? Lang { get; set; }
    [JsonPropertyName("store_id")] public string? StoreId { get; set; }
    [JsonPropertyName("phone_1")] public string? Phone1 { get; set; }
    [JsonPropertyName("phone_2")] public string? Phone2 { get; set; }
    [JsonPropertyName("fb_account")] public string? FbAccount { get; set; }
    [JsonPropertyName("twitter_account")] public string? TwitterAccount { get; set; }
    [JsonPropertyName("instagram_account")] public string? InstagramAccount { get; set; }
    [JsonPropertyName("linkedIn_account")] public string? LinkedInAccount { get; set; }
    [JsonPropertyName("youtube_account")] public string? YoutubeAccount { get; set; }
    [JsonPropertyName("password")] public string Password { get; set; } = "";
    [JsonPropertyName("roles")] public List<HwRole>? Roles { get; set; }
    [JsonPropertyName("address")] public List<HwAddress>? Address { get; set; }
}
