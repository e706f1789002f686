using System.Text.Json;
using System.Text.Json.Serialization;

namespace Popsell.Client.Serialization;

/// <summary>
/// Writes an <see cref="UpdateMeRequest"/> with only its assigned properties, and reads one back with exactly the
/// properties present in the JSON assigned. Attached to the type itself, so every serializer honours it.
/// </summary>
internal sealed class UpdateMeRequestJsonConverter : JsonConverter<UpdateMeRequest>
{
    private static readonly JsonEncodedText PasswordName = JsonEncodedText.Encode("password");
    private static readonly JsonEncodedText KeyDataName = JsonEncodedText.Encode("key_data");
    private static readonly JsonEncodedText CustomerIdName = JsonEncodedText.Encode("customer_id");
    private static readonly JsonEncodedText BrokerIdName = JsonEncodedText.Encode("broker_id");
    private static readonly JsonEncodedText ShopifyCustomerIdName = JsonEncodedText.Encode("shopify_customer_id");
    private static readonly JsonEncodedText FacebookIdName = JsonEncodedText.Encode("facebook_id");
    private static readonly JsonEncodedText GoogleIdName = JsonEncodedText.Encode("google_id");
    private static readonly JsonEncodedText AppleIdName = JsonEncodedText.Encode("apple_id");
    private static readonly JsonEncodedText SupervisorIdentityName = JsonEncodedText.Encode("supervisor_identity");
    private static readonly JsonEncodedText AmbassadorIdReferrerName = JsonEncodedText.Encode("ambassador_id_referrer");
    private static readonly JsonEncodedText IdWsName = JsonEncodedText.Encode("id_ws");
    private static readonly JsonEncodedText IdWsReferrerName = JsonEncodedText.Encode("id_ws_referrer");
    private static readonly JsonEncodedText ImageName = JsonEncodedText.Encode("image");
    private static readonly JsonEncodedText GenderName = JsonEncodedText.Encode("gender");
    private static readonly JsonEncodedText FirstnameName = JsonEncodedText.Encode("firstname");
    private static readonly JsonEncodedText LastnameName = JsonEncodedText.Encode("lastname");
    private static readonly JsonEncodedText UsernameName = JsonEncodedText.Encode("username");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText MotivationLetterName = JsonEncodedText.Encode("motivation_letter");
    private static readonly JsonEncodedText EmailName = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText EmailTmpName = JsonEncodedText.Encode("email_tmp");
    private static readonly JsonEncodedText DobName = JsonEncodedText.Encode("dob");
    private static readonly JsonEncodedText LangName = JsonEncodedText.Encode("lang");
    private static readonly JsonEncodedText Phone1Name = JsonEncodedText.Encode("phone_1");
    private static readonly JsonEncodedText Phone2Name = JsonEncodedText.Encode("phone_2");
    private static readonly JsonEncodedText NotificationNewsletterName = JsonEncodedText.Encode("notification_newsletter");
    private static readonly JsonEncodedText NotificationPlCreatedName = JsonEncodedText.Encode("notification_pl_created");
    private static readonly JsonEncodedText NotificationPlExpiredName = JsonEncodedText.Encode("notification_pl_expired");
    private static readonly JsonEncodedText NotificationPlOrderName = JsonEncodedText.Encode("notification_pl_order");
    private static readonly JsonEncodedText NotificationPlBlogName = JsonEncodedText.Encode("notification_pl_blog");
    private static readonly JsonEncodedText NotificationPostCommentName = JsonEncodedText.Encode("notification_post_comment");
    private static readonly JsonEncodedText NotificationCommunityName = JsonEncodedText.Encode("notification_community");
    private static readonly JsonEncodedText NotificationRewardName = JsonEncodedText.Encode("notification_reward");
    private static readonly JsonEncodedText NotificationBrowserWaitingListName = JsonEncodedText.Encode("notification_browser_waiting_list");
    private static readonly JsonEncodedText EmailNotificationEnabledName = JsonEncodedText.Encode("email_notification_enabled");
    private static readonly JsonEncodedText BrowserNotificationEnabledName = JsonEncodedText.Encode("browser_notification_enabled");
    private static readonly JsonEncodedText NotificationTagName = JsonEncodedText.Encode("notification_tag");
    private static readonly JsonEncodedText NotificationChatName = JsonEncodedText.Encode("notification_chat");
    private static readonly JsonEncodedText EmailNotificationDelayName = JsonEncodedText.Encode("email_notification_delay");
    private static readonly JsonEncodedText LastNotificationDateName = JsonEncodedText.Encode("last_notification_date");
    private static readonly JsonEncodedText NotificationEmailChatName = JsonEncodedText.Encode("notification_email_chat");
    private static readonly JsonEncodedText NotificationEmailFavoriteCommentName = JsonEncodedText.Encode("notification_email_favorite_comment");
    private static readonly JsonEncodedText NotificationEmailPostCommentName = JsonEncodedText.Encode("notification_email_post_comment");
    private static readonly JsonEncodedText NotificationEmailRewardName = JsonEncodedText.Encode("notification_email_reward");
    private static readonly JsonEncodedText NotificationEmailTagName = JsonEncodedText.Encode("notification_email_tag");
    private static readonly JsonEncodedText NotificationPostCommunityName = JsonEncodedText.Encode("notification_post_community");
    private static readonly JsonEncodedText NotificationEmailPostCommunityName = JsonEncodedText.Encode("notification_email_post_community");
    private static readonly JsonEncodedText OptinCguName = JsonEncodedText.Encode("optin_cgu");
    private static readonly JsonEncodedText OptinCguPhotosName = JsonEncodedText.Encode("optin_cgu_photos");
    private static readonly JsonEncodedText AvailabilityName = JsonEncodedText.Encode("availability");
    private static readonly JsonEncodedText UnavailableName = JsonEncodedText.Encode("unavailable");
    private static readonly JsonEncodedText LastActionDateName = JsonEncodedText.Encode("last_action_date");
    private static readonly JsonEncodedText IsAbsentName = JsonEncodedText.Encode("is_absent");
    private static readonly JsonEncodedText AbsentMsgName = JsonEncodedText.Encode("absent_msg");
    private static readonly JsonEncodedText FbAccountName = JsonEncodedText.Encode("fb_account");
    private static readonly JsonEncodedText TwitterAccountName = JsonEncodedText.Encode("twitter_account");
    private static readonly JsonEncodedText InstagramAccountName = JsonEncodedText.Encode("instagram_account");
    private static readonly JsonEncodedText LinkedInAccountName = JsonEncodedText.Encode("linkedIn_account");
    private static readonly JsonEncodedText YoutubeAccountName = JsonEncodedText.Encode("youtube_account");
    private static readonly JsonEncodedText TiktokAccountName = JsonEncodedText.Encode("tiktok_account");
    private static readonly JsonEncodedText RegisterSrcName = JsonEncodedText.Encode("register_src");
    private static readonly JsonEncodedText RegisterLandingUrlName = JsonEncodedText.Encode("register_landing_url");
    private static readonly JsonEncodedText NbPublicPoplisteName = JsonEncodedText.Encode("nb_public_popliste");
    private static readonly JsonEncodedText NbPrivatePoplisteName = JsonEncodedText.Encode("nb_private_popliste");

