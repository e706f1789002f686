using System.Globalization;
using System.Text;

namespace Popsell.Client.Testing;

/// <summary>
/// An ambassador created directly in a <see cref="PopsellTestServer"/> by
/// <see cref="PopsellTestServer.SeedAmbassador(string, string, string, string)"/>, with a bearer token for it.
/// </summary>
/// <param name="IdAmbassador">The server-assigned <c>id_ambassador</c>.</param>
/// <param name="Email">The ambassador's e-mail address.</param>
/// <param name="AccessToken">A bearer token accepted by <c>PATCH /{environment}/me</c> for this ambassador. Never printed by <see cref="object.ToString"/>.</param>
public sealed record SeededAmbassador(int IdAmbassador, string Email, string AccessToken)
{
    /// <summary>Gets the server-assigned <c>id_ambassador</c>.</summary>
    /// <value>From 1, in the order of creation.</value>
    public int IdAmbassador { get; init; } = IdAmbassador;

    /// <summary>Gets the ambassador's e-mail address.</summary>
    /// <value>As given to <see cref="PopsellTestServer.SeedAmbassador(string, string, string, string)"/>.</value>
    public string Email { get; init; } = Email;

    /// <summary>Gets a bearer token accepted by <c>PATCH /{environment}/me</c> for this ambassador.</summary>
    /// <value>A fresh <c>pst_</c> token; never printed by <see cref="object.ToString"/>.</value>
    public string AccessToken { get; init; } = AccessToken;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("IdAmbassador = ").Append(IdAmbassador.ToString(CultureInfo.InvariantCulture));
        builder.Append(", Email = ").Append(Email);
        builder.Append(", AccessToken = ***");
        return true;
    }
}
