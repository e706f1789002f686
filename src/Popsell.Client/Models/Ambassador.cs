using System.Text.Json;
using System.Text.Json.Serialization;
using Popsell.Client.Serialization;

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
[JsonConverter(typeof(AmbassadorJsonConverter))]
public sealed record Ambassador
{
    private static readonly IReadOnlyDictionary<string, JsonElement> EmptyAdditionalProperties =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    // The wire storage, read and written by System.Text.Json's source-generated metadata (see AmbassadorData). Every
    // instance has its own: a `with` expression copies it before its initializers run.
    private readonly AmbassadorData _data;

    /// <summary>Initializes an ambassador with every property at its empty value.</summary>
    public Ambassador() => _data = new AmbassadorData();

    internal Ambassador(AmbassadorData data) => _data = data;

    private Ambassador(Ambassador original) => _data = original._data with { };

    /// <summary>Gets the wire storage, for the serializer.</summary>
    internal AmbassadorData Data => _data;

    /// <summary>The ambassador's identifier. Wire name: <c>id_ambassador</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    public int IdAmbassador { get => _data.IdAmbassador; init => _data.IdAmbassador = value; }

    /// <summary>The identifier of the brand the ambassador sells for. Wire name: <c>id_brand</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    public int IdBrand { get => _data.IdBrand; init => _data.IdBrand = value; }

    /// <summary>When the ambassador was created, as the server formats it. Wire name: <c>date_insert</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string DateInsert { get => _data.DateInsert; init => _data.DateInsert = value ?? string.Empty; }

    /// <summary>When the ambassador was last updated, as the server formats it. Wire name: <c>date_update</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string DateUpdate { get => _data.DateUpdate; init => _data.DateUpdate = value ?? string.Empty; }

    /// <summary>Free-form key data attached to the ambassador. Wire name: <c>key_data</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? KeyData { get => _data.KeyData; init => _data.KeyData = value; }

    /// <summary>The brand's own customer identifier for the ambassador. Wire name: <c>customer_id</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string CustomerId { get => _data.CustomerId; init => _data.CustomerId = value ?? string.Empty; }

    /// <summary>The identifier of the broker the ambassador belongs to. Wire name: <c>broker_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? BrokerId { get => _data.BrokerId; init => _data.BrokerId = value; }

    /// <summary>The Shopify customer identifier. Wire name: <c>shopify_customer_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? ShopifyCustomerId { get => _data.ShopifyCustomerId; init => _data.ShopifyCustomerId = value; }

    /// <summary>The Facebook identifier. Wire name: <c>facebook_id</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string FacebookId { get => _data.FacebookId; init => _data.FacebookId = value ?? string.Empty; }

    /// <summary>The Google identifier. Wire name: <c>google_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? GoogleId { get => _data.GoogleId; init => _data.GoogleId = value; }

    /// <summary>The Apple identifier. Wire name: <c>apple_id</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? AppleId { get => _data.AppleId; init => _data.AppleId = value; }

    /// <summary>The identity of the ambassador's supervisor. Wire name: <c>supervisor_identity</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? SupervisorIdentity { get => _data.SupervisorIdentity; init => _data.SupervisorIdentity = value; }

    /// <summary>The identifier of the ambassador who referred this one. Wire name: <c>ambassador_id_referrer</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? AmbassadorIdReferrer { get => _data.AmbassadorIdReferrer; init => _data.AmbassadorIdReferrer = value; }

    /// <summary>The web-service identifier. Wire name: <c>id_ws</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? IdWs { get => _data.IdWs; init => _data.IdWs = value; }

    /// <summary>The web-service identifier of the referrer. Wire name: <c>id_ws_referrer</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? IdWsReferrer { get => _data.IdWsReferrer; init => _data.IdWsReferrer = value; }

    /// <summary>The URL of the ambassador's picture. Wire name: <c>image</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? Image { get => _data.Image; init => _data.Image = value; }

    /// <summary>The ambassador's gender. Wire name: <c>gender</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Gender { get => _data.Gender; init => _data.Gender = value ?? string.Empty; }

    /// <summary>The ambassador's first name. Wire name: <c>firstname</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Firstname { get => _data.Firstname; init => _data.Firstname = value ?? string.Empty; }

    /// <summary>The ambassador's last name. Wire name: <c>lastname</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Lastname { get => _data.Lastname; init => _data.Lastname = value ?? string.Empty; }

    /// <summary>The ambassador's user name. Wire name: <c>username</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? Username { get => _data.Username; init => _data.Username = value; }

    /// <summary>The ambassador's public description. Wire name: <c>description</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Description { get => _data.Description; init => _data.Description = value ?? string.Empty; }

    /// <summary>The ambassador's motivation letter. Wire name: <c>motivation_letter</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? MotivationLetter { get => _data.MotivationLetter; init => _data.MotivationLetter = value; }

    /// <summary>The ambassador's email address. Wire name: <c>email</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Email { get => _data.Email; init => _data.Email = value ?? string.Empty; }