    /// <summary>Maps each wire name to its field, for messages that name the field the API would reject.</summary>
    internal static string WireName(UpdateMeFields field) => field switch
    {
        UpdateMeFields.Password => "password",
        UpdateMeFields.KeyData => "key_data",
        UpdateMeFields.CustomerId => "customer_id",
        UpdateMeFields.BrokerId => "broker_id",
        UpdateMeFields.ShopifyCustomerId => "shopify_customer_id",
        UpdateMeFields.FacebookId => "facebook_id",
        UpdateMeFields.GoogleId => "google_id",
        UpdateMeFields.AppleId => "apple_id",
        UpdateMeFields.SupervisorIdentity => "supervisor_identity",
        UpdateMeFields.AmbassadorIdReferrer => "ambassador_id_referrer",
        UpdateMeFields.IdWs => "id_ws",
        UpdateMeFields.IdWsReferrer => "id_ws_referrer",
        UpdateMeFields.Image => "image",
        UpdateMeFields.Gender => "gender",
        UpdateMeFields.Firstname => "firstname",
        UpdateMeFields.Lastname => "lastname",
        UpdateMeFields.Username => "username",
        UpdateMeFields.Description => "description",
        UpdateMeFields.MotivationLetter => "motivation_letter",
        UpdateMeFields.Email => "email",
        UpdateMeFields.EmailTmp => "email_tmp",
        UpdateMeFields.Dob => "dob",
        UpdateMeFields.Lang => "lang",
        UpdateMeFields.Phone1 => "phone_1",
        UpdateMeFields.Phone2 => "phone_2",
        UpdateMeFields.NotificationNewsletter => "notification_newsletter",
        UpdateMeFields.NotificationPlCreated => "notification_pl_created",
        UpdateMeFields.NotificationPlExpired => "notification_pl_expired",
        UpdateMeFields.NotificationPlOrder => "notification_pl_order",
        UpdateMeFields.NotificationPlBlog => "notification_pl_blog",
        UpdateMeFields.NotificationPostComment => "notification_post_comment",
        UpdateMeFields.NotificationCommunity => "notification_community",
        UpdateMeFields.NotificationReward => "notification_reward",
        UpdateMeFields.NotificationBrowserWaitingList => "notification_browser_waiting_list",
        UpdateMeFields.EmailNotificationEnabled => "email_notification_enabled",
        UpdateMeFields.BrowserNotificationEnabled => "browser_notification_enabled",
        UpdateMeFields.NotificationTag => "notification_tag",
        UpdateMeFields.NotificationChat => "notification_chat",
        UpdateMeFields.EmailNotificationDelay => "email_notification_delay",
        UpdateMeFields.LastNotificationDate => "last_notification_date",
        UpdateMeFields.NotificationEmailChat => "notification_email_chat",
        UpdateMeFields.NotificationEmailFavoriteComment => "notification_email_favorite_comment",
        UpdateMeFields.NotificationEmailPostComment => "notification_email_post_comment",
        UpdateMeFields.NotificationEmailReward => "notification_email_reward",
        UpdateMeFields.NotificationEmailTag => "notification_email_tag",
        UpdateMeFields.NotificationPostCommunity => "notification_post_community",
        UpdateMeFields.NotificationEmailPostCommunity => "notification_email_post_community",
        UpdateMeFields.OptinCgu => "optin_cgu",
        UpdateMeFields.OptinCguPhotos => "optin_cgu_photos",
        UpdateMeFields.Availability => "availability",
        UpdateMeFields.Unavailable => "unavailable",
        UpdateMeFields.LastActionDate => "last_action_date",
        UpdateMeFields.IsAbsent => "is_absent",
        UpdateMeFields.AbsentMsg => "absent_msg",
        UpdateMeFields.FbAccount => "fb_account",
        UpdateMeFields.TwitterAccount => "twitter_account",
        UpdateMeFields.InstagramAccount => "instagram_account",
        UpdateMeFields.LinkedInAccount => "linkedIn_account",
        UpdateMeFields.YoutubeAccount => "youtube_account",
        UpdateMeFields.TiktokAccount => "tiktok_account",
        UpdateMeFields.RegisterSrc => "register_src",
        UpdateMeFields.RegisterLandingUrl => "register_landing_url",
        UpdateMeFields.NbPublicPopliste => "nb_public_popliste",
        UpdateMeFields.NbPrivatePopliste => "nb_private_popliste",
        _ => field.ToString(),
    };

