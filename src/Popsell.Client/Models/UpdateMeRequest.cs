using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using Popsell.Client.Serialization;

namespace Popsell.Client;

/// <summary>
/// The body of <c>PATCH /{environment}/me</c>: the changes to make to the connected ambassador.
/// </summary>
/// <remarks>
/// <para>Set the properties to change in an object initializer (or a <see langword="with"/> expression). Only the
/// properties you assign are sent, so a partial update never wipes data: an unassigned property is left as it is on
/// the server, and assigning <see langword="null"/> sends JSON <c>null</c>, which clears a field the API lets you clear.</para>
/// <para>The record remembers which properties were assigned, and so does its JSON form with any
/// <see cref="System.Text.Json.JsonSerializer"/> options, because the type carries its own converter.</para>
/// <para><see cref="ToString"/> prints only the assigned properties, and never <see cref="Password"/>'s value.</para>
/// </remarks>
[JsonConverter(typeof(UpdateMeRequestJsonConverter))]
public sealed record UpdateMeRequest
{
    private UpdateMeFields _assigned;

    /// <summary>The ambassador's password. Never printed by <c>ToString</c>. Wire name: <c>password</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? Password { get; init { field = value; _assigned |= UpdateMeFields.Password; } }

    /// <summary>Free-form key data attached to the ambassador. Wire name: <c>key_data</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? KeyData { get; init { field = value; _assigned |= UpdateMeFields.KeyData; } }

    /// <summary>The brand's own customer identifier for the ambassador. Wire name: <c>customer_id</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? CustomerId { get; init { field = value; _assigned |= UpdateMeFields.CustomerId; } }

    /// <summary>The identifier of the broker the ambassador belongs to. Wire name: <c>broker_id</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? BrokerId { get; init { field = value; _assigned |= UpdateMeFields.BrokerId; } }

    /// <summary>The Shopify customer identifier. Wire name: <c>shopify_customer_id</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? ShopifyCustomerId { get; init { field = value; _assigned |= UpdateMeFields.ShopifyCustomerId; } }

    /// <summary>The Facebook identifier. Wire name: <c>facebook_id</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? FacebookId { get; init { field = value; _assigned |= UpdateMeFields.FacebookId; } }

    /// <summary>The Google identifier. Wire name: <c>google_id</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? GoogleId { get; init { field = value; _assigned |= UpdateMeFields.GoogleId; } }

    /// <summary>The Apple identifier. Wire name: <c>apple_id</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? AppleId { get; init { field = value; _assigned |= UpdateMeFields.AppleId; } }

    /// <summary>The identity of the ambassador's supervisor. Wire name: <c>supervisor_identity</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? SupervisorIdentity { get; init { field = value; _assigned |= UpdateMeFields.SupervisorIdentity; } }

    /// <summary>The identifier of the ambassador who referred this one. Wire name: <c>ambassador_id_referrer</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? AmbassadorIdReferrer { get; init { field = value; _assigned |= UpdateMeFields.AmbassadorIdReferrer; } }

    /// <summary>The web-service identifier. Wire name: <c>id_ws</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? IdWs { get; init { field = value; _assigned |= UpdateMeFields.IdWs; } }

    /// <summary>The web-service identifier of the referrer. Wire name: <c>id_ws_referrer</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? IdWsReferrer { get; init { field = value; _assigned |= UpdateMeFields.IdWsReferrer; } }

    /// <summary>The URL of the ambassador's picture. Wire name: <c>image</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? Image { get; init { field = value; _assigned |= UpdateMeFields.Image; } }

    /// <summary>The ambassador's gender. Wire name: <c>gender</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Gender { get; init { field = value; _assigned |= UpdateMeFields.Gender; } }

    /// <summary>The ambassador's first name. Wire name: <c>firstname</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Firstname { get; init { field = value; _assigned |= UpdateMeFields.Firstname; } }

    /// <summary>The ambassador's last name. Wire name: <c>lastname</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Lastname { get; init { field = value; _assigned |= UpdateMeFields.Lastname; } }

