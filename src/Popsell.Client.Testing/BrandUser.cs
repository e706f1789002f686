using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing;

/// <summary>
/// A brand user that <c>POST /auth/brand</c> created in a <see cref="PopsellTestServer"/>, as read by
/// <see cref="PopsellTestServer.BrandUsers"/> or <see cref="PopsellTestServer.GetBrandUser(string)"/>: a snapshot,
/// which later requests do not change.
/// </summary>
/// <remarks>
/// Equality compares <see cref="Fields"/> and <see cref="BoundGuestTokens"/> by reference, as records do.
/// <see cref="object.ToString"/> prints <see cref="EmailTmp"/>, <see cref="Firstname"/> and the number of bound guests,
/// never the tokens.
/// </remarks>
/// <param name="EmailTmp">The <c>email_tmp</c> the brand user was created with (its key, compared case-insensitively).</param>
/// <param name="Firstname">The <c>firstname</c> the brand user was created with.</param>
/// <param name="Fields">The documented fields of the creating request, as sent, without <c>user_api_key</c>.</param>
/// <param name="BoundGuestTokens">The guest tokens bound to this brand user, in the order they were bound.</param>
public sealed record BrandUser(string EmailTmp, string Firstname, JsonObject Fields, IReadOnlyList<string> BoundGuestTokens)
{
    /// <summary>Gets the <c>email_tmp</c> the brand user was created with.</summary>
    /// <value>As sent in the first <c>POST /auth/brand</c> for it; later requests find the brand user by it, in any case.</value>
    public string EmailTmp { get; init; } = EmailTmp;

    /// <summary>Gets the <c>firstname</c> the brand user was created with.</summary>
    /// <value>As sent in the creating request; a later connection with another first name does not change it.</value>
    public string Firstname { get; init; } = Firstname;

    /// <summary>Gets the documented fields of the creating request (<c>email_tmp</c>, <c>customer_id</c>, <c>lang</c>...), as sent.</summary>
    /// <value>A copy, in the documented order, holding only the fields that were sent; never <c>user_api_key</c>.</value>
    public JsonObject Fields { get; init; } = Fields;

    /// <summary>Gets the guest tokens bound to this brand user by a <c>POST /auth/brand</c> sent with them as bearer.</summary>
    /// <value>In the order they were bound; a guest is bound to one brand user at a time (the latest connection wins).</value>
    public IReadOnlyList<string> BoundGuestTokens { get; init; } = BoundGuestTokens;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("EmailTmp = ").Append(EmailTmp);
        builder.Append(", Firstname = ").Append(Firstname);
        builder.Append(", BoundGuestTokens = ").Append(BoundGuestTokens.Count.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
