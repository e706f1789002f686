using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Auth;

/// <summary>One operation of the auth family (and <c>GET /brand</c>) as the fault matrix and the secrets test call it.</summary>
/// <param name="Name">The operation, as the test cases name it.</param>
/// <param name="Route">The stand-in's route.</param>
/// <param name="Path">The request path.</param>
/// <param name="Idempotent">Whether its retry class is <c>idempotent</c> (else <c>only-when-refused</c>).</param>
/// <param name="AnswersWithToken">Whether its answer must carry a <c>token</c>, so an ambassador body is not its answer.</param>
/// <param name="CallWith">Makes the call, given the client, the seeded secrets and a cancellation token.</param>
internal sealed record AuthOperation(string Name, PopsellRoute Route, string Path, bool Idempotent, bool AnswersWithToken, Func<IPopsellClient, AuthSecrets, CancellationToken, Task> CallWith)
{
    internal static readonly AuthOperation[] All =
    [
        new("login", PopsellRoute.Login, "/api/v2/auth/login", true, true, (c, s, ct) => c.LoginAsync(s.Email, s.Password, ct)),
        new("token", PopsellRoute.CreateAccessToken, "/api/v2/auth/token", true, true, (c, s, ct) => c.CreateAccessTokenAsync(s.ApiKey, ct)),
        new("guest", PopsellRoute.CreateGuestAccessToken, "/api/v2/auth/guest", false, true, (c, _, ct) => c.CreateGuestAccessTokenAsync(ct)),
        new("brand", PopsellRoute.ConnectBrandUser, "/api/v2/auth/brand", false, true, (c, s, ct) => c.WithAccessToken(s.GuestToken).ConnectBrandUserAsync(
            new BrandUserRequest { EmailTmp = "shopper@example.com", Firstname = "Grace", UserApiKey = s.UserApiKey }, ct)),
        new("logout", PopsellRoute.Logout, "/api/v2/auth/logout", true, false, (c, s, ct) => c.WithAccessToken(s.AccessToken).LogoutAsync(ct)),
        new("forgot-password", PopsellRoute.SendPasswordReset, "/api/v2/auth/forgot-password", false, false, (c, s, ct) => c.SendPasswordResetAsync(s.Email, ct)),
        new("reset-password", PopsellRoute.ResetPassword, "/api/v2/auth/reset-password", false, false, (c, s, ct) => c.ResetPasswordAsync(
            new ResetPasswordRequest { Email = s.Email, Password = s.NewPassword, Token = s.ResetToken }, ct)),
        new("brand-info", PopsellRoute.GetBrand, "/api/v2/brand", true, false, (c, _, ct) => c.GetBrandAsync(ct)),
    ];

    /// <summary>Makes the call without a cancellation token.</summary>
    public Task Call(IPopsellClient client, AuthSecrets secrets) => CallWith(client, secrets, CancellationToken.None);

    public override string ToString() => Name;
}

/// <summary>The secrets a test hands to the calls, so it can look for each of them afterwards.</summary>
internal sealed record AuthSecrets(string Email, string Password, string NewPassword, string ApiKey, string UserApiKey, string AccessToken, string GuestToken, string ResetToken)
{
    /// <summary>Seeds an ambassador with a password, an API key, a reset token and a guest on <paramref name="server"/>.</summary>
    public static async Task<AuthSecrets> SeedAsync(PopsellTestServer server, IPopsellClient client)
    {
        const string email = "ada.secrets@example.com";
        var ada = server.SeedAmbassador(email, password: "s3cret-old-password");
        var apiKey = server.IssueApiKey(ada.IdAmbassador);
        server.BrandUserApiKey = "s3cret-brand-user-key";
        await client.SendPasswordResetAsync(email);
        var guest = await client.CreateGuestAccessTokenAsync();
        var reset = server.GetPasswordResetToken(email)!;
        server.ClearJournal();
        return new AuthSecrets(email, "s3cret-old-password", "s3cret-new-password", apiKey, "s3cret-brand-user-key", ada.AccessToken, guest, reset);
    }

    /// <summary>Every secret value, for "never appears" assertions.</summary>
    public IEnumerable<string> Values => [Password, NewPassword, ApiKey, UserApiKey, AccessToken, GuestToken, ResetToken];
}
