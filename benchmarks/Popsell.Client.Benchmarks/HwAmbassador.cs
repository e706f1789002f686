// Hand-written DTOs: what an application would declare to call the Popsell API with HttpClient and a
// System.Text.Json source-generated context. The baseline of the benchmarks, and the "raw" side of the loopback and
// cold-start rows. Shared (linked) by Popsell.Client.ColdStart.
using System.Text.Json.Serialization;

namespace Popsell.Client.Benchmarks;

/// <summary>The ambassador as a hand-written DTO.</summary>
public sealed class HwAmbassador
{
    [JsonPropertyName("id_ambassador")] public int IdAmbassador { get; set; }
    [JsonPropertyName("id_brand")] public int IdBrand { get; set; }
    [JsonPropertyName("date_insert")] public string DateInsert { get; set; } = "";
    [JsonPropertyName("date_update")] public string DateUpdate { get; set; } = "";
    [JsonPropertyName("key_data")] public string? KeyData { get; set; }
    [JsonPropertyName("customer_id")] public string CustomerId { get; set; } = "";
    [JsonPropertyName("broker_id")] public string? BrokerId { get; set; }
    [JsonPropertyName("shopify_customer_id")] public string? ShopifyCustomerId { get; set; }
    [JsonPropertyName("facebook_id")] public string FacebookId { get; set; } = "";
    [JsonPropertyName("google_id")] public string? GoogleId { get; set; }
    [JsonPropertyName("apple_id")] public string? AppleId { get; set; }
    [JsonPropertyName("supervisor_identity")] public string? SupervisorIdentity { get; set; }
    [JsonPropertyName("ambassador_id_referrer")] public string? AmbassadorIdReferrer { get; set; }
    [JsonPropertyName("id_ws")] public string? IdWs { get; set; }
    [JsonPropertyName("id_ws_referrer")] public string? IdWsReferrer { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("gender")] public string Gender { get; set; } = "";
    [JsonPropertyName("firstname")] public string Firstname { get; set; } = "";
    [JsonPropertyName("lastname")] public string Lastname { get; set; } = "";
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("motivation_letter")] public string? MotivationLetter { get; set; }
    [JsonPropertyName("email")] public string Email { get; set; } = "";
    [JsonPropertyName("email_tmp")] public string? EmailTmp { get; set; }
    [JsonPropertyName("dob")] public string? Dob { get; set; }
    [JsonPropertyName("lang")] public string Lang { get; set; } = "";
    [JsonPropertyName("phone_1")] public string Phone1 { get; set; } = "";
    [JsonPropertyName("phone_2")] public string Phone2 { get; set; } = "";
    [JsonPropertyName("email_notification_enabled")] public bool EmailNotificationEnabled { get; set; }
    [JsonPropertyName("gamification_score")] public int GamificationScore { get; set; }
    [JsonPropertyName("gamification_current_level")] public int? GamificationCurrentLevel { get; set; }
    [JsonPropertyName("gamification_next_level")] public int? GamificationNextLevel { get; set; }
    [JsonPropertyName("gamification_level_badge")] public string? GamificationLevelBadge { get; set; }
    [JsonPropertyName("gamification_level_label")] public string? GamificationLevelLabel { get; set; }
    [JsonPropertyName("gamification_id_level")] public string? GamificationIdLevel { get; set; }
    [JsonPropertyName("gamification_current_level_value")] public int GamificationCurrentLevelValue { get; set; }
    [JsonPropertyName("gamification_points")] public long GamificationPoints { get; set; }
    [JsonPropertyName("last_date_gamification")] public string? LastDateGamification { get; set; }
    [JsonPropertyName("optin_cgu")] public bool OptinCgu { get; set; }
    [JsonPropertyName("optin_cgu_photos")] public bool OptinCguPhotos { get; set; }
    [JsonPropertyName("active")] public bool Active { get; set; }
    [JsonPropertyName("status")] public int Status { get; set; }
    [JsonPropertyName("unsubscribe")] public string? Unsubscribe { get; set; }
    [JsonPropertyName("last_date_connection")] public string? LastDateConnection { get; set; }
    [JsonPropertyName("activation_date")] public string? ActivationDate { get; set; }
    [JsonPropertyName("validate_date")] public string? ValidateDate { get; set; }
    [JsonPropertyName("availability")] public string? Availability { get; set; }
    [JsonPropertyName("unavailable")] public bool Unavailable { get; set; }
    [JsonPropertyName("last_action_date")] public string? LastActionDate { get; set; }
    [JsonPropertyName("is_absent")] public bool IsAbsent { get; set; }
    [JsonPropertyName("absent_msg")] public string? AbsentMsg { get; set; }
    [JsonPropertyName("fb_account")] public string? FbAccount { get; set; }
    [JsonPropertyName("twitter_account")] public string? TwitterAccount { get; set; }
    [JsonPropertyName("instagram_account")] public string? InstagramAccount { get; set; }
    [JsonPropertyName("linkedIn_account")] public string? LinkedInAccount { get; set; }
    [JsonPropertyName("youtube_account")] public string? YoutubeAccount { get; set; }
    [JsonPropertyName("register_src")] public string? RegisterSrc { get; set; }
    [JsonPropertyName("register_landing_url")] public string? RegisterLandingUrl { get; set; }
    [JsonPropertyName("onboarding_sequence")] public string? OnboardingSequence { get; set; }
    [JsonPropertyName("social_community_display")] public bool SocialCommunityDisplay { get; set; }
    [JsonPropertyName("last_contact_import")] public string? LastContactImport { get; set; }
    [JsonPropertyName("sell_token_amount")] public string? SellTokenAmount { get; set; }
    [JsonPropertyName("products_purchased_limit")] public string? ProductsPurchasedLimit { get; set; }
    [JsonPropertyName("nb_public_popliste")] public string? NbPublicPopliste { get; set; }
    [JsonPropertyName("nb_private_popliste")] public string? NbPrivatePopliste { get; set; }
    [JsonPropertyName("chat_topics")] public List<int> ChatTopics { get; set; } = [];
    [JsonPropertyName("status_role")] public string StatusRole { get; set; } = "";
    [JsonPropertyName("manager_role")] public string ManagerRole { get; set; } = "";
    [JsonPropertyName("ids_guest_accounts")] public List<int> IdsGuestAccounts { get; set; } = [];
}
