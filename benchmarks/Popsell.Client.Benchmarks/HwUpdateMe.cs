// Hand-written DTOs: what an application would declare to call the Popsell API with HttpClient and a
// System.Text.Json source-generated context. The baseline of the benchmarks, and the "raw" side of the loopback and
// cold-start rows. Shared (linked) by Popsell.Client.ColdStart.
using System.Text.Json.Serialization;

namespace Popsell.Client.Benchmarks;

/// <summary>A partial update as a hand-written DTO: null properties are not sent.</summary>
public sealed class HwUpdateMe
{
    [JsonPropertyName("password")] public string? Password { get; set; }
    [JsonPropertyName("key_data")] public string? KeyData { get; set; }
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }
    [JsonPropertyName("broker_id")] public string? BrokerId { get; set; }
    [JsonPropertyName("shopify_customer_id")] public string? ShopifyCustomerId { get; set; }
    [JsonPropertyName("facebook_id")] public string? FacebookId { get; set; }
    [JsonPropertyName("google_id")] public string? GoogleId { get; set; }
    [JsonPropertyName("apple_id")] public string? AppleId { get; set; }
    [JsonPropertyName("supervisor_identity")] public string? SupervisorIdentity { get; set; }
    [JsonPropertyName("ambassador_id_referrer")] public string? AmbassadorIdReferrer { get; set; }
    [JsonPropertyName("id_ws")] public string? IdWs { get; set; }
    [JsonPropertyName("id_ws_referrer")] public string? IdWsReferrer { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("gender")] public string? Gender { get; set; }
    [JsonPropertyName("firstname")] public string? Firstname { get; set; }
    [JsonPropertyName("lastname")] public string? Lastname { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("motivation_letter")] public string? MotivationLetter { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("email_tmp")] public string? EmailTmp { get; set; }
    [JsonPropertyName("dob")] public string? Dob { get; set; }
    [JsonPropertyName("lang")] public string? Lang { get; set; }
    [JsonPropertyName("phone_1")] public string? Phone1 { get; set; }
    [JsonPropertyName("phone_2")] public string? Phone2 { get; set; }
    [JsonPropertyName("notification_newsletter")] public bool? NotificationNewsletter { get; set; }
    [JsonPropertyName("notification_pl_created")] public bool? NotificationPlCreated { get; set; }
    [JsonPropertyName("notification_pl_expired")] public bool? NotificationPlExpired { get; set; }
    [JsonPropertyName("notification_pl_order")] public bool? NotificationPlOrder { get; set; }
    [JsonPropertyName("notification_pl_blog")] public bool? NotificationPlBlog { get; set; }
    [JsonPropertyName("notification_post_comment")] public bool? NotificationPostComment { get; set; }
    [JsonPropertyName("notification_community")] public bool? NotificationCommunity { get; set; }
    [JsonPropertyName("notification_reward")] public bool? NotificationReward { get; set; }
    [JsonPropertyName("notification_browser_waiting_list")] public bool? NotificationBrowserWaitingList { get; set; }
    [JsonPropertyName("email_notification_enabled")] public bool? EmailNotificationEnabled { get; set; }
    [JsonPropertyName("browser_notification_enabled")] public bool? BrowserNotificationEnabled { get; set; }
    [JsonPropertyName("notification_tag")] public bool? NotificationTag { get; set; }
    [JsonPropertyName("notification_chat")] public bool? NotificationChat { get; set; }
    [JsonPropertyName("email_notification_delay")] public string? EmailNotificationDelay { get; set; }
    [JsonPropertyName("last_notification_date")] public string? LastNotificationDate { get; set; }
    [JsonPropertyName("notification_email_chat")] public bool? NotificationEmailChat { get; set; }
    [JsonPropertyName("notification_email_favorite_comment")] public bool? NotificationEmailFavoriteComment { get; set; }
    [JsonPropertyName("notification_email_post_comment")] public bool? NotificationEmailPostComment { get; set; }
    [JsonPropertyName("notification_email_reward")] public bool? NotificationEmailReward { get; set; }
    [JsonPropertyName("notification_email_tag")] public bool? NotificationEmailTag { get; set; }
    [JsonPropertyName("notification_post_community")] public bool? NotificationPostCommunity { get; set; }
    [JsonPropertyName("notification_email_post_community")] public bool? NotificationEmailPostCommunity { get; set; }
    [JsonPropertyName("optin_cgu")] public bool? OptinCgu { get; set; }
    [JsonPropertyName("optin_cgu_photos")] public bool? OptinCguPhotos { get; set; }
    [JsonPropertyName("availability")] public string? Availability { get; set; }
    [JsonPropertyName("unavailable")] public bool? Unavailable { get; set; }
    [JsonPropertyName("last_action_date")] public string? LastActionDate { get; set; }
    [JsonPropertyName("is_absent")] public bool? IsAbsent { get; set; }
    [JsonPropertyName("absent_msg")] public string? AbsentMsg { get; set; }
    [JsonPropertyName("fb_account")] public string? FbAccount { get; set; }
    [JsonPropertyName("twitter_account")] public string? TwitterAccount { get; set; }
    [JsonPropertyName("instagram_account")] public string? InstagramAccount { get; set; }
    [JsonPropertyName("linkedIn_account")] public string? LinkedInAccount { get; set; }
    [JsonPropertyName("youtube_account")] public string? YoutubeAccount { get; set; }
    [JsonPropertyName("tiktok_account")] public string? TiktokAccount { get; set; }
    [JsonPropertyName("register_src")] public string? RegisterSrc { get; set; }
    [JsonPropertyName("register_landing_url")] public string? RegisterLandingUrl { get; set; }
    [JsonPropertyName("nb_public_popliste")] public string? NbPublicPopliste { get; set; }
    [JsonPropertyName("nb_private_popliste")] public string? NbPrivatePopliste { get; set; }
}