    /// <summary>The ambassador's user name. Wire name: <c>username</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? Username { get; init { field = value; _assigned |= UpdateMeFields.Username; } }

    /// <summary>The ambassador's public description. Wire name: <c>description</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Description { get; init { field = value; _assigned |= UpdateMeFields.Description; } }

    /// <summary>The ambassador's motivation letter. Wire name: <c>motivation_letter</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? MotivationLetter { get; init { field = value; _assigned |= UpdateMeFields.MotivationLetter; } }

    /// <summary>The ambassador's email address. Wire name: <c>email</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Email { get; init { field = value; _assigned |= UpdateMeFields.Email; } }

    /// <summary>An email address awaiting confirmation. Wire name: <c>email_tmp</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? EmailTmp { get; init { field = value; _assigned |= UpdateMeFields.EmailTmp; } }

    /// <summary>The ambassador's date of birth, as the server formats it. Wire name: <c>dob</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? Dob { get; init { field = value; _assigned |= UpdateMeFields.Dob; } }

    /// <summary>The ambassador's language code. Wire name: <c>lang</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Lang { get; init { field = value; _assigned |= UpdateMeFields.Lang; } }

    /// <summary>The ambassador's first phone number. Wire name: <c>phone_1</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Phone1 { get; init { field = value; _assigned |= UpdateMeFields.Phone1; } }

    /// <summary>The ambassador's second phone number. Wire name: <c>phone_2</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? Phone2 { get; init { field = value; _assigned |= UpdateMeFields.Phone2; } }

    /// <summary>Whether notifications for newsletter are enabled. Wire name: <c>notification_newsletter</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationNewsletter { get; init { field = value; _assigned |= UpdateMeFields.NotificationNewsletter; } }

    /// <summary>Whether notifications for pl created are enabled. Wire name: <c>notification_pl_created</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationPlCreated { get; init { field = value; _assigned |= UpdateMeFields.NotificationPlCreated; } }

    /// <summary>Whether notifications for pl expired are enabled. Wire name: <c>notification_pl_expired</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationPlExpired { get; init { field = value; _assigned |= UpdateMeFields.NotificationPlExpired; } }

    /// <summary>Whether notifications for pl order are enabled. Wire name: <c>notification_pl_order</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationPlOrder { get; init { field = value; _assigned |= UpdateMeFields.NotificationPlOrder; } }

    /// <summary>Whether notifications for pl blog are enabled. Wire name: <c>notification_pl_blog</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationPlBlog { get; init { field = value; _assigned |= UpdateMeFields.NotificationPlBlog; } }

    /// <summary>Whether notifications for post comment are enabled. Wire name: <c>notification_post_comment</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationPostComment { get; init { field = value; _assigned |= UpdateMeFields.NotificationPostComment; } }

    /// <summary>Whether notifications for community are enabled. Wire name: <c>notification_community</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationCommunity { get; init { field = value; _assigned |= UpdateMeFields.NotificationCommunity; } }

    /// <summary>Whether notifications for reward are enabled. Wire name: <c>notification_reward</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationReward { get; init { field = value; _assigned |= UpdateMeFields.NotificationReward; } }

    /// <summary>Whether notifications for browser waiting list are enabled. Wire name: <c>notification_browser_waiting_list</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationBrowserWaitingList { get; init { field = value; _assigned |= UpdateMeFields.NotificationBrowserWaitingList; } }

    /// <summary>Whether email notifications are enabled. Wire name: <c>email_notification_enabled</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? EmailNotificationEnabled { get; init { field = value; _assigned |= UpdateMeFields.EmailNotificationEnabled; } }

    /// <summary>Whether browser notifications are enabled. Wire name: <c>browser_notification_enabled</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? BrowserNotificationEnabled { get; init { field = value; _assigned |= UpdateMeFields.BrowserNotificationEnabled; } }

    /// <summary>Whether notifications for tag are enabled. Wire name: <c>notification_tag</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationTag { get; init { field = value; _assigned |= UpdateMeFields.NotificationTag; } }

