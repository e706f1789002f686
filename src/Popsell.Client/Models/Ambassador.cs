using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client;

/// <summary>
/// An ambassador as the Popsell API returns it from <c>POST /auth/register</c> and <c>PATCH /{environment}/me</c>.
/// </summary>
/// <remarks>
/// <para>Every documented response field has a property. Reading is liberal, because the API is a PHP application:
/// integers sent as strings, booleans sent as <c>0</c>/<c>1</c> or <c>"0"</c>/<c>"1"</c>, and missing fields are accepted.</para>
/// <para>A property whose type is not nullable is never <see langword="null"/>: a missing or <c>null</c> field reads as
/// <c>""</c>, <c>0</c>, <see langword="false"/> or an empty list. Fields this version of the SDK does not know are kept in
/// <see cref="AdditionalProperties"/>.</para>
/// <para>Dates are kept as the strings the server sent, since the API does not document their format.</para>
/// </remarks>
public sealed record Ambassador
{
    private static readonly IReadOnlyDictionary<string, JsonElement> EmptyAdditionalProperties =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    /// <summary>The ambassador's identifier. Wire name: <c>id_ambassador</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("id_ambassador")]
    public int IdAmbassador { get; init; }

    /// <summary>The identifier of the brand the ambassador sells for. Wire name: <c>id_brand</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("id_brand")]
    public int IdBrand { get; init; }

    /// <summary>When the ambassador was created, as the server formats it. Wire name: <c>date_insert</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("date_insert")]
    public string DateInsert { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>When the ambassador was last updated, as the server formats it. Wire name: <c>date_update</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("date_update")]
    public string DateUpdate { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Free-form key data attached to the ambassador. Wire name: <c>key_data</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("key_data")]
    public string? KeyData { get; init; }