    /// <summary>The fields the API documents as not nullable: assigning <see langword="null"/> to one is a caller error.</summary>
    internal const UpdateMeFields NonNullable =
        UpdateMeFields.CustomerId |
        UpdateMeFields.FacebookId |
        UpdateMeFields.Gender |
        UpdateMeFields.Firstname |
        UpdateMeFields.Lastname |
        UpdateMeFields.Description |
        UpdateMeFields.Email |
        UpdateMeFields.Lang |
        UpdateMeFields.Phone1 |
        UpdateMeFields.Phone2 |
        UpdateMeFields.NotificationNewsletter |
        UpdateMeFields.NotificationPlCreated |
        UpdateMeFields.NotificationPlExpired |
        UpdateMeFields.NotificationPlOrder |
        UpdateMeFields.NotificationPlBlog |
        UpdateMeFields.NotificationPostComment |
        UpdateMeFields.NotificationCommunity |
        UpdateMeFields.NotificationReward |
        UpdateMeFields.NotificationBrowserWaitingList |
        UpdateMeFields.EmailNotificationEnabled |
        UpdateMeFields.BrowserNotificationEnabled |
        UpdateMeFields.NotificationTag |
        UpdateMeFields.NotificationChat |
        UpdateMeFields.EmailNotificationDelay |
        UpdateMeFields.LastNotificationDate |
        UpdateMeFields.NotificationEmailChat |
        UpdateMeFields.NotificationEmailFavoriteComment |
        UpdateMeFields.NotificationEmailPostComment |
        UpdateMeFields.NotificationEmailReward |
        UpdateMeFields.NotificationEmailTag |
        UpdateMeFields.NotificationPostCommunity |
        UpdateMeFields.NotificationEmailPostCommunity |
        UpdateMeFields.OptinCgu |
        UpdateMeFields.OptinCguPhotos |
        UpdateMeFields.Unavailable |
        UpdateMeFields.IsAbsent;