    /// <summary>Whether notifications for chat are enabled. Wire name: <c>notification_chat</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationChat { get; init { field = value; _assigned |= UpdateMeFields.NotificationChat; } }

    /// <summary>The delay between notification emails. Wire name: <c>email_notification_delay</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? EmailNotificationDelay { get; init { field = value; _assigned |= UpdateMeFields.EmailNotificationDelay; } }

    /// <summary>When the ambassador was last notified, as the server formats it. Wire name: <c>last_notification_date</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public string? LastNotificationDate { get; init { field = value; _assigned |= UpdateMeFields.LastNotificationDate; } }

    /// <summary>Whether email notifications for chat are enabled. Wire name: <c>notification_email_chat</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationEmailChat { get; init { field = value; _assigned |= UpdateMeFields.NotificationEmailChat; } }

    /// <summary>Whether email notifications for favorite comment are enabled. Wire name: <c>notification_email_favorite_comment</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationEmailFavoriteComment { get; init { field = value; _assigned |= UpdateMeFields.NotificationEmailFavoriteComment; } }

    /// <summary>Whether email notifications for post comment are enabled. Wire name: <c>notification_email_post_comment</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationEmailPostComment { get; init { field = value; _assigned |= UpdateMeFields.NotificationEmailPostComment; } }

    /// <summary>Whether email notifications for reward are enabled. Wire name: <c>notification_email_reward</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationEmailReward { get; init { field = value; _assigned |= UpdateMeFields.NotificationEmailReward; } }

    /// <summary>Whether email notifications for tag are enabled. Wire name: <c>notification_email_tag</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationEmailTag { get; init { field = value; _assigned |= UpdateMeFields.NotificationEmailTag; } }

    /// <summary>Whether notifications for post community are enabled. Wire name: <c>notification_post_community</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationPostCommunity { get; init { field = value; _assigned |= UpdateMeFields.NotificationPostCommunity; } }

    /// <summary>Whether email notifications for post community are enabled. Wire name: <c>notification_email_post_community</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? NotificationEmailPostCommunity { get; init { field = value; _assigned |= UpdateMeFields.NotificationEmailPostCommunity; } }

    /// <summary>Whether the ambassador accepted the terms of use. Wire name: <c>optin_cgu</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? OptinCgu { get; init { field = value; _assigned |= UpdateMeFields.OptinCgu; } }

    /// <summary>Whether the ambassador accepted the terms of use for photos. Wire name: <c>optin_cgu_photos</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? OptinCguPhotos { get; init { field = value; _assigned |= UpdateMeFields.OptinCguPhotos; } }

    /// <summary>The ambassador's availability. Wire name: <c>availability</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? Availability { get; init { field = value; _assigned |= UpdateMeFields.Availability; } }

    /// <summary>Whether the ambassador is unavailable. Wire name: <c>unavailable</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? Unavailable { get; init { field = value; _assigned |= UpdateMeFields.Unavailable; } }

    /// <summary>When the ambassador last acted, as the server formats it. Wire name: <c>last_action_date</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? LastActionDate { get; init { field = value; _assigned |= UpdateMeFields.LastActionDate; } }

    /// <summary>Whether the ambassador is marked absent. Wire name: <c>is_absent</c>.</summary>
    /// <value>Not sent unless assigned. The API does not let this field be cleared, so assigning <see langword="null"/> is rejected before any request is sent.</value>
    public bool? IsAbsent { get; init { field = value; _assigned |= UpdateMeFields.IsAbsent; } }

    /// <summary>The message shown while the ambassador is absent. Wire name: <c>absent_msg</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? AbsentMsg { get; init { field = value; _assigned |= UpdateMeFields.AbsentMsg; } }

    /// <summary>The ambassador's Facebook account. Wire name: <c>fb_account</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? FbAccount { get; init { field = value; _assigned |= UpdateMeFields.FbAccount; } }

    /// <summary>The ambassador's Twitter account. Wire name: <c>twitter_account</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? TwitterAccount { get; init { field = value; _assigned |= UpdateMeFields.TwitterAccount; } }