    /// <summary>An email address awaiting confirmation. Wire name: <c>email_tmp</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? EmailTmp { get => _data.EmailTmp; init => _data.EmailTmp = value; }

    /// <summary>The ambassador's date of birth, as the server formats it. Wire name: <c>dob</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? Dob { get => _data.Dob; init => _data.Dob = value; }

    /// <summary>The ambassador's language code. Wire name: <c>lang</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Lang { get => _data.Lang; init => _data.Lang = value ?? string.Empty; }

    /// <summary>The ambassador's first phone number. Wire name: <c>phone_1</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Phone1 { get => _data.Phone1; init => _data.Phone1 = value ?? string.Empty; }

    /// <summary>The ambassador's second phone number. Wire name: <c>phone_2</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string Phone2 { get => _data.Phone2; init => _data.Phone2 = value ?? string.Empty; }

    /// <summary>Whether email notifications are enabled. Wire name: <c>email_notification_enabled</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool EmailNotificationEnabled { get => _data.EmailNotificationEnabled; init => _data.EmailNotificationEnabled = value; }

    /// <summary>The ambassador's gamification score. Wire name: <c>gamification_score</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    public int GamificationScore { get => _data.GamificationScore; init => _data.GamificationScore = value; }

    /// <summary>The ambassador's current gamification level. Wire name: <c>gamification_current_level</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public int? GamificationCurrentLevel { get => _data.GamificationCurrentLevel; init => _data.GamificationCurrentLevel = value; }

    /// <summary>The next gamification level. Wire name: <c>gamification_next_level</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public int? GamificationNextLevel { get => _data.GamificationNextLevel; init => _data.GamificationNextLevel = value; }

    /// <summary>The badge of the current gamification level. Wire name: <c>gamification_level_badge</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? GamificationLevelBadge { get => _data.GamificationLevelBadge; init => _data.GamificationLevelBadge = value; }

    /// <summary>The label of the current gamification level. Wire name: <c>gamification_level_label</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? GamificationLevelLabel { get => _data.GamificationLevelLabel; init => _data.GamificationLevelLabel = value; }

    /// <summary>The identifier of the current gamification level. Wire name: <c>gamification_id_level</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? GamificationIdLevel { get => _data.GamificationIdLevel; init => _data.GamificationIdLevel = value; }

    /// <summary>The value of the current gamification level. Wire name: <c>gamification_current_level_value</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    public int GamificationCurrentLevelValue { get => _data.GamificationCurrentLevelValue; init => _data.GamificationCurrentLevelValue = value; }

    /// <summary>The ambassador's gamification points. Wire name: <c>gamification_points</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    public long GamificationPoints { get => _data.GamificationPoints; init => _data.GamificationPoints = value; }

    /// <summary>When the gamification data last changed, as the server formats it. Wire name: <c>last_date_gamification</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? LastDateGamification { get => _data.LastDateGamification; init => _data.LastDateGamification = value; }

    /// <summary>Whether the ambassador accepted the terms of use. Wire name: <c>optin_cgu</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool OptinCgu { get => _data.OptinCgu; init => _data.OptinCgu = value; }

    /// <summary>Whether the ambassador accepted the terms of use for photos. Wire name: <c>optin_cgu_photos</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool OptinCguPhotos { get => _data.OptinCguPhotos; init => _data.OptinCguPhotos = value; }

    /// <summary>Whether the ambassador is active. Wire name: <c>active</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool Active { get => _data.Active; init => _data.Active = value; }

    /// <summary>The ambassador's status code. Wire name: <c>status</c>.</summary>
    /// <value><c>0</c> when the server sent <c>null</c> or left the field out.</value>
    public int Status { get => _data.Status; init => _data.Status = value; }

    /// <summary>The ambassador's unsubscription marker. Wire name: <c>unsubscribe</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? Unsubscribe { get => _data.Unsubscribe; init => _data.Unsubscribe = value; }

    /// <summary>When the ambassador last signed in, as the server formats it. Wire name: <c>last_date_connection</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? LastDateConnection { get => _data.LastDateConnection; init => _data.LastDateConnection = value; }

    /// <summary>When the ambassador was activated, as the server formats it. Wire name: <c>activation_date</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? ActivationDate { get => _data.ActivationDate; init => _data.ActivationDate = value; }

    /// <summary>When the ambassador was validated, as the server formats it. Wire name: <c>validate_date</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? ValidateDate { get => _data.ValidateDate; init => _data.ValidateDate = value; }

    /// <summary>The ambassador's availability. Wire name: <c>availability</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? Availability { get => _data.Availability; init => _data.Availability = value; }

    /// <summary>Whether the ambassador is unavailable. Wire name: <c>unavailable</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool Unavailable { get => _data.Unavailable; init => _data.Unavailable = value; }

