using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>A brand user created by <c>POST /auth/brand</c>: the documented fields it was created with and the guests bound to it.</summary>
internal sealed class BrandUserRecord(string emailTmp, string firstname, JsonObject fields)
{
    public string EmailTmp { get; } = emailTmp;

    public string Firstname { get; } = firstname;

    /// <summary>Gets the documented fields of the creating request, as sent, without <c>user_api_key</c>.</summary>
    public JsonObject Fields { get; } = fields;

    /// <summary>Gets the guest tokens bound to this brand user, in the order they were bound.</summary>
    public List<string> BoundGuestTokens { get; } = [];

    public BrandUser Snapshot() => new(EmailTmp, Firstname, (JsonObject)Fields.DeepClone(), [.. BoundGuestTokens]);
}
