namespace Popsell.Client.Http;

/// <summary>Checks on bearer tokens that never echo the token back.</summary>
internal static class AccessTokens
{
    /// <summary>Returns whether <paramref name="token"/> can be sent as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public static bool IsWellFormed(string token)
    {
        foreach (var c in token)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }
}