    /// <summary>The ambassador's Instagram account. Wire name: <c>instagram_account</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? InstagramAccount { get; init { field = value; _assigned |= UpdateMeFields.InstagramAccount; } }

    /// <summary>The ambassador's LinkedIn account. Wire name: <c>linkedIn_account</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? LinkedInAccount { get; init { field = value; _assigned |= UpdateMeFields.LinkedInAccount; } }

    /// <summary>The ambassador's YouTube account. Wire name: <c>youtube_account</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? YoutubeAccount { get; init { field = value; _assigned |= UpdateMeFields.YoutubeAccount; } }

    /// <summary>The ambassador's TikTok account. Wire name: <c>tiktok_account</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? TiktokAccount { get; init { field = value; _assigned |= UpdateMeFields.TiktokAccount; } }

    /// <summary>Where the ambassador registered from. Wire name: <c>register_src</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? RegisterSrc { get; init { field = value; _assigned |= UpdateMeFields.RegisterSrc; } }

    /// <summary>The landing URL the ambassador registered from. Wire name: <c>register_landing_url</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? RegisterLandingUrl { get; init { field = value; _assigned |= UpdateMeFields.RegisterLandingUrl; } }

    /// <summary>The number of public poplists. Wire name: <c>nb_public_popliste</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? NbPublicPopliste { get; init { field = value; _assigned |= UpdateMeFields.NbPublicPopliste; } }

    /// <summary>The number of private poplists. Wire name: <c>nb_private_popliste</c>.</summary>
    /// <value>Not sent unless assigned; assigning <see langword="null"/> clears the field.</value>
    public string? NbPrivatePopliste { get; init { field = value; _assigned |= UpdateMeFields.NbPrivatePopliste; } }

    /// <summary>Gets the fields that were assigned, one bit each.</summary>
    internal UpdateMeFields AssignedFields => _assigned;

    /// <summary>Gets a value indicating whether no property was assigned.</summary>
    /// <value><see langword="true"/> when the request would send an empty JSON object.</value>
    public bool IsEmpty => _assigned == UpdateMeFields.None;