    /// <summary>Returns whether <paramref name="field"/> of <paramref name="request"/> holds <see langword="null"/>.</summary>
    internal static bool IsNull(UpdateMeRequest request, UpdateMeFields field) => field switch
    {
        UpdateMeFields.Password => request.Password is null,
        UpdateMeFields.KeyData => request.KeyData is null,
        UpdateMeFields.CustomerId => request.CustomerId is null,
        UpdateMeFields.BrokerId => request.BrokerId is null,
        UpdateMeFields.ShopifyCustomerId => request.ShopifyCustomerId is null,
        UpdateMeFields.FacebookId => request.FacebookId is null,
        UpdateMeFields.GoogleId => request.GoogleId is null,
        UpdateMeFields.AppleId => request.AppleId is null,
        UpdateMeFields.SupervisorIdentity => request.SupervisorIdentity is null,
        UpdateMeFields.AmbassadorIdReferrer => request.AmbassadorIdReferrer is null,
        UpdateMeFields.IdWs => request.IdWs is null,
        UpdateMeFields.IdWsReferrer => request.IdWsReferrer is null,
        UpdateMeFields.Image => request.Image is null,
        UpdateMeFields.Gender => request.Gender is null,
        UpdateMeFields.Firstname => request.Firstname is null,
        UpdateMeFields.Lastname => request.Lastname is null,
        UpdateMeFields.Username => request.Username is null,
        UpdateMeFields.Description => request.Description is null,
        UpdateMeFields.MotivationLetter => request.MotivationLetter is null,
        UpdateMeFields.Email => request.Email is null,
        UpdateMeFields.EmailTmp => request.EmailTmp is null,
        UpdateMeFields.Dob => request.Dob is null,
        UpdateMeFields.Lang => request.Lang is null,
        UpdateMeFields.Phone1 => request.Phone1 is null,
        UpdateMeFields.Phone2 => request.Phone2 is null,
        UpdateMeFields.NotificationNewsletter => request.NotificationNewsletter is null,
        UpdateMeFields.NotificationPlCreated => request.NotificationPlCreated is null,
        UpdateMeFields.NotificationPlExpired => request.NotificationPlExpired is null,
        UpdateMeFields.NotificationPlOrder => request.NotificationPlOrder is null,
        UpdateMeFields.NotificationPlBlog => request.NotificationPlBlog is null,
        UpdateMeFields.NotificationPostComment => request.NotificationPostComment is null,
        UpdateMeFields.NotificationCommunity => request.NotificationCommunity is null,
        UpdateMeFields.NotificationReward => request.NotificationReward is null,
        UpdateMeFields.NotificationBrowserWaitingList => request.NotificationBrowserWaitingList is null,
        UpdateMeFields.EmailNotificationEnabled => request.EmailNotificationEnabled is null,
        UpdateMeFields.BrowserNotificationEnabled => request.BrowserNotificationEnabled is null,
        UpdateMeFields.NotificationTag => request.NotificationTag is null,
        UpdateMeFields.NotificationChat => request.NotificationChat is null,
        UpdateMeFields.EmailNotificationDelay => request.EmailNotificationDelay is null,
        UpdateMeFields.LastNotificationDate => request.LastNotificationDate is null,
        UpdateMeFields.NotificationEmailChat => request.NotificationEmailChat is null,
        UpdateMeFields.NotificationEmailFavoriteComment => request.NotificationEmailFavoriteComment is null,
        UpdateMeFields.NotificationEmailPostComment => request.NotificationEmailPostComment is null,
        UpdateMeFields.NotificationEmailReward => request.NotificationEmailReward is null,
        UpdateMeFields.NotificationEmailTag => request.NotificationEmailTag is null,
        UpdateMeFields.NotificationPostCommunity => request.NotificationPostCommunity is null,
        UpdateMeFields.NotificationEmailPostCommunity => request.NotificationEmailPostCommunity is null,
        UpdateMeFields.OptinCgu => request.OptinCgu is null,
        UpdateMeFields.OptinCguPhotos => request.OptinCguPhotos is null,
        UpdateMeFields.Availability => request.Availability is null,
        UpdateMeFields.Unavailable => request.Unavailable is null,
        UpdateMeFields.LastActionDate => request.LastActionDate is null,
        UpdateMeFields.IsAbsent => request.IsAbsent is null,
        UpdateMeFields.AbsentMsg => request.AbsentMsg is null,
        UpdateMeFields.FbAccount => request.FbAccount is null,
        UpdateMeFields.TwitterAccount => request.TwitterAccount is null,
        UpdateMeFields.InstagramAccount => request.InstagramAccount is null,
        UpdateMeFields.LinkedInAccount => request.LinkedInAccount is null,
        UpdateMeFields.YoutubeAccount => request.YoutubeAccount is null,
        UpdateMeFields.TiktokAccount => request.TiktokAccount is null,
        UpdateMeFields.RegisterSrc => request.RegisterSrc is null,
        UpdateMeFields.RegisterLandingUrl => request.RegisterLandingUrl is null,
        UpdateMeFields.NbPublicPopliste => request.NbPublicPopliste is null,
        UpdateMeFields.NbPrivatePopliste => request.NbPrivatePopliste is null,
        _ => false,
    };


    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UpdateMeRequest value, JsonSerializerOptions options)
    {
        var assigned = value.AssignedFields;
        writer.WriteStartObject();
        if ((assigned & UpdateMeFields.Password) != 0) WriteString(writer, PasswordName, value.Password);
        if ((assigned & UpdateMeFields.KeyData) != 0) WriteString(writer, KeyDataName, value.KeyData);
        if ((assigned & UpdateMeFields.CustomerId) != 0) WriteString(writer, CustomerIdName, value.CustomerId);
        if ((assigned & UpdateMeFields.BrokerId) != 0) WriteString(writer, BrokerIdName, value.BrokerId);
        if ((assigned & UpdateMeFields.ShopifyCustomerId) != 0) WriteString(writer, ShopifyCustomerIdName, value.ShopifyCustomerId);
        if ((assigned & UpdateMeFields.FacebookId) != 0) WriteString(writer, FacebookIdName, value.FacebookId);
        if ((assigned & UpdateMeFields.GoogleId) != 0) WriteString(writer, GoogleIdName, value.GoogleId);
        if ((assigned & UpdateMeFields.AppleId) != 0) WriteString(writer, AppleIdName, value.AppleId);
        if ((assigned & UpdateMeFields.SupervisorIdentity) != 0) WriteString(writer, SupervisorIdentityName, value.SupervisorIdentity);
        if ((assigned & UpdateMeFields.AmbassadorIdReferrer) != 0) WriteString(writer, AmbassadorIdReferrerName, value.AmbassadorIdReferrer);
        if ((assigned & UpdateMeFields.IdWs) != 0) WriteString(writer, IdWsName, value.IdWs);
        if ((assigned & UpdateMeFields.IdWsReferrer) != 0) WriteString(writer, IdWsReferrerName, value.IdWsReferrer);
        if ((assigned & UpdateMeFields.Image) != 0) WriteString(writer, ImageName, value.Image);
        if ((assigned & UpdateMeFields.Gender) != 0) WriteString(writer, GenderName, value.Gender);
        if ((assigned & UpdateMeFields.Firstname) != 0) WriteString(writer, FirstnameName, value.Firstname);
        if ((assigned & UpdateMeFields.Lastname) != 0) WriteString(writer, LastnameName, value.Lastname);
        if ((assigned & UpdateMeFields.Username) != 0) WriteString(writer, UsernameName, value.Username);
        if ((assigned & UpdateMeFields.Description) != 0) WriteString(writer, DescriptionName, value.Description);
        if ((assigned & UpdateMeFields.MotivationLetter) != 0) WriteString(writer, MotivationLetterName, value.MotivationLetter);
        if ((assigned & UpdateMeFields.Email) != 0) WriteString(writer, EmailName, value.Email);
        if ((assigned & UpdateMeFields.EmailTmp) != 0) WriteString(writer, EmailTmpName, value.EmailTmp);
        if ((assigned & UpdateMeFields.Dob) != 0) WriteString(writer, DobName, value.Dob);
        if ((assigned & UpdateMeFields.Lang) != 0) WriteString(writer, LangName, value.Lang);
        if ((assigned & UpdateMeFields.Phone1) != 0) WriteString(writer, Phone1Name, value.Phone1);
        if ((assigned & UpdateMeFields.Phone2) != 0) WriteString(writer, Phone2Name, value.Phone2);
        if ((assigned & UpdateMeFields.NotificationNewsletter) != 0) WriteBoolean(writer, NotificationNewsletterName, value.NotificationNewsletter);
        if ((assigned & UpdateMeFields.NotificationPlCreated) != 0) WriteBoolean(writer, NotificationPlCreatedName, value.NotificationPlCreated);
        if ((assigned & UpdateMeFields.NotificationPlExpired) != 0) WriteBoolean(writer, NotificationPlExpiredName, value.NotificationPlExpired);
        if ((assigned & UpdateMeFields.NotificationPlOrder) != 0) WriteBoolean(writer, NotificationPlOrderName, value.NotificationPlOrder);
        if ((assigned & UpdateMeFields.NotificationPlBlog) != 0) WriteBoolean(writer, NotificationPlBlogName, value.NotificationPlBlog);
        if ((assigned & UpdateMeFields.NotificationPostComment) != 0) WriteBoolean(writer, NotificationPostCommentName, value.NotificationPostComment);
        if ((assigned & UpdateMeFields.NotificationCommunity) != 0) WriteBoolean(writer, NotificationCommunityName, value.NotificationCommunity);
        if ((assigned & UpdateMeFields.NotificationReward) != 0) WriteBoolean(writer, NotificationRewardName, value.NotificationReward);
        if ((assigned & UpdateMeFields.NotificationBrowserWaitingList) != 0) WriteBoolean(writer, NotificationBrowserWaitingListName, value.NotificationBrowserWaitingList);
        if ((assigned & UpdateMeFields.EmailNotificationEnabled) != 0) WriteBoolean(writer, EmailNotificationEnabledName, value.EmailNotificationEnabled);
        if ((assigned & UpdateMeFields.BrowserNotificationEnabled) != 0) WriteBoolean(writer, BrowserNotificationEnabledName, value.BrowserNotificationEnabled);
        if ((assigned & UpdateMeFields.NotificationTag) != 0) WriteBoolean(writer, NotificationTagName, value.NotificationTag);
        if ((assigned & UpdateMeFields.NotificationChat) != 0) WriteBoolean(writer, NotificationChatName, value.NotificationChat);
        if ((assigned & UpdateMeFields.EmailNotificationDelay) != 0) WriteString(writer, EmailNotificationDelayName, value.EmailNotificationDelay);
        if ((assigned & UpdateMeFields.LastNotificationDate) != 0) WriteString(writer, LastNotificationDateName, value.LastNotificationDate);
        if ((assigned & UpdateMeFields.NotificationEmailChat) != 0) WriteBoolean(writer, NotificationEmailChatName, value.NotificationEmailChat);
        if ((assigned & UpdateMeFields.NotificationEmailFavoriteComment) != 0) WriteBoolean(writer, NotificationEmailFavoriteCommentName, value.NotificationEmailFavoriteComment);
        if ((assigned & UpdateMeFields.NotificationEmailPostComment) != 0) WriteBoolean(writer, NotificationEmailPostCommentName, value.NotificationEmailPostComment);
        if ((assigned & UpdateMeFields.NotificationEmailReward) != 0) WriteBoolean(writer, NotificationEmailRewardName, value.NotificationEmailReward);
        if ((assigned & UpdateMeFields.NotificationEmailTag) != 0) WriteBoolean(writer, NotificationEmailTagName, value.NotificationEmailTag);
        if ((assigned & UpdateMeFields.NotificationPostCommunity) != 0) WriteBoolean(writer, NotificationPostCommunityName, value.NotificationPostCommunity);
        if ((assigned & UpdateMeFields.NotificationEmailPostCommunity) != 0) WriteBoolean(writer, NotificationEmailPostCommunityName, value.NotificationEmailPostCommunity);
        if ((assigned & UpdateMeFields.OptinCgu) != 0) WriteBoolean(writer, OptinCguName, value.OptinCgu);
        if ((assigned & UpdateMeFields.OptinCguPhotos) != 0) WriteBoolean(writer, OptinCguPhotosName, value.OptinCguPhotos);
        if ((assigned & UpdateMeFields.Availability) != 0) WriteString(writer, AvailabilityName, value.Availability);
        if ((assigned & UpdateMeFields.Unavailable) != 0) WriteBoolean(writer, UnavailableName, value.Unavailable);
        if ((assigned & UpdateMeFields.LastActionDate) != 0) WriteString(writer, LastActionDateName, value.LastActionDate);
        if ((assigned & UpdateMeFields.IsAbsent) != 0) WriteBoolean(writer, IsAbsentName, value.IsAbsent);
        if ((assigned & UpdateMeFields.AbsentMsg) != 0) WriteString(writer, AbsentMsgName, value.AbsentMsg);
        if ((assigned & UpdateMeFields.FbAccount) != 0) WriteString(writer, FbAccountName, value.FbAccount);
        if ((assigned & UpdateMeFields.TwitterAccount) != 0) WriteString(writer, TwitterAccountName, value.TwitterAccount);
        if ((assigned & UpdateMeFields.InstagramAccount) != 0) WriteString(writer, InstagramAccountName, value.InstagramAccount);
        if ((assigned & UpdateMeFields.LinkedInAccount) != 0) WriteString(writer, LinkedInAccountName, value.LinkedInAccount);
        if ((assigned & UpdateMeFields.YoutubeAccount) != 0) WriteString(writer, YoutubeAccountName, value.YoutubeAccount);
        if ((assigned & UpdateMeFields.TiktokAccount) != 0) WriteString(writer, TiktokAccountName, value.TiktokAccount);
        if ((assigned & UpdateMeFields.RegisterSrc) != 0) WriteString(writer, RegisterSrcName, value.RegisterSrc);
        if ((assigned & UpdateMeFields.RegisterLandingUrl) != 0) WriteString(writer, RegisterLandingUrlName, value.RegisterLandingUrl);
        if ((assigned & UpdateMeFields.NbPublicPopliste) != 0) WriteString(writer, NbPublicPoplisteName, value.NbPublicPopliste);
        if ((assigned & UpdateMeFields.NbPrivatePopliste) != 0) WriteString(writer, NbPrivatePoplisteName, value.NbPrivatePopliste);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override UpdateMeRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An UpdateMeRequest must be a JSON object.");
        }

        var request = new UpdateMeRequest();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "password": request = request with { Password = ReadString(ref reader) }; break;
                case "key_data": request = request with { KeyData = ReadString(ref reader) }; break;
                case "customer_id": request = request with { CustomerId = ReadString(ref reader) }; break;
                case "broker_id": request = request with { BrokerId = ReadString(ref reader) }; break;
                case "shopify_customer_id": request = request with { ShopifyCustomerId = ReadString(ref reader) }; break;
                case "facebook_id": request = request with { FacebookId = ReadString(ref reader) }; break;
                case "google_id": request = request with { GoogleId = ReadString(ref reader) }; break;
                case "apple_id": request = request with { AppleId = ReadString(ref reader) }; break;
                case "supervisor_identity": request = request with { SupervisorIdentity = ReadString(ref reader) }; break;
                case "ambassador_id_referrer": request = request with { AmbassadorIdReferrer = ReadString(ref reader) }; break;
                case "id_ws": request = request with { IdWs = ReadString(ref reader) }; break;
                case "id_ws_referrer": request = request with { IdWsReferrer = ReadString(ref reader) }; break;
                case "image": request = request with { Image = ReadString(ref reader) }; break;
                case "gender": request = request with { Gender = ReadString(ref reader) }; break;
                case "firstname": request = request with { Firstname = ReadString(ref reader) }; break;
                case "lastname": request = request with { Lastname = ReadString(ref reader) }; break;
                case "username": request = request with { Username = ReadString(ref reader) }; break;
                case "description": request = request with { Description = ReadString(ref reader) }; break;
                case "motivation_letter": request = request with { MotivationLetter = ReadString(ref reader) }; break;
                case "email": request = request with { Email = ReadString(ref reader) }; break;
                case "email_tmp": request = request with { EmailTmp = ReadString(ref reader) }; break;
                case "dob": request = request with { Dob = ReadString(ref reader) }; break;
                case "lang": request = request with { Lang = ReadString(ref reader) }; break;
                case "phone_1": request = request with { Phone1 = ReadString(ref reader) }; break;
                case "phone_2": request = request with { Phone2 = ReadString(ref reader) }; break;
                case "notification_newsletter": request = request with { NotificationNewsletter = ReadBoolean(ref reader) }; break;
                case "notification_pl_created": request = request with { NotificationPlCreated = ReadBoolean(ref reader) }; break;
                case "notification_pl_expired": request = request with { NotificationPlExpired = ReadBoolean(ref reader) }; break;
                case "notification_pl_order": request = request with { NotificationPlOrder = ReadBoolean(ref reader) }; break;
                case "notification_pl_blog": request = request with { NotificationPlBlog = ReadBoolean(ref reader) }; break;
                case "notification_post_comment": request = request with { NotificationPostComment = ReadBoolean(ref reader) }; break;
                case "notification_community": request = request with { NotificationCommunity = ReadBoolean(ref reader) }; break;
                case "notification_reward": request = request with { NotificationReward = ReadBoolean(ref reader) }; break;
                case "notification_browser_waiting_list": request = request with { NotificationBrowserWaitingList = ReadBoolean(ref reader) }; break;
                case "email_notification_enabled": request = request with { EmailNotificationEnabled = ReadBoolean(ref reader) }; break;
                case "browser_notification_enabled": request = request with { BrowserNotificationEnabled = ReadBoolean(ref reader) }; break;
                case "notification_tag": request = request with { NotificationTag = ReadBoolean(ref reader) }; break;
                case "notification_chat": request = request with { NotificationChat = ReadBoolean(ref reader) }; break;
                case "email_notification_delay": request = request with { EmailNotificationDelay = ReadString(ref reader) }; break;
                case "last_notification_date": request = request with { LastNotificationDate = ReadString(ref reader) }; break;
                case "notification_email_chat": request = request with { NotificationEmailChat = ReadBoolean(ref reader) }; break;
                case "notification_email_favorite_comment": request = request with { NotificationEmailFavoriteComment = ReadBoolean(ref reader) }; break;
                case "notification_email_post_comment": request = request with { NotificationEmailPostComment = ReadBoolean(ref reader) }; break;
                case "notification_email_reward": request = request with { NotificationEmailReward = ReadBoolean(ref reader) }; break;
                case "notification_email_tag": request = request with { NotificationEmailTag = ReadBoolean(ref reader) }; break;
                case "notification_post_community": request = request with { NotificationPostCommunity = ReadBoolean(ref reader) }; break;
                case "notification_email_post_community": request = request with { NotificationEmailPostCommunity = ReadBoolean(ref reader) }; break;
                case "optin_cgu": request = request with { OptinCgu = ReadBoolean(ref reader) }; break;
                case "optin_cgu_photos": request = request with { OptinCguPhotos = ReadBoolean(ref reader) }; break;
                case "availability": request = request with { Availability = ReadString(ref reader) }; break;
                case "unavailable": request = request with { Unavailable = ReadBoolean(ref reader) }; break;
                case "last_action_date": request = request with { LastActionDate = ReadString(ref reader) }; break;
                case "is_absent": request = request with { IsAbsent = ReadBoolean(ref reader) }; break;
                case "absent_msg": request = request with { AbsentMsg = ReadString(ref reader) }; break;
                case "fb_account": request = request with { FbAccount = ReadString(ref reader) }; break;
                case "twitter_account": request = request with { TwitterAccount = ReadString(ref reader) }; break;
                case "instagram_account": request = request with { InstagramAccount = ReadString(ref reader) }; break;
                case "linkedIn_account": request = request with { LinkedInAccount = ReadString(ref reader) }; break;
                case "youtube_account": request = request with { YoutubeAccount = ReadString(ref reader) }; break;
                case "tiktok_account": request = request with { TiktokAccount = ReadString(ref reader) }; break;
                case "register_src": request = request with { RegisterSrc = ReadString(ref reader) }; break;
                case "register_landing_url": request = request with { RegisterLandingUrl = ReadString(ref reader) }; break;
                case "nb_public_popliste": request = request with { NbPublicPopliste = ReadString(ref reader) }; break;
                case "nb_private_popliste": request = request with { NbPrivatePopliste = ReadString(ref reader) }; break;
                default: reader.Skip(); break;
            }
        }

        return request;
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : LenientJson.ReadString(ref reader);

    private static bool? ReadBoolean(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : LenientJson.ReadBoolean(ref reader);
}
