using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client.Serialization;

/// <summary>
/// The wire storage of an <see cref="Ambassador"/>: one settable field per documented field, under its wire name.
/// </summary>
/// <remarks>
/// System.Text.Json's source generator reads a type whose members are init-only properties through its
/// constructor-argument path: it collects every value into an <c>object[]</c> (boxing each number and boolean) and
/// builds the record at the end, about 1 µs and 416 B more per response (docs/performance.md). .NET 8's generator also
/// lists init-only properties marked <c>[JsonIgnore]</c> as constructor arguments, which .NET 8's serializer then
/// refuses. Settable fields take the fast path on every runtime, while <see cref="Ambassador"/>'s public properties stay
/// init-only. A record, so that <see cref="Ambassador"/>'s equality compares the values and a copy is one <c>with</c>.
/// </remarks>
internal sealed record AmbassadorData : IJsonOnDeserialized
{
    [JsonInclude]
    [JsonPropertyName("id_ambassador")]
    public int IdAmbassador;

    [JsonInclude]
    [JsonPropertyName("id_brand")]
    public int IdBrand;

    [JsonInclude]
    [JsonPropertyName("date_insert")]
    public string DateInsert = string.Empty;

    [JsonInclude]
    [JsonPropertyName("date_update")]
    public string DateUpdate = string.Empty;

    [JsonInclude]
    [JsonPropertyName("key_data")]
    public string? KeyData;

    [JsonInclude]
    [JsonPropertyName("customer_id")]
    public string CustomerId = string.Empty;

    [JsonInclude]
    [JsonPropertyName("broker_id")]
    public string? BrokerId;

    [JsonInclude]
    [JsonPropertyName("shopify_customer_id")]
    public string? ShopifyCustomerId;

    [JsonInclude]
    [JsonPropertyName("facebook_id")]
    public string FacebookId = string.Empty;

    [JsonInclude]
    [JsonPropertyName("google_id")]
    public string? GoogleId;

    [JsonInclude]
    [JsonPropertyName("apple_id")]
    public string? AppleId;

    [JsonInclude]
    [JsonPropertyName("supervisor_identity")]
    public string? SupervisorIdentity;

    [JsonInclude]
    [JsonPropertyName("ambassador_id_referrer")]
    public string? AmbassadorIdReferrer;

    [JsonInclude]
    [JsonPropertyName("id_ws")]
    public string? IdWs;

    [JsonInclude]
    [JsonPropertyName("id_ws_referrer")]
    public string? IdWsReferrer;

    [JsonInclude]
    [JsonPropertyName("image")]
    public string? Image;

    [JsonInclude]
    [JsonPropertyName("gender")]
    public string Gender = string.Empty;

    [JsonInclude]
    [JsonPropertyName("firstname")]
    public string Firstname = string.Empty;

    [JsonInclude]
    [JsonPropertyName("lastname")]
    public string Lastname = string.Empty;

    [JsonInclude]
    [JsonPropertyName("username")]
    public string? Username;

    [JsonInclude]
    [JsonPropertyName("description")]
    public string Description = string.Empty;

    [JsonInclude]
    [JsonPropertyName("motivation_letter")]
    public string? MotivationLetter;

    [JsonInclude]
    [JsonPropertyName("email")]
    public string Email = string.Empty;

    [JsonInclude]
    [JsonPropertyName("email_tmp")]
    public string? EmailTmp;

    [JsonInclude]
    [JsonPropertyName("dob")]
    public string? Dob;

    [JsonInclude]
    [JsonPropertyName("lang")]
    public string Lang = string.Empty;

    [JsonInclude]
    [JsonPropertyName("phone_1")]
    public string Phone1 = string.Empty;

    [JsonInclude]
    [JsonPropertyName("phone_2")]
    public string Phone2 = string.Empty;

    [JsonInclude]
    [JsonPropertyName("email_notification_enabled")]
    public bool EmailNotificationEnabled;

    [JsonInclude]
    [JsonPropertyName("gamification_score")]
    public int GamificationScore;

    [JsonInclude]
    [JsonPropertyName("gamification_current_level")]
    public int? GamificationCurrentLevel;

    [JsonInclude]
    [JsonPropertyName("gamification_next_level")]
    public int? GamificationNextLevel;

    [JsonInclude]
    [JsonPropertyName("gamification_level_badge")]
    public string? GamificationLevelBadge;

    [JsonInclude]
    [JsonPropertyName("gamification_level_label")]
    public string? GamificationLevelLabel;

    [JsonInclude]
    [JsonPropertyName("gamification_id_level")]
    public string? GamificationIdLevel;

