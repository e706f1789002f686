using System.Text.Json.Nodes;

namespace Popsell.Client.Testing;

public sealed partial class PopsellTestServer
{
    /// <summary>Gets the number of stored (not deleted) ambassadors.</summary>
    /// <value>The ambassador count.</value>
    public int AmbassadorCount => _backend.AmbassadorCount;

    /// <summary>Gets a deep copy of a stored ambassador, exactly as the API would return it (snake_case keys, documented order).</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The ambassador, or <see langword="null"/> if there is none with that id (or it was deleted).</returns>
    public JsonObject? GetAmbassador(int idAmbassador) => _backend.GetAmbassador(idAmbassador);

    /// <summary>
    /// Gets a deep copy of the fields the server accepted for an ambassador but never returns, because no response of
    /// the reference documents them: <c>store_id</c>, <c>roles</c>, <c>address</c> and <c>tiktok_account</c> from
    /// registration, and the PATCH-only fields (<c>tiktok_account</c>, <c>password_confirmation</c>). Only fields that
    /// were sent are present.
    /// </summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The fields, or <see langword="null"/> if there is no ambassador with that id.</returns>
    public JsonObject? GetHiddenFields(int idAmbassador) => _backend.GetHiddenFields(idAmbassador);

    /// <summary>Checks an ambassador's stored password (which the API never returns).</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <param name="password">The expected password.</param>
    /// <returns><see langword="true"/> if the ambassador exists and has exactly that password.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="password"/> is <see langword="null"/>.</exception>
    public bool VerifyPassword(int idAmbassador, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return _backend.VerifyPassword(idAmbassador, password);
    }

    /// <summary>Creates an ambassador directly (no HTTP request, nothing journaled) and mints an access token for it.</summary>
    /// <param name="email">The e-mail address; it must not belong to another ambassador (compared case-insensitively).</param>
    /// <param name="firstname">The first name.</param>
    /// <param name="lastname">The last name.</param>
    /// <param name="password">The password (not checked against <see cref="PopsellTestServerOptions.MinimumPasswordLength"/>).</param>
    /// <returns>The new ambassador's id, e-mail address and a bearer token.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">Another ambassador already has <paramref name="email"/>.</exception>
    public SeededAmbassador SeedAmbassador(string email, string firstname = "Ada", string lastname = "Lovelace", string password = "correct-horse-battery")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(firstname);
        ArgumentNullException.ThrowIfNull(lastname);
        ArgumentNullException.ThrowIfNull(password);
        return _backend.Seed(email, firstname, lastname, password);
    }

    /// <summary>Sets (or adds) a field of a stored ambassador's wire object without validation, e.g. to return unusual values or a field the SDK does not know.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <param name="field">The wire name, such as <c>gamification_score</c>.</param>
    /// <param name="value">The value (copied); <see langword="null"/> for JSON <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no ambassador with that id, or <paramref name="field"/> is <c>id_ambassador</c>.</exception>
    public void SetAmbassadorField(int idAmbassador, string field, JsonNode? value)
    {
        CheckMutableField(field);
        _backend.SetAmbassadorField(idAmbassador, field, value);
    }

    /// <summary>Removes a field from a stored ambassador's wire object, e.g. to return a response that lacks a documented field.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <param name="field">The wire name.</param>
    /// <returns><see langword="true"/> if the field was there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no ambassador with that id, or <paramref name="field"/> is <c>id_ambassador</c>.</exception>
    public bool RemoveAmbassadorField(int idAmbassador, string field)
    {
        CheckMutableField(field);
        return _backend.RemoveAmbassadorField(idAmbassador, field);
    }

    /// <summary>Mints a new opaque bearer token (<c>pst_</c> and 32 lowercase hex digits) for an existing ambassador.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentException">There is no ambassador with that id.</exception>
    public string IssueAccessToken(int idAmbassador) => _backend.IssueAccessToken(idAmbassador);

    /// <summary>Revokes a token: later requests with it get 401. Unknown tokens are ignored.</summary>
    /// <param name="accessToken">The token.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accessToken"/> is <see langword="null"/>.</exception>
    public void RevokeAccessToken(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        _backend.RevokeAccessToken(accessToken);
    }

    /// <summary>Deletes an ambassador. Its tokens stay valid, so a later <c>PATCH /{environment}/me</c> with one gets 404 "The ambassador does not exist."; its e-mail address becomes free.</summary>
    /// <param name="idAmbassador">The <c>id_ambassador</c>.</param>
    /// <returns><see langword="true"/> if the ambassador existed.</returns>
    public bool DeleteAmbassador(int idAmbassador) => _backend.DeleteAmbassador(idAmbassador);

    private static void CheckMutableField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.Equals(field, "id_ambassador", StringComparison.Ordinal))
        {
            throw new ArgumentException("id_ambassador cannot be changed.", nameof(field));
        }
    }
}
