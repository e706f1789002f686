using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary><c>POST /auth/token</c>, <c>/auth/guest</c> and <c>/auth/brand</c>: the operations that hand out tokens.</summary>
public class AccessTokenTests : StandInTest
{
    [Fact]
    public async Task CreateAccessTokenAsync_ExchangesTheKey_ForATokenOfItsAmbassador()
    {
        var ada = Server.SeedAmbassador("ada.key@example.com");
        var apiKey = Server.IssueApiKey(ada.IdAmbassador);
        var client = CreateClient();

        var token = await client.CreateAccessTokenAsync(apiKey);

        (await client.WithAccessToken(token).GetMeAsync(PopsellEnvironment.Widget)).IdAmbassador.Should().Be(ada.IdAmbassador);
        var sent = Server.Requests.First();
        sent.Path.Should().Be("/api/v2/auth/token");
        sent.GetHeader("X-Popsell-Domain").Should().Be(Server.Domain);
        sent.GetHeader("Authorization").Should().BeNull();
        JsonNode.Parse(sent.Body)!.ToJsonString().Should().Be($$"""{"api_key":"{{apiKey}}"}""");
    }

    [Fact]
    public async Task CreateAccessTokenAsync_WithAnUnknownKey_IsA401_AndNeverShowsTheKey()
    {
        var error = (await CreateClient().Invoking(c => c.CreateAccessTokenAsync("psk_unknown-secret-key"))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ToString().Should().NotContain("psk_unknown-secret-key");
    }

    [Fact]
    public async Task CreateGuestAccessTokenAsync_CreatesOneGuest_AndReturnsItsToken()
    {
        var token = await CreateClient().CreateGuestAccessTokenAsync();

        token.Should().NotBeNullOrEmpty();
        Server.GuestCount.Should().Be(1);
        Server.AmbassadorCount.Should().Be(0);
        var sent = Server.Requests.Single();
        sent.Path.Should().Be("/api/v2/auth/guest");
        sent.Body.Should().BeEmpty();
        sent.GetHeader("X-Popsell-Domain").Should().Be(Server.Domain);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task CreateGuestAccessTokenAsync_WhenTheServerMayHaveActed_IsNotRetried_AndSaysAGuestMayExist(int status)
    {
        Server.EnqueueFault(PopsellRoute.CreateGuestAccessToken, PopsellFault.Status(status).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.CreateGuestAccessTokenAsync()).Should().ThrowAsync<PopsellApiException>()).Which;

        Server.CountRequests(PopsellRoute.CreateGuestAccessToken).Should().Be(1);
        Server.GuestCount.Should().Be(1, "the server acted once, and only once");
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        error.Message.Should().Contain("A guest user may have been created");
    }

    [Fact]
    public async Task CreateGuestAccessTokenAsync_When503_IsRetried_BecauseTheServerDidNotAct()
    {
        Server.EnqueueFault(PopsellRoute.CreateGuestAccessToken, PopsellFault.Status(503));

        await CreateClient().CreateGuestAccessTokenAsync();

        Server.CountRequests(PopsellRoute.CreateGuestAccessToken).Should().Be(2);
        Server.GuestCount.Should().Be(1);
    }

    [Fact]
    public async Task ConnectBrandUserAsync_OnTheClient_SendsOnlyTheFieldsSet_AndNoBearer()
    {
        var client = CreateClient(o => o.AccessToken = "pst_should-not-be-sent");

        var token = await client.ConnectBrandUserAsync(new BrandUserRequest { EmailTmp = "shopper@example.com", Firstname = "Grace", UserApiKey = "brand-user-key-1", City = "Paris" });

        token.Should().NotBeNullOrEmpty();
        var sent = Server.Requests.Single();
        sent.Path.Should().Be("/api/v2/auth/brand");
        sent.GetHeader("Authorization").Should().BeNull("on the client itself, /auth/brand sends no bearer, not even AccessToken");
        JsonNode.Parse(sent.Body)!.ToJsonString().Should().Be("""{"email_tmp":"shopper@example.com","firstname":"Grace","city":"Paris","user_api_key":"brand-user-key-1"}""");
        Server.GetBrandUser("shopper@example.com")!.BoundGuestTokens.Should().BeEmpty();
    }

    [Fact]
    public async Task ConnectBrandUserAsync_OnAGuestView_SendsTheGuestToken_WhichBindsTheGuest()
    {
        var client = CreateClient();
        var guest = await client.CreateGuestAccessTokenAsync();

        await client.WithAccessToken(guest).ConnectBrandUserAsync(new BrandUserRequest { EmailTmp = "bound@example.com", Firstname = "Grace", UserApiKey = "brand-user-key-1" });

        Server.Requests.Last().GetHeader("Authorization").Should().Be("Bearer " + guest);
        Server.GetBrandUser("bound@example.com")!.BoundGuestTokens.Should().Equal(guest);
    }

    [Fact]
    public async Task ConnectBrandUserAsync_WithARefusedUserApiKey_IsA401_ThatNeverShowsTheKey()
    {
        Server.BrandUserApiKey = "the-right-brand-key";

        var error = (await CreateClient().Invoking(c => c.ConnectBrandUserAsync(new BrandUserRequest { EmailTmp = "x@example.com", Firstname = "X", UserApiKey = "a-wrong-brand-key" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ToString().Should().NotContain("a-wrong-brand-key");
        Server.CountRequests(PopsellRoute.ConnectBrandUser).Should().Be(1);
    }

    [Fact]
    public void BrandUserRequest_ToString_MasksTheUserApiKey()
    {
        var request = new BrandUserRequest { EmailTmp = "x@example.com", Firstname = "X", UserApiKey = "brand-key-to-hide" };

        request.ToString().Should().Contain("UserApiKey = ***").And.NotContain("brand-key-to-hide");
    }

    [Fact]
    public async Task TheAuthOperations_WithNullArguments_ThrowBeforeSending()
    {
        var client = CreateClient();

        (await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateAccessTokenAsync(null!))).ParamName.Should().Be("apiKey");
        (await Assert.ThrowsAsync<ArgumentNullException>(() => client.ConnectBrandUserAsync(null!))).ParamName.Should().Be("request");
        (await Assert.ThrowsAsync<ArgumentNullException>(() => client.SendPasswordResetAsync(null!))).ParamName.Should().Be("email");
        (await Assert.ThrowsAsync<ArgumentNullException>(() => client.ResetPasswordAsync(null!))).ParamName.Should().Be("request");
        Server.Requests.Should().BeEmpty();
    }
}
