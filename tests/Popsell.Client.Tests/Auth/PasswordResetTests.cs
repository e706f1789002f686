using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary><c>POST /auth/forgot-password</c> and <c>POST /auth/reset-password</c>.</summary>
public class PasswordResetTests : StandInTest
{
    [Fact]
    public async Task SendPasswordResetAsync_ThenResetPasswordAsync_SetsTheNewPassword_AndTheResetTokenWorksOnce()
    {
        var ada = Server.SeedAmbassador("ada.reset@example.com", password: "old-password-123");
        var client = CreateClient();

        var sent = await client.SendPasswordResetAsync("ada.reset@example.com");
        var resetToken = Server.GetPasswordResetToken("ada.reset@example.com");
        var request = new ResetPasswordRequest { Email = "ada.reset@example.com", Password = "new-password-456", Token = resetToken! };
        var reset = await client.ResetPasswordAsync(request);

        sent.Should().Be("Reset password link sent");
        reset.Should().Be("Password defined successfully");
        Server.VerifyPassword(ada.IdAmbassador, "new-password-456").Should().BeTrue();
        (await client.LoginAsync("ada.reset@example.com", "new-password-456")).User.IdAmbassador.Should().Be(ada.IdAmbassador);
        JsonNode.Parse(Server.Requests[0].Body)!.ToJsonString().Should().Be("""{"email":"ada.reset@example.com"}""");
        Server.Requests[1].Path.Should().Be("/api/v2/auth/reset-password");
        JsonNode.Parse(Server.Requests[1].Body)!.ToJsonString().Should().Be($$"""{"email":"ada.reset@example.com","password":"new-password-456","token":"{{resetToken}}"}""");

        var again = (await client.Invoking(c => c.ResetPasswordAsync(request with { Password = "third-password-789" })).Should().ThrowAsync<PopsellApiException>()).Which;
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        again.ServerMessage.Should().Be("Bad Request.");
        again.Message.Should().Contain("Bad Request.").And.NotContain(resetToken!).And.NotContain("third-password-789");
        Server.CountRequests(PopsellRoute.ResetPassword).Should().Be(2, "a 400 is not retried");
    }

    [Fact]
    public void ResetPasswordRequest_ToString_MasksThePasswordAndTheToken()
    {
        var request = new ResetPasswordRequest { Email = "ada@example.com", Password = "pw-to-hide", Token = "reset-token-to-hide" };

        request.ToString().Should().Be("ResetPasswordRequest { Email = ada@example.com, Password = ***, Token = *** }");
    }

    [Fact]
    public async Task SendPasswordResetAsync_On429_WaitsWhatRetryAfterSays_ThenRetries()
    {
        Server.SeedAmbassador("ada.429@example.com");
        var time = new RecordingTimeProvider();
        var client = CreateClient(o => o.Timeout = TimeSpan.FromSeconds(60), time);
        Server.EnqueueFault(PopsellRoute.SendPasswordReset, PopsellFault.Status(429, """{"message":"Too Many Requests."}""", TimeSpan.FromSeconds(7)));

        var call = client.SendPasswordResetAsync("ada.429@example.com");
        await time.WaitForTimerCountAsync(d => d == TimeSpan.FromSeconds(7), 1);
        Server.CountRequests(PopsellRoute.SendPasswordReset).Should().Be(1, "the retry waits for Retry-After");
        time.Advance(TimeSpan.FromSeconds(7));

        (await call).Should().Be("Reset password link sent");
        Server.CountRequests(PopsellRoute.SendPasswordReset).Should().Be(2);
    }

    [Fact]
    public async Task SendPasswordResetAsync_On429_WhoseWaitOutlivesTheTimeout_FailsAtOnceWithRetryAfter()
    {
        Server.SeedAmbassador("ada.later@example.com");
        var client = CreateClient(o => o.Timeout = TimeSpan.FromSeconds(20));
        Server.EnqueueFault(PopsellRoute.SendPasswordReset, PopsellFault.Status(429, """{"message":"Too Many Requests."}""", TimeSpan.FromSeconds(120)));

        var error = (await client.Invoking(c => c.SendPasswordResetAsync("ada.later@example.com")).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        error.Message.Should().Contain("longer than what was left of PopsellClientOptions.Timeout");
        Server.CountRequests(PopsellRoute.SendPasswordReset).Should().Be(1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(504)]
    public async Task SendPasswordResetAsync_WhenTheServerMayHaveSentTheEmail_IsNotRetried(int status)
    {
        Server.SeedAmbassador("ada.once@example.com");
        Server.EnqueueFault(PopsellRoute.SendPasswordReset, PopsellFault.Status(status).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.SendPasswordResetAsync("ada.once@example.com")).Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Contain("The reset e-mail may have been sent");
        Server.CountRequests(PopsellRoute.SendPasswordReset).Should().Be(1);
    }

    [Fact]
    public async Task ResetPasswordAsync_WhenTheServerMayHaveActed_IsNotRetried_SoTheTokenIsNotSpentTwice()
    {
        Server.SeedAmbassador("ada.spent@example.com");
        var client = CreateClient();
        await client.SendPasswordResetAsync("ada.spent@example.com");
        var token = Server.GetPasswordResetToken("ada.spent@example.com")!;
        Server.EnqueueFault(PopsellRoute.ResetPassword, PopsellFault.Status(502).AfterProcessing());

        var error = (await client.Invoking(c => c.ResetPasswordAsync(new ResetPasswordRequest { Email = "ada.spent@example.com", Password = "new-password-456", Token = token }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Contain("The password may have been reset");
        Server.CountRequests(PopsellRoute.ResetPassword).Should().Be(1);
        Server.GetPasswordResetToken("ada.spent@example.com").Should().BeNull("the server consumed it");
    }
}