    [SuppressMessage("Style", "IDE0051:Remove unused private members", Justification = "Called by the record's generated ToString.")]
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new RecordPrinter(builder);
        if ((_assigned & UpdateMeFields.Password) != 0) printer.AppendSecret(nameof(Password));
        if ((_assigned & UpdateMeFields.KeyData) != 0) printer.AppendAssigned(nameof(KeyData), KeyData);
        if ((_assigned & UpdateMeFields.CustomerId) != 0) printer.AppendAssigned(nameof(CustomerId), CustomerId);
        if ((_assigned & UpdateMeFields.BrokerId) != 0) printer.AppendAssigned(nameof(BrokerId), BrokerId);
        if ((_assigned & UpdateMeFields.ShopifyCustomerId) != 0) printer.AppendAssigned(nameof(ShopifyCustomerId), ShopifyCustomerId);
        if ((_assigned & UpdateMeFields.FacebookId) != 0) printer.AppendAssigned(nameof(FacebookId), FacebookId);
        if ((_assigned & UpdateMeFields.GoogleId) != 0) printer.AppendAssigned(nameof(GoogleId), GoogleId);
        if ((_assigned & UpdateMeFields.AppleId) != 0) printer.AppendAssigned(nameof(AppleId), AppleId);
        if ((_assigned & UpdateMeFields.SupervisorIdentity) != 0) printer.AppendAssigned(nameof(SupervisorIdentity), SupervisorIdentity);
        if ((_assigned & UpdateMeFields.AmbassadorIdReferrer) != 0) printer.AppendAssigned(nameof(AmbassadorIdReferrer), AmbassadorIdReferrer);
        if ((_assigned & UpdateMeFields.IdWs) != 0) printer.AppendAssigned(nameof(IdWs), IdWs);
        if ((_assigned & UpdateMeFields.IdWsReferrer) != 0) printer.AppendAssigned(nameof(IdWsReferrer), IdWsReferrer);
        if ((_assigned & UpdateMeFields.Image) != 0) printer.AppendAssigned(nameof(Image), Image);
        if ((_assigned & UpdateMeFields.Gender) != 0) printer.AppendAssigned(nameof(Gender), Gender);
        if ((_assigned & UpdateMeFields.Firstname) != 0) printer.AppendAssigned(nameof(Firstname), Firstname);
        if ((_assigned & UpdateMeFields.Lastname) != 0) printer.AppendAssigned(nameof(Lastname), Lastname);
        if ((_assigned & UpdateMeFields.Username) != 0) printer.AppendAssigned(nameof(Username), Username);
        if ((_assigned & UpdateMeFields.Description) != 0) printer.AppendAssigned(nameof(Description), Description);
        if ((_assigned & UpdateMeFields.MotivationLetter) != 0) printer.AppendAssigned(nameof(MotivationLetter), MotivationLetter);
        if ((_assigned & UpdateMeFields.Email) != 0) printer.AppendAssigned(nameof(Email), Email);
        if ((_assigned & UpdateMeFields.EmailTmp) != 0) printer.AppendAssigned(nameof(EmailTmp), EmailTmp);
        if ((_assigned & UpdateMeFields.Dob) != 0) printer.AppendAssigned(nameof(Dob), Dob);
        if ((_assigned & UpdateMeFields.Lang) != 0) printer.AppendAssigned(nameof(Lang), Lang);
        if ((_assigned & UpdateMeFields.Phone1) != 0) printer.AppendAssigned(nameof(Phone1), Phone1);
        if ((_assigned & UpdateMeFields.Phone2) != 0) printer.AppendAssigned(nameof(Phone2), Phone2);
        if ((_assigned & UpdateMeFields.NotificationNewsletter) != 0) printer.AppendAssigned(nameof(NotificationNewsletter), NotificationNewsletter);
        if ((_assigned & UpdateMeFields.NotificationPlCreated) != 0) printer.AppendAssigned(nameof(NotificationPlCreated), NotificationPlCreated);
        if ((_assigned & UpdateMeFields.NotificationPlExpired) != 0) printer.AppendAssigned(nameof(NotificationPlExpired), NotificationPlExpired);
        if ((_assigned & UpdateMeFields.NotificationPlOrder) != 0) printer.AppendAssigned(nameof(NotificationPlOrder), NotificationPlOrder);
        if ((_assigned & UpdateMeFields.NotificationPlBlog) != 0) printer.AppendAssigned(nameof(NotificationPlBlog), NotificationPlBlog);
        if ((_assigned & UpdateMeFields.NotificationPostComment) != 0) printer.AppendAssigned(nameof(NotificationPostComment), NotificationPostComment);
        if ((_assigned & UpdateMeFields.NotificationCommunity) != 0) printer.AppendAssigned(nameof(NotificationCommunity), NotificationCommunity);
        if ((_assigned & UpdateMeFields.NotificationReward) != 0) printer.AppendAssigned(nameof(NotificationReward), NotificationReward);
        if ((_assigned & UpdateMeFields.NotificationBrowserWaitingList) != 0) printer.AppendAssigned(nameof(NotificationBrowserWaitingList), NotificationBrowserWaitingList);
        if ((_assigned & UpdateMeFields.EmailNotificationEnabled) != 0) printer.AppendAssigned(nameof(EmailNotificationEnabled), EmailNotificationEnabled);
        if ((_assigned & UpdateMeFields.BrowserNotificationEnabled) != 0) printer.AppendAssigned(nameof(BrowserNotificationEnabled), BrowserNotificationEnabled);
        if ((_assigned & UpdateMeFields.NotificationTag) != 0) printer.AppendAssigned(nameof(NotificationTag), NotificationTag);
        if ((_assigned & UpdateMeFields.NotificationChat) != 0) printer.AppendAssigned(nameof(NotificationChat), NotificationChat);
        if ((_assigned & UpdateMeFields.EmailNotificationDelay) != 0) printer.AppendAssigned(nameof(EmailNotificationDelay), EmailNotificationDelay);
        if ((_assigned & UpdateMeFields.LastNotificationDate) != 0) printer.AppendAssigned(nameof(LastNotificationDate), LastNotificationDate);
        if ((_assigned & UpdateMeFields.NotificationEmailChat) != 0) printer.AppendAssigned(nameof(NotificationEmailChat), NotificationEmailChat);
        if ((_assigned & UpdateMeFields.NotificationEmailFavoriteComment) != 0) printer.AppendAssigned(nameof(NotificationEmailFavoriteComment), NotificationEmailFavoriteComment);
        if ((_assigned & UpdateMeFields.NotificationEmailPostComment) != 0) printer.AppendAssigned(nameof(NotificationEmailPostComment), NotificationEmailPostComment);
        if ((_assigned & UpdateMeFields.NotificationEmailReward) != 0) printer.AppendAssigned(nameof(NotificationEmailReward), NotificationEmailReward);
        if ((_assigned & UpdateMeFields.NotificationEmailTag) != 0) printer.AppendAssigned(nameof(NotificationEmailTag), NotificationEmailTag);
        if ((_assigned & UpdateMeFields.NotificationPostCommunity) != 0) printer.AppendAssigned(nameof(NotificationPostCommunity), NotificationPostCommunity);
        if ((_assigned & UpdateMeFields.NotificationEmailPostCommunity) != 0) printer.AppendAssigned(nameof(NotificationEmailPostCommunity), NotificationEmailPostCommunity);
        if ((_assigned & UpdateMeFields.OptinCgu) != 0) printer.AppendAssigned(nameof(OptinCgu), OptinCgu);
        if ((_assigned & UpdateMeFields.OptinCguPhotos) != 0) printer.AppendAssigned(nameof(OptinCguPhotos), OptinCguPhotos);
        if ((_assigned & UpdateMeFields.Availability) != 0) printer.AppendAssigned(nameof(Availability), Availability);
        if ((_assigned & UpdateMeFields.Unavailable) != 0) printer.AppendAssigned(nameof(Unavailable), Unavailable);
        if ((_assigned & UpdateMeFields.LastActionDate) != 0) printer.AppendAssigned(nameof(LastActionDate), LastActionDate);
        if ((_assigned & UpdateMeFields.IsAbsent) != 0) printer.AppendAssigned(nameof(IsAbsent), IsAbsent);
        if ((_assigned & UpdateMeFields.AbsentMsg) != 0) printer.AppendAssigned(nameof(AbsentMsg), AbsentMsg);
        if ((_assigned & UpdateMeFields.FbAccount) != 0) printer.AppendAssigned(nameof(FbAccount), FbAccount);
        if ((_assigned & UpdateMeFields.TwitterAccount) != 0) printer.AppendAssigned(nameof(TwitterAccount), TwitterAccount);
        if ((_assigned & UpdateMeFields.InstagramAccount) != 0) printer.AppendAssigned(nameof(InstagramAccount), InstagramAccount);
        if ((_assigned & UpdateMeFields.LinkedInAccount) != 0) printer.AppendAssigned(nameof(LinkedInAccount), LinkedInAccount);
        if ((_assigned & UpdateMeFields.YoutubeAccount) != 0) printer.AppendAssigned(nameof(YoutubeAccount), YoutubeAccount);
        if ((_assigned & UpdateMeFields.TiktokAccount) != 0) printer.AppendAssigned(nameof(TiktokAccount), TiktokAccount);
        if ((_assigned & UpdateMeFields.RegisterSrc) != 0) printer.AppendAssigned(nameof(RegisterSrc), RegisterSrc);
        if ((_assigned & UpdateMeFields.RegisterLandingUrl) != 0) printer.AppendAssigned(nameof(RegisterLandingUrl), RegisterLandingUrl);
        if ((_assigned & UpdateMeFields.NbPublicPopliste) != 0) printer.AppendAssigned(nameof(NbPublicPopliste), NbPublicPopliste);
        if ((_assigned & UpdateMeFields.NbPrivatePopliste) != 0) printer.AppendAssigned(nameof(NbPrivatePopliste), NbPrivatePopliste);
        return printer.Printed;
    }
}
