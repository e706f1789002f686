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

/// <summary>A role item of <see cref="HwRegister"/>.</summary>
public sealed class HwRole
{
    [JsonPropertyName("status_role")] public string? StatusRole { get; set; }
}

/// <summary>An address item of <see cref="HwRegister"/>.</summary>
public sealed class HwAddress
{
    [JsonPropertyName("latitude")] public string? Latitude { get; set; }
    [JsonPropertyName("longitude")] public string? Longitude { get; set; }
    [JsonPropertyName("city")] public string? City { get; set; }
    [JsonPropertyName("postcode")] public string? Postcode { get; set; }
    [JsonPropertyName("country")] public string? Country { get; set; }
    [JsonPropertyName("street")] public string? Street { get; set; }
    [JsonPropertyName("street2")] public string? Street2 { get; set; }
}

/// <summary>The hand-written source-generated context.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HwAmbassador))]
[JsonSerializable(typeof(HwUpdateMe))]
[JsonSerializable(typeof(HwRegister))]
public sealed partial class HandWrittenJsonContext : JsonSerializerContext;

/// <summary>The same full payloads, as hand-written DTOs.</summary>
public static class HwPayloads
{
    public const string DefaultDescription = "Mathematician and writer, the first to publish an algorithm meant for a machine; sells Analytical Engine merchandise to her followers.";

    /// <summary>Every documented field of <c>PATCH /{environment}/me</c> assigned.</summary>
    public static HwUpdateMe UpdateMe(string description = DefaultDescription) => new()
    {
        Password = "correct-horse-battery",
        KeyData = "key-data-value",
        CustomerId = "customer-id-value",
        BrokerId = "broker-id-value",
        ShopifyCustomerId = "shopify-customer-id-value",
        FacebookId = "facebook-id-value",
        GoogleId = "google-id-value",
        AppleId = "apple-id-value",
        SupervisorIdentity = "supervisor-identity-value",
        AmbassadorIdReferrer = "ambassador-id-referrer-value",
        IdWs = "id-ws-value",
        IdWsReferrer = "id-ws-referrer-value",
        Image = "https://cdn.example/ada.png",
        Gender = "F",
        Firstname = "Ada",
        Lastname = "Lovelace",
        Username = "ada",
        Description = description,
        MotivationLetter = "motivation-letter-value",
        Email = "ada.lovelace@example.com",
        EmailTmp = "ada.next@example.com",
        Dob = "1815-12-10",
        Lang = "en",
        Phone1 = "+44 20 7946 0000",
        Phone2 = "+44 20 7946 0001",
        NotificationNewsletter = true,
        NotificationPlCreated = true,
        NotificationPlExpired = true,
        NotificationPlOrder = true,
        NotificationPlBlog = true,
        NotificationPostComment = true,
        NotificationCommunity = true,
        NotificationReward = true,
        NotificationBrowserWaitingList = true,
        EmailNotificationEnabled = true,
        BrowserNotificationEnabled = true,
        NotificationTag = true,
        NotificationChat = true,
        EmailNotificationDelay = "email-notification-delay-value",
        LastNotificationDate = "last-notification-date-value",
        NotificationEmailChat = true,
        NotificationEmailFavoriteComment = true,
        NotificationEmailPostComment = true,
        NotificationEmailReward = true,
        NotificationEmailTag = true,
        NotificationPostCommunity = true,
        NotificationEmailPostCommunity = true,
        OptinCgu = true,
        OptinCguPhotos = true,
        Availability = "availability-value",
        Unavailable = true,
        LastActionDate = "last-action-date-value",
        IsAbsent = true,
        AbsentMsg = "absent-msg-value",
        FbAccount = "fb-account-value",
        TwitterAccount = "twitter-account-value",
        InstagramAccount = "instagram-account-value",
        LinkedInAccount = "linkedIn-account-value",
        YoutubeAccount = "youtube-account-value",
        TiktokAccount = "tiktok-account-value",
        RegisterSrc = "register-src-value",
        RegisterLandingUrl = "https://brand.example/landing",
        NbPublicPopliste = "nb-public-popliste-value",
        NbPrivatePopliste = "nb-private-popliste-value",
    };