    /// <summary>The brand's own customer identifier for the ambassador. Wire name: <c>customer_id</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("customer_id")]
    public string CustomerId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The identifier of the broker the ambassador belongs to. Wire name: <c>broker_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("broker_id")]
    public string? BrokerId { get; init; }

    /// <summary>The Shopify customer identifier. Wire name: <c>shopify_customer_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("shopify_customer_id")]
    public string? ShopifyCustomerId { get; init; }

    /// <summary>The Facebook identifier. Wire name: <c>facebook_id</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("facebook_id")]
    public string FacebookId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The Google identifier. Wire name: <c>google_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("google_id")]
    public string? GoogleId { get; init; }

    /// <summary>The Apple identifier. Wire name: <c>apple_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("apple_id")]
    public string? AppleId { get; init; }

    /// <summary>The identity of the ambassador's supervisor. Wire name: <c>supervisor_identity</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("supervisor_identity")]
    public string? SupervisorIdentity { get; init; }

    /// <summary>The identifier of the ambassador who referred this one. Wire name: <c>ambassador_id_referrer</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("ambassador_id_referrer")]
    public string? AmbassadorIdReferrer { get; init; }

    /// <summary>The web-service identifier. Wire name: <c>id_ws</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("id_ws")]
    public string? IdWs { get; init; }

    /// <summary>The web-service identifier of the referrer. Wire name: <c>id_ws_referrer</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("id_ws_referrer")]
    public string? IdWsReferrer { get; init; }

    /// <summary>The URL of the ambassador's picture. Wire name: <c>image</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>The ambassador's gender. Wire name: <c>gender</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("gender")]
    public string Gender { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's first name. Wire name: <c>firstname</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("firstname")]
    public string Firstname { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's last name. Wire name: <c>lastname</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("lastname")]
    public string Lastname { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's user name. Wire name: <c>username</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The ambassador's public description. Wire name: <c>description</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("description")]
    public string Description { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's motivation letter. Wire name: <c>motivation_letter</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("motivation_letter")]
    public string? MotivationLetter { get; init; }

    /// <summary>The ambassador's email address. Wire name: <c>email</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("email")]
    public string Email { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>An email address awaiting confirmation. Wire name: <c>email_tmp</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("email_tmp")]
    public string? EmailTmp { get; init; }

    /// <summary>The ambassador's date of birth, as the server formats it. Wire name: <c>dob</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("dob")]
    public string? Dob { get; init; }

    /// <summary>The ambassador's language code. Wire name: <c>lang</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("lang")]
    public string Lang { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's first phone number. Wire name: <c>phone_1</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("phone_1")]
    public string Phone1 { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's second phone number. Wire name: <c>phone_2</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("phone_2")]
    public string Phone2 { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Whether email notifications are enabled. Wire name: <c>email_notification_enabled</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("email_notification_enabled")]
    public bool EmailNotificationEnabled { get; init; }

    /// <summary>The ambassador's gamification score. Wire name: <c>gamification_score</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_score")]
    public int GamificationScore { get; init; }

    /// <summary>The ambassador's current gamification level. Wire name: <c>gamification_current_level</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_current_level")]
    public int? GamificationCurrentLevel { get; init; }

    /// <summary>The next gamification level. Wire name: <c>gamification_next_level</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_next_level")]
    public int? GamificationNextLevel { get; init; }

    /// <summary>The badge of the current gamification level. Wire name: <c>gamification_level_badge</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_level_badge")]
    public string? GamificationLevelBadge { get; init; }

    /// <summary>The label of the current gamification level. Wire name: <c>gamification_level_label</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_level_label")]
    public string? GamificationLevelLabel { get; init; }

    /// <summary>The identifier of the current gamification level. Wire name: <c>gamification_id_level</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_id_level")]
    public string? GamificationIdLevel { get; init; }

    /// <summary>The value of the current gamification level. Wire name: <c>gamification_current_level_value</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_current_level_value")]
    public int GamificationCurrentLevelValue { get; init; }

    /// <summary>The ambassador's gamification points. Wire name: <c>gamification_points</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("gamification_points")]
    public long GamificationPoints { get; init; }

    /// <summary>When the gamification data last changed, as the server formats it. Wire name: <c>last_date_gamification</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("last_date_gamification")]
    public string? LastDateGamification { get; init; }

    /// <summary>Whether the ambassador accepted the terms of use. Wire name: <c>optin_cgu</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("optin_cgu")]
    public bool OptinCgu { get; init; }

    /// <summary>Whether the ambassador accepted the terms of use for photos. Wire name: <c>optin_cgu_photos</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("optin_cgu_photos")]
    public bool OptinCguPhotos { get; init; }

    /// <summary>Whether the ambassador is active. Wire name: <c>active</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("active")]
    public bool Active { get; init; }

    /// <summary>The ambassador's status code. Wire name: <c>status</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("status")]
    public int Status { get; init; }

    /// <summary>The ambassador's unsubscription marker. Wire name: <c>unsubscribe</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("unsubscribe")]
    public string? Unsubscribe { get; init; }

    /// <summary>When the ambassador last signed in, as the server formats it. Wire name: <c>last_date_connection</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("last_date_connection")]
    public string? LastDateConnection { get; init; }

    /// <summary>When the ambassador was activated, as the server formats it. Wire name: <c>activation_date</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("activation_date")]
    public string? ActivationDate { get; init; }

    /// <summary>When the ambassador was validated, as the server formats it. Wire name: <c>validate_date</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("validate_date")]
    public string? ValidateDate { get; init; }

    /// <summary>The ambassador's availability. Wire name: <c>availability</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("availability")]
    public string? Availability { get; init; }

    /// <summary>Whether the ambassador is unavailable. Wire name: <c>unavailable</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("unavailable")]
    public bool Unavailable { get; init; }

    /// <summary>When the ambassador last acted, as the server formats it. Wire name: <c>last_action_date</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("last_action_date")]
    public string? LastActionDate { get; init; }

    /// <summary>Whether the ambassador is marked absent. Wire name: <c>is_absent</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("is_absent")]
    public bool IsAbsent { get; init; }

    /// <summary>The message shown while the ambassador is absent. Wire name: <c>absent_msg</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("absent_msg")]
    public string? AbsentMsg { get; init; }

    /// <summary>The ambassador's Facebook account. Wire name: <c>fb_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("fb_account")]
    public string? FbAccount { get; init; }

    /// <summary>The ambassador's Twitter account. Wire name: <c>twitter_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("twitter_account")]
    public string? TwitterAccount { get; init; }

    /// <summary>The ambassador's Instagram account. Wire name: <c>instagram_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("instagram_account")]
    public string? InstagramAccount { get; init; }

    /// <summary>The ambassador's LinkedIn account. Wire name: <c>linkedIn_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("linkedIn_account")]
    public string? LinkedInAccount { get; init; }

    /// <summary>The ambassador's YouTube account. Wire name: <c>youtube_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("youtube_account")]
    public string? YoutubeAccount { get; init; }

    /// <summary>Where the ambassador registered from. Wire name: <c>register_src</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("register_src")]
    public string? RegisterSrc { get; init; }

    /// <summary>The landing URL the ambassador registered from. Wire name: <c>register_landing_url</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("register_landing_url")]
    public string? RegisterLandingUrl { get; init; }

    /// <summary>The ambassador's onboarding sequence. Wire name: <c>onboarding_sequence</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("onboarding_sequence")]
    public string? OnboardingSequence { get; init; }

    /// <summary>Whether the ambassador is shown in the social community. Wire name: <c>social_community_display</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("social_community_display")]
    public bool SocialCommunityDisplay { get; init; }

    /// <summary>When contacts were last imported, as the server formats it. Wire name: <c>last_contact_import</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("last_contact_import")]
    public string? LastContactImport { get; init; }

    /// <summary>The ambassador's sell-token amount. Wire name: <c>sell_token_amount</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("sell_token_amount")]
    public string? SellTokenAmount { get; init; }

    /// <summary>The limit on products purchased. Wire name: <c>products_purchased_limit</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("products_purchased_limit")]
    public string? ProductsPurchasedLimit { get; init; }

    /// <summary>The number of public poplists. Wire name: <c>nb_public_popliste</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("nb_public_popliste")]
    public string? NbPublicPopliste { get; init; }

    /// <summary>The number of private poplists. Wire name: <c>nb_private_popliste</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    [JsonPropertyName("nb_private_popliste")]
    public string? NbPrivatePopliste { get; init; }

    /// <summary>The identifiers of the ambassador's chat topics. Wire name: <c>chat_topics</c>.</summary>
    /// <value>Never <see langword="null"/>; empty when the server did not send it.</value>
    [JsonPropertyName("chat_topics")]
    public IReadOnlyList<int> ChatTopics { get; init => field = value ?? []; } = [];

    /// <summary>The ambassador's status role. Wire name: <c>status_role</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("status_role")]
    public string StatusRole { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The ambassador's manager role. Wire name: <c>manager_role</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    [JsonPropertyName("manager_role")]
    public string ManagerRole { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The identifiers of the ambassador's guest accounts. Wire name: <c>ids_guest_accounts</c>.</summary>
    /// <value>Never <see langword="null"/>; empty when the server did not send it.</value>
    [JsonPropertyName("ids_guest_accounts")]
    public IReadOnlyList<int> IdsGuestAccounts { get; init => field = value ?? []; } = [];

    /// <summary>Fields the server sent that this version of the SDK does not model, by wire name.</summary>
    /// <value>Never <see langword="null"/>; empty when every field was known.</value>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => ExtensionData is { Count: > 0 } data ? data : EmptyAdditionalProperties;
        init => ExtensionData = value is null ? null : new Dictionary<string, JsonElement>(value, StringComparer.Ordinal);
    }

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
