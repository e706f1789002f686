using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary>Passwords, API keys, access tokens and reset tokens never appear in exceptions, logs, telemetry or <c>ToString</c>.</summary>
public class AuthSecretsTests : StandInTest
{
    [Fact]
    public async Task AFailingCallOfEveryOperation_LeavesNoSecretInExceptionsLogsOrTelemetry()
    {
        using var capture = new TelemetryCapture(Server.BaseAddress.Port);
        using var loggerFactory = CapturingLoggerProvider.CreateFactory(out var logs);
        var secrets = await AuthSecrets.SeedAsync(Server, CreateClient());
        var client = CreateClient(o => { o.MaxRetries = 1; o.ApiKey = secrets.ApiKey; }, loggerFactory: loggerFactory);
        var texts = new List<string>();
        foreach (var operation in AuthOperation.All)
        {
            Server.EnqueueFault(operation.Route, PopsellFault.Status(503, """{"message":"Down."}"""));
            Server.EnqueueFault(operation.Route, PopsellFault.Status(500, """{"message":"Broken."}"""));
            texts.Add((await Assert.ThrowsAnyAsync<Exception>(() => operation.Call(client, secrets))).ToString());
        }

        // A 2xx whose body is not the answer, for each operation that answers with a token.
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", $$"""{"token":"{{secrets.AccessToken}}","user":{"id_ambassador":"""));
        texts.Add((await Assert.ThrowsAsync<PopsellApiException>(() => client.LoginAsync(secrets.Email, secrets.Password))).ToString());
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Body(200, "application/json", $$"""{"token":"{{secrets.AccessToken}}","""));
        texts.Add((await Assert.ThrowsAsync<PopsellApiException>(() => client.CreateAccessTokenAsync(secrets.ApiKey))).ToString());

        // The ApiKey path: the key refused, then a token refused twice.
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Status(401, """{"message":"Unauthorized."}"""));
        texts.Add((await Assert.ThrowsAsync<PopsellApiException>(() => client.GetMeAsync(PopsellEnvironment.Manager))).ToString());
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Status(401, """{"message":"Unauthenticated."}"""));
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Status(401, """{"message":"Unauthenticated."}"""));
        texts.Add((await Assert.ThrowsAsync<PopsellApiException>(() => client.GetMeAsync(PopsellEnvironment.Manager))).ToString());

        texts.Add(new ResetPasswordRequest { Email = secrets.Email, Password = secrets.NewPassword, Token = secrets.ResetToken }.ToString());
        texts.Add(new BrandUserRequest { EmailTmp = "x@example.com", Firstname = "X", UserApiKey = secrets.UserApiKey }.ToString());
        texts.Add(new PopsellSession { AccessToken = secrets.AccessToken }.ToString());
        texts.AddRange(logs.Messages);
        texts.AddRange(capture.AllTagValues());

        logs.Messages.Should().NotBeEmpty();
        capture.Spans.Should().NotBeEmpty();
        foreach (var secret in secrets.Values)
        {
            texts.Should().NotContain(t => t.Contains(secret, StringComparison.Ordinal), $"no exception, log line, tag or record may show {secret[..4]}…");
        }
    }
}