    /// <summary>Every documented field of <c>POST /auth/register</c> assigned.</summary>
    public static HwRegister Register(string description = DefaultDescription) => new()
    {
        KeyData = "key-data-value",
        CustomerId = "customer-id-value",
        BrokerId = "broker-id-value",
        SupervisorIdentity = "supervisor-identity-value",
        AmbassadorIdReferrer = "ambassador-id-referrer-value",
        IdWs = "id-ws-value",
        IdWsReferrer = "id-ws-referrer-value",
        Image = "https://cdn.example/ada.png",
        Gender = "F",
        Firstname = "Ada",
        Lastname = "Lovelace",
        Username = "ada",
        Description = description,
        MotivationLetter = "motivation-letter-value",
        Email = "ada.lovelace@example.com",
        Dob = "1815-12-10",
        Lang = "en",
        StoreId = "store-id-value",
        Phone1 = "+44 20 7946 0000",
        Phone2 = "+44 20 7946 0001",
        FbAccount = "fb-account-value",
        TwitterAccount = "twitter-account-value",
        InstagramAccount = "instagram-account-value",
        LinkedInAccount = "linkedIn-account-value",
        YoutubeAccount = "youtube-account-value",
        Password = "correct-horse-battery",
        Roles = [new HwRole { StatusRole = "ambassador" }],
        Address = [new HwAddress { Latitude = "51.5072", Longitude = "-0.1276", City = "London", Postcode = "W1", Country = "GB", Street = "12 St James's Square", Street2 = "Flat 1" }],
    };

    /// <summary>A complete ambassador, every documented field set, as the server answers.</summary>
    public static HwAmbassador Ambassador(string description = DefaultDescription) => new()
    {
        IdAmbassador = 42,
        IdBrand = 42,
        DateInsert = "2026-11-23 11:00:00",
        DateUpdate = "2026-11-23 11:00:00",
        KeyData = "key-data-value",
        CustomerId = "customer-id-value",
        BrokerId = "broker-id-value",
        ShopifyCustomerId = "shopify-customer-id-value",
        FacebookId = "facebook-id-value",
        GoogleId = "google-id-value",
        AppleId = "apple-id-value",
        SupervisorIdentity = "supervisor-identity-value",
        AmbassadorIdReferrer = "ambassador-id-referrer-value",
        IdWs = "id-ws-value",
        IdWsReferrer = "id-ws-referrer-value",
        Image = "https://cdn.example/ada.png",
        Gender = "F",
        Firstname = "Ada",
        Lastname = "Lovelace",
        Username = "ada",
        Description = description,
        MotivationLetter = "motivation-letter-value",
        Email = "ada.lovelace@example.com",
        EmailTmp = "ada.next@example.com",
        Dob = "1815-12-10",
        Lang = "en",
        Phone1 = "+44 20 7946 0000",
        Phone2 = "+44 20 7946 0001",
        EmailNotificationEnabled = true,
        GamificationScore = 42,
        GamificationCurrentLevel = 42,
        GamificationNextLevel = 42,
        GamificationLevelBadge = "gamification-level-badge-value",
        GamificationLevelLabel = "gamification-level-label-value",
        GamificationIdLevel = "gamification-id-level-value",
        GamificationCurrentLevelValue = 42,
        GamificationPoints = 42,
        LastDateGamification = "last-date-gamification-value",
        OptinCgu = true,
        OptinCguPhotos = true,
        Active = true,
        Status = 42,
        Unsubscribe = "unsubscribe-value",
        LastDateConnection = "last-date-connection-value",
        ActivationDate = "activation-date-value",
        ValidateDate = "validate-date-value",
        Availability = "availability-value",
        Unavailable = true,
        LastActionDate = "last-action-date-value",
        IsAbsent = true,
        AbsentMsg = "absent-msg-value",
        FbAccount = "fb-account-value",
        TwitterAccount = "twitter-account-value",
        InstagramAccount = "instagram-account-value",
        LinkedInAccount = "linkedIn-account-value",
        YoutubeAccount = "youtube-account-value",
        RegisterSrc = "register-src-value",
        RegisterLandingUrl = "https://brand.example/landing",
        OnboardingSequence = "onboarding-sequence-value",
        SocialCommunityDisplay = true,
        LastContactImport = "last-contact-import-value",
        SellTokenAmount = "sell-token-amount-value",
        ProductsPurchasedLimit = "products-purchased-limit-value",
        NbPublicPopliste = "nb-public-popliste-value",
        NbPrivatePopliste = "nb-private-popliste-value",
        ChatTopics = [1, 2, 3],
        StatusRole = "status-role-value",
        ManagerRole = "manager-role-value",
        IdsGuestAccounts = [1, 2, 3],
    };
}