    /// <summary>When the ambassador last acted, as the server formats it. Wire name: <c>last_action_date</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? LastActionDate { get => _data.LastActionDate; init => _data.LastActionDate = value; }

    /// <summary>Whether the ambassador is marked absent. Wire name: <c>is_absent</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool IsAbsent { get => _data.IsAbsent; init => _data.IsAbsent = value; }

    /// <summary>The message shown while the ambassador is absent. Wire name: <c>absent_msg</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? AbsentMsg { get => _data.AbsentMsg; init => _data.AbsentMsg = value; }

    /// <summary>The ambassador's Facebook account. Wire name: <c>fb_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? FbAccount { get => _data.FbAccount; init => _data.FbAccount = value; }

    /// <summary>The ambassador's Twitter account. Wire name: <c>twitter_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? TwitterAccount { get => _data.TwitterAccount; init => _data.TwitterAccount = value; }

    /// <summary>The ambassador's Instagram account. Wire name: <c>instagram_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? InstagramAccount { get => _data.InstagramAccount; init => _data.InstagramAccount = value; }

    /// <summary>The ambassador's LinkedIn account. Wire name: <c>linkedIn_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? LinkedInAccount { get => _data.LinkedInAccount; init => _data.LinkedInAccount = value; }

    /// <summary>The ambassador's YouTube account. Wire name: <c>youtube_account</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? YoutubeAccount { get => _data.YoutubeAccount; init => _data.YoutubeAccount = value; }

    /// <summary>Where the ambassador registered from. Wire name: <c>register_src</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? RegisterSrc { get => _data.RegisterSrc; init => _data.RegisterSrc = value; }

    /// <summary>The landing URL the ambassador registered from. Wire name: <c>register_landing_url</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? RegisterLandingUrl { get => _data.RegisterLandingUrl; init => _data.RegisterLandingUrl = value; }

    /// <summary>The ambassador's onboarding sequence. Wire name: <c>onboarding_sequence</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? OnboardingSequence { get => _data.OnboardingSequence; init => _data.OnboardingSequence = value; }

    /// <summary>Whether the ambassador is shown in the social community. Wire name: <c>social_community_display</c>.</summary>
    /// <value><see langword="false"/> when the server sent <c>null</c> or left the field out.</value>
    public bool SocialCommunityDisplay { get => _data.SocialCommunityDisplay; init => _data.SocialCommunityDisplay = value; }

    /// <summary>When contacts were last imported, as the server formats it. Wire name: <c>last_contact_import</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? LastContactImport { get => _data.LastContactImport; init => _data.LastContactImport = value; }

    /// <summary>The ambassador's sell-token amount. Wire name: <c>sell_token_amount</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? SellTokenAmount { get => _data.SellTokenAmount; init => _data.SellTokenAmount = value; }

    /// <summary>The limit on products purchased. Wire name: <c>products_purchased_limit</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? ProductsPurchasedLimit { get => _data.ProductsPurchasedLimit; init => _data.ProductsPurchasedLimit = value; }

    /// <summary>The number of public poplists. Wire name: <c>nb_public_popliste</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? NbPublicPopliste { get => _data.NbPublicPopliste; init => _data.NbPublicPopliste = value; }

    /// <summary>The number of private poplists. Wire name: <c>nb_private_popliste</c>.</summary>
    /// <value><see langword="null"/> when the server sent <c>null</c> or left the field out.</value>
    public string? NbPrivatePopliste { get => _data.NbPrivatePopliste; init => _data.NbPrivatePopliste = value; }

    /// <summary>The identifiers of the ambassador's chat topics. Wire name: <c>chat_topics</c>.</summary>
    /// <value>Never <see langword="null"/>; empty when the server did not send it.</value>
    public IReadOnlyList<int> ChatTopics { get => _data.ChatTopics; init => _data.ChatTopics = value ?? []; }

    /// <summary>The ambassador's status role. Wire name: <c>status_role</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string StatusRole { get => _data.StatusRole; init => _data.StatusRole = value ?? string.Empty; }

    /// <summary>The ambassador's manager role. Wire name: <c>manager_role</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> when the server did not send it.</value>
    public string ManagerRole { get => _data.ManagerRole; init => _data.ManagerRole = value ?? string.Empty; }

    /// <summary>The identifiers of the ambassador's guest accounts. Wire name: <c>ids_guest_accounts</c>.</summary>
    /// <value>Never <see langword="null"/>; empty when the server did not send it.</value>
    public IReadOnlyList<int> IdsGuestAccounts { get => _data.IdsGuestAccounts; init => _data.IdsGuestAccounts = value ?? []; }

    /// <summary>Fields the server sent that this version of the SDK does not model, by wire name.</summary>
    /// <value>Never <see langword="null"/>; empty when every field was known.</value>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => _data.ExtensionData is { Count: > 0 } data ? data : EmptyAdditionalProperties;
        init => _data.ExtensionData = value is null ? null : new Dictionary<string, JsonElement>(value, StringComparer.Ordinal);
    }
}
