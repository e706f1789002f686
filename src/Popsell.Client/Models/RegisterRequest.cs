using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;

namespace Popsell.Client;

/// <summary>
/// The body of <c>POST /auth/register</c>: a new ambassador to create.
/// </summary>
/// <remarks>
/// <para><see cref="Firstname"/>, <see cref="Lastname"/>, <see cref="Email"/> and <see cref="Password"/> are required.
/// Every other property is optional: a property left <see langword="null"/> is not sent.</para>
/// <para><see cref="ToString"/> never prints <see cref="Password"/>: it shows <c>***</c> instead.</para>
/// </remarks>
public sealed record RegisterRequest
{
    /// <summary>Free-form key data attached to the ambassador. Wire name: <c>key_data</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("key_data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? KeyData { get; init; }

    /// <summary>The brand's own customer identifier for the ambassador. Wire name: <c>customer_id</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("customer_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomerId { get; init; }

    /// <summary>The identifier of the broker the ambassador belongs to. Wire name: <c>broker_id</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("broker_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BrokerId { get; init; }

    /// <summary>The identity of the ambassador's supervisor. Wire name: <c>supervisor_identity</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("supervisor_identity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SupervisorIdentity { get; init; }

    /// <summary>The identifier of the ambassador who referred this one. Wire name: <c>ambassador_id_referrer</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("ambassador_id_referrer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AmbassadorIdReferrer { get; init; }

    /// <summary>The web-service identifier. Wire name: <c>id_ws</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("id_ws")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IdWs { get; init; }

    /// <summary>The web-service identifier of the referrer. Wire name: <c>id_ws_referrer</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("id_ws_referrer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IdWsReferrer { get; init; }

    /// <summary>The URL of the ambassador's picture. Wire name: <c>image</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("image")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Image { get; init; }

    /// <summary>The ambassador's gender. Wire name: <c>gender</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("gender")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Gender { get; init; }

    /// <summary>The ambassador's first name. Wire name: <c>firstname</c>.</summary>
    /// <value>Required; must not be empty.</value>
    [JsonPropertyName("firstname")]
    public required string Firstname { get; init; }

    /// <summary>The ambassador's last name. Wire name: <c>lastname</c>.</summary>
    /// <value>Required; must not be empty.</value>
    [JsonPropertyName("lastname")]
    public required string Lastname { get; init; }

    /// <summary>The ambassador's user name. Wire name: <c>username</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("username")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Username { get; init; }

    /// <summary>The ambassador's public description. Wire name: <c>description</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    /// <summary>The ambassador's motivation letter. Wire name: <c>motivation_letter</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("motivation_letter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MotivationLetter { get; init; }

    /// <summary>The ambassador's email address. Wire name: <c>email</c>.</summary>
    /// <value>Required; must not be empty.</value>
    [JsonPropertyName("email")]
    public required string Email { get; init; }

    /// <summary>The ambassador's date of birth, as the server formats it. Wire name: <c>dob</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("dob")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Dob { get; init; }

    /// <summary>The ambassador's language code. Wire name: <c>lang</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("lang")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Lang { get; init; }

    /// <summary>The identifier of the store the ambassador is attached to. Wire name: <c>store_id</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("store_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StoreId { get; init; }

    /// <summary>The ambassador's first phone number. Wire name: <c>phone_1</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("phone_1")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Phone1 { get; init; }

    /// <summary>The ambassador's second phone number. Wire name: <c>phone_2</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("phone_2")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Phone2 { get; init; }

    /// <summary>The ambassador's Facebook account. Wire name: <c>fb_account</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("fb_account")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FbAccount { get; init; }

    /// <summary>The ambassador's Twitter account. Wire name: <c>twitter_account</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("twitter_account")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TwitterAccount { get; init; }

    /// <summary>The ambassador's Instagram account. Wire name: <c>instagram_account</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("instagram_account")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InstagramAccount { get; init; }

    /// <summary>The ambassador's LinkedIn account. Wire name: <c>linkedIn_account</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("linkedIn_account")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LinkedInAccount { get; init; }

    /// <summary>The ambassador's YouTube account. Wire name: <c>youtube_account</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("youtube_account")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? YoutubeAccount { get; init; }

    /// <summary>The ambassador's password. Never printed by <c>ToString</c>. Wire name: <c>password</c>.</summary>
    /// <value>Required; must not be empty.</value>
    [JsonPropertyName("password")]
    public required string Password { get; init; }

    /// <summary>The roles to give the ambassador. Wire name: <c>roles</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("roles")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AmbassadorRole>? Roles { get; init; }

    /// <summary>The ambassador's addresses. Wire name: <c>address</c>.</summary>
    /// <value>Optional; not sent when <see langword="null"/> (the default).</value>
    [JsonPropertyName("address")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AmbassadorAddress>? Address { get; init; }

    [SuppressMessage("Style", "IDE0051:Remove unused private members", Justification = "Called by the record's generated ToString.")]
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new RecordPrinter(builder);
        printer.Append(nameof(KeyData), KeyData);
        printer.Append(nameof(CustomerId), CustomerId);
        printer.Append(nameof(BrokerId), BrokerId);
        printer.Append(nameof(SupervisorIdentity), SupervisorIdentity);
        printer.Append(nameof(AmbassadorIdReferrer), AmbassadorIdReferrer);
        printer.Append(nameof(IdWs), IdWs);
        printer.Append(nameof(IdWsReferrer), IdWsReferrer);
        printer.Append(nameof(Image), Image);
        printer.Append(nameof(Gender), Gender);
        printer.Append(nameof(Firstname), Firstname);
        printer.Append(nameof(Lastname), Lastname);
        printer.Append(nameof(Username), Username);
        printer.Append(nameof(Description), Description);
        printer.Append(nameof(MotivationLetter), MotivationLetter);
        printer.Append(nameof(Email), Email);
        printer.Append(nameof(Dob), Dob);
        printer.Append(nameof(Lang), Lang);
        printer.Append(nameof(StoreId), StoreId);
        printer.Append(nameof(Phone1), Phone1);
        printer.Append(nameof(Phone2), Phone2);
        printer.Append(nameof(FbAccount), FbAccount);
        printer.Append(nameof(TwitterAccount), TwitterAccount);
        printer.Append(nameof(InstagramAccount), InstagramAccount);
        printer.Append(nameof(LinkedInAccount), LinkedInAccount);
        printer.Append(nameof(YoutubeAccount), YoutubeAccount);
        printer.AppendSecret(nameof(Password));
        printer.AppendList(nameof(Roles), Roles);
        printer.AppendList(nameof(Address), Address);
        return printer.Printed;
    }
}