    [JsonInclude]
    [JsonPropertyName("gamification_current_level_value")]
    public int GamificationCurrentLevelValue;

    [JsonInclude]
    [JsonPropertyName("gamification_points")]
    public long GamificationPoints;

    [JsonInclude]
    [JsonPropertyName("last_date_gamification")]
    public string? LastDateGamification;

    [JsonInclude]
    [JsonPropertyName("optin_cgu")]
    public bool OptinCgu;

    [JsonInclude]
    [JsonPropertyName("optin_cgu_photos")]
    public bool OptinCguPhotos;

    [JsonInclude]
    [JsonPropertyName("active")]
    public bool Active;

    [JsonInclude]
    [JsonPropertyName("status")]
    public int Status;

    [JsonInclude]
    [JsonPropertyName("unsubscribe")]
    public string? Unsubscribe;

    [JsonInclude]
    [JsonPropertyName("last_date_connection")]
    public string? LastDateConnection;

    [JsonInclude]
    [JsonPropertyName("activation_date")]
    public string? ActivationDate;

    [JsonInclude]
    [JsonPropertyName("validate_date")]
    public string? ValidateDate;

    [JsonInclude]
    [JsonPropertyName("availability")]
    public string? Availability;

    [JsonInclude]
    [JsonPropertyName("unavailable")]
    public bool Unavailable;

    [JsonInclude]
    [JsonPropertyName("last_action_date")]
    public string? LastActionDate;

    [JsonInclude]
    [JsonPropertyName("is_absent")]
    public bool IsAbsent;

    [JsonInclude]
    [JsonPropertyName("absent_msg")]
    public string? AbsentMsg;

    [JsonInclude]
    [JsonPropertyName("fb_account")]
    public string? FbAccount;

    [JsonInclude]
    [JsonPropertyName("twitter_account")]
    public string? TwitterAccount;

    [JsonInclude]
    [JsonPropertyName("instagram_account")]
    public string? InstagramAccount;

    [JsonInclude]
    [JsonPropertyName("linkedIn_account")]
    public string? LinkedInAccount;

    [JsonInclude]
    [JsonPropertyName("youtube_account")]
    public string? YoutubeAccount;

    [JsonInclude]
    [JsonPropertyName("register_src")]
    public string? RegisterSrc;

    [JsonInclude]
    [JsonPropertyName("register_landing_url")]
    public string? RegisterLandingUrl;

    [JsonInclude]
    [JsonPropertyName("onboarding_sequence")]
    public string? OnboardingSequence;

    [JsonInclude]
    [JsonPropertyName("social_community_display")]
    public bool SocialCommunityDisplay;

    [JsonInclude]
    [JsonPropertyName("last_contact_import")]
    public string? LastContactImport;

    [JsonInclude]
    [JsonPropertyName("sell_token_amount")]
    public string? SellTokenAmount;

    [JsonInclude]
    [JsonPropertyName("products_purchased_limit")]
    public string? ProductsPurchasedLimit;

    [JsonInclude]
    [JsonPropertyName("nb_public_popliste")]
    public string? NbPublicPopliste;

    [JsonInclude]
    [JsonPropertyName("nb_private_popliste")]
    public string? NbPrivatePopliste;

    [JsonInclude]
    [JsonPropertyName("chat_topics")]
    public IReadOnlyList<int> ChatTopics = [];

    [JsonInclude]
    [JsonPropertyName("status_role")]
    public string StatusRole = string.Empty;

    [JsonInclude]
    [JsonPropertyName("manager_role")]
    public string ManagerRole = string.Empty;

    [JsonInclude]
    [JsonPropertyName("ids_guest_accounts")]
    public IReadOnlyList<int> IdsGuestAccounts = [];

    [JsonExtensionData]
    [JsonInclude]
    public Dictionary<string, JsonElement>? ExtensionData;

    /// <summary>Turns a JSON <c>null</c> read into a field that is never <see langword="null"/> into its empty value.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        DateInsert ??= string.Empty;
        DateUpdate ??= string.Empty;
        CustomerId ??= string.Empty;
        FacebookId ??= string.Empty;
        Gender ??= string.Empty;
        Firstname ??= string.Empty;
        Lastname ??= string.Empty;
        Description ??= string.Empty;
        Email ??= string.Empty;
        Lang ??= string.Empty;
        Phone1 ??= string.Empty;
        Phone2 ??= string.Empty;
        ChatTopics ??= [];
        StatusRole ??= string.Empty;
        ManagerRole ??= string.Empty;
        IdsGuestAccounts ??= [];
    }
}
