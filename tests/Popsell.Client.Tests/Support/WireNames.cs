namespace Popsell.Client.Tests.Support;

/// <summary>The documented wire names, copied from the API reference pages (shared/popsell-api).</summary>
internal static class WireNames
{
    public static readonly string[] RegisterBody =
    [
        "key_data", "customer_id", "broker_id", "supervisor_identity", "ambassador_id_referrer", "id_ws", "id_ws_referrer",
        "image", "gender", "firstname", "lastname", "username", "description", "motivation_letter", "email", "dob", "lang",
        "store_id", "phone_1", "phone_2", "fb_account", "twitter_account", "instagram_account", "linkedIn_account",
        "youtube_account", "password", "roles", "address",

        // Only in the other renderings of the page (version B, and the white-label copy): accepted as well.
        "shopify_customer_id", "facebook_id", "google_id", "apple_id", "id_address_geocode", "tiktok_account",
    ];

    public static readonly string[] UpdateMeBody =
    [
        "password", "key_data", "customer_id", "broker_id", "shopify_customer_id", "facebook_id", "google_id", "apple_id",
        "supervisor_identity", "ambassador_id_referrer", "id_ws", "id_ws_referrer", "image", "gender", "firstname", "lastname",
        "username", "description", "motivation_letter", "email", "email_tmp", "dob", "lang", "phone_1", "phone_2",
        "notification_newsletter", "notification_pl_created", "notification_pl_expired", "notification_pl_order",
        "notification_pl_blog", "notification_post_comment", "notification_community", "notification_reward",
        "notification_browser_waiting_list", "email_notification_enabled", "browser_notification_enabled", "notification_tag",
        "notification_chat", "email_notification_delay", "last_notification_date", "notification_email_chat",
        "notification_email_favorite_comment", "notification_email_post_comment", "notification_email_reward",
        "notification_email_tag", "notification_post_community", "notification_email_post_community", "optin_cgu",
        "optin_cgu_photos", "availability", "unavailable", "last_action_date", "is_absent", "absent_msg", "fb_account",
        "twitter_account", "instagram_account", "linkedIn_account", "youtube_account", "tiktok_account", "register_src",
        "register_landing_url", "nb_public_popliste", "nb_private_popliste",

        // Only in the older rendering of the page, which says it goes with every password.
        "password_confirmation",
    ];

    /// <summary>The response fields of GET me (the full ambassador, S1) that the register 201 example does not show.</summary>
    public static readonly string[] AmbassadorGetMeOnly =
    [
        "notification_newsletter", "notification_pl_created", "notification_pl_expired", "notification_pl_order",
        "notification_pl_blog", "notification_post_comment", "notification_community", "notification_reward",
        "notification_browser_waiting_list", "browser_notification_enabled", "notification_tag", "notification_chat",
        "email_notification_delay", "last_notification_date", "notification_email_chat", "notification_email_favorite_comment",
        "notification_email_post_comment", "notification_email_reward", "notification_email_tag", "notification_post_community",
        "notification_email_post_community", "last_notification_flow",
    ];

    /// <summary>The documented 201 response example, verbatim.</summary>
    public const string AmbassadorExample = """
    {
      "id_ambassador": 42, "id_brand": 42, "date_insert": "string", "date_update": "string", "key_data": "string",
      "customer_id": "string", "broker_id": "string", "shopify_customer_id": "string", "facebook_id": "string",
      "google_id": "string", "apple_id": "string", "supervisor_identity": "string", "ambassador_id_referrer": "string",
      "id_ws": "string", "id_ws_referrer": "string", "image": "string", "gender": "string", "firstname": "string",
      "lastname": "string", "username": "string", "description": "string", "motivation_letter": "string",
      "email": "string", "email_tmp": "string", "dob": "string", "lang": "string", "phone_1": "string", "phone_2": "string",
      "email_notification_enabled": true, "gamification_score": 42, "gamification_current_level": 42,
      "gamification_next_level": 42, "gamification_level_badge": "string", "gamification_level_label": "string",
      "gamification_id_level": "string", "gamification_current_level_value": 42, "gamification_points": 42,
      "last_date_gamification": "string", "optin_cgu": true, "optin_cgu_photos": true, "active": true, "status": 42,
      "unsubscribe": "string", "last_date_connection": "string", "activation_date": "string", "validate_date": "string",
      "availability": "string", "unavailable": true, "last_action_date": "string", "is_absent": true,
      "absent_msg": "string", "fb_account": "string", "twitter_account": "string", "instagram_account": "string",
      "linkedIn_account": "string", "youtube_account": "string", "register_src": "string",
      "register_landing_url": "string", "onboarding_sequence": "string", "social_community_display": true,
      "last_contact_import": "string", "sell_token_amount": "string", "products_purchased_limit": "string",
      "nb_public_popliste": "string", "nb_private_popliste": "string", "chat_topics": [42], "status_role": "string",
      "manager_role": "string", "ids_guest_accounts": [42]
    }
    """;
}
