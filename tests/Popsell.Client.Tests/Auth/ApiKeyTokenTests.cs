using System.Net;
using Microsoft.Extensions.Configuration;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary>
/// <see cref="PopsellClientOptions.ApiKey"/>: one token per client, fetched by the first call that needs it, renewed with
/// a single <c>/auth/token</c> request after a 401, and the refused call repeated once.
/// </summary>
public class ApiKeyTokenTests : StandInTest
{
    private SeededAmbassador _ada = null!;
    private string _apiKey = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ada = Server.SeedAmbassador("ada.apikey@example.com");
        _apiKey = Server.IssueApiKey(_ada.IdAmbassador);
    }

    private PopsellClient KeyClient(Action<PopsellClientOptions>? configure = null) => CreateClient(o =>
    {
        o.ApiKey = _apiKey;
        configure?.Invoke(o);
    });

    private string[] BearersSentTo(PopsellRoute route) =>
        [.. Server.Requests.Where(r => r.Route == route).Select(r => r.GetHeader("Authorization")!)];

    [Fact]
    public async Task TheFirstCallThatNeedsABearer_FetchesOneToken_AndLaterCallsReuseIt()
    {
        var client = KeyClient();

        await client.GetMeAsync(PopsellEnvironment.Manager);
        await client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr" });
        await client.GetMeAsync(PopsellEnvironment.Platform);

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1);
        var tokenRequest = Server.Requests.First();
        tokenRequest.Route.Should().Be(PopsellRoute.CreateAccessToken);
        JsonNode.Parse(tokenRequest.Body)!["api_key"]!.GetValue<string>().Should().Be(_apiKey);
        BearersSentTo(PopsellRoute.GetMe).Concat(BearersSentTo(PopsellRoute.UpdateMe)).Distinct().Should().ContainSingle()
            .Which.Should().StartWith("Bearer pst_");
    }

    [Fact]
    public async Task PublicOperations_NeverFetchAToken()
    {
        await KeyClient().GetBrandAsync();

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(0);
    }

    [Fact]
    public async Task ManyCallersAtOnce_OnAColdClient_ShareOneTokenRequest()
    {
        var client = KeyClient();
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Delay(TimeSpan.FromMilliseconds(200)));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetMeAsync(PopsellEnvironment.Manager)));

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(20);
    }

    [Fact]
    public async Task OnTheDependencyInjectionPath_EveryResolutionSharesOneToken()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o =>
        {
            o.BaseAddress = Server.BaseAddress;
            o.Domain = Server.Domain;
            o.ApiKey = _apiKey;
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IPopsellClient>().GetMeAsync(PopsellEnvironment.Manager);
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPopsellClient>().GetMeAsync(PopsellEnvironment.Widget);
        }

        await provider.GetRequiredService<IPopsellClient>().UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "de" });

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1, "one token for the client, not one per resolution");
    }

    [Fact]
    public async Task WhenTheTokenExpires_TheClientRenewsItOnce_AndRepeatsTheRefusedCall()
    {
        var client = KeyClient();
        await client.GetMeAsync(PopsellEnvironment.Manager);
        var first = BearersSentTo(PopsellRoute.GetMe).Single()["Bearer ".Length..];
        Server.ExpireAccessToken(first);

        var updated = await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "it" });

        updated.Lang.Should().Be("it");
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(2);
        var bearers = BearersSentTo(PopsellRoute.UpdateMe);
        bearers.Should().HaveCount(2);
        bearers[0].Should().Be("Bearer " + first);
        bearers[1].Should().NotBe(bearers[0]);
        Server.IsAccessTokenValid(bearers[1]["Bearer ".Length..]).Should().BeTrue();
    }

    [Fact]
    public async Task ManyCallersRefusedAtOnce_CauseExactlyOneTokenRequest_AndAllSucceed()
    {
        var client = KeyClient();
        await client.GetMeAsync(PopsellEnvironment.Manager);
        Server.ExpireAccessToken(BearersSentTo(PopsellRoute.GetMe).Single()["Bearer ".Length..]);
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Delay(TimeSpan.FromMilliseconds(200)));
        Server.ClearJournal();

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => i % 2 == 0
            ? client.GetMeAsync(PopsellEnvironment.Widget)
            : client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Description = "renewed" })));

        results.Should().AllSatisfy(a => a.IdAmbassador.Should().Be(_ada.IdAmbassador));
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1, "one renewal, however many callers hit the 401");
        var calls = Server.Requests.Where(r => r.Route is PopsellRoute.GetMe or PopsellRoute.UpdateMe).Select(r => r.GetHeader("Authorization")).ToList();
        calls.Distinct().Should().HaveCount(2, "the expired token, and the one renewed token");
        var renewed = calls[^1];
        calls.Count(b => b == renewed).Should().Be(25, "each call succeeds once, with the renewed token");
        calls.Count(b => b != renewed).Should().BeInRange(1, 25, "a call refused with the expired token is repeated once");
    }

    [Fact]
    public async Task ASecond401_IsTheCallersException_SayingTheApiKeyWasRefused()
    {
        var client = KeyClient();
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Status(401, """{"message":"Unauthenticated."}"""));
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Status(401, """{"message":"Unauthenticated."}"""));

        var error = (await client.Invoking(c => c.GetMeAsync(PopsellEnvironment.Manager)).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Message.Should().Contain("the API key was refused for this call");
        error.ToString().Should().NotContain(_apiKey);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(2, "repeated once, not more");
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(2);
    }

    [Fact]
    public async Task ARevokedApiKey_IsTheCallersException_WithoutTheKey_AndNothingElseIsSent()
    {
        Server.RevokeApiKey(_apiKey);

        var error = (await KeyClient().Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Message.Should().StartWith("The server refused PopsellClientOptions.ApiKey, so the call was not sent: POST /api/v2/auth/token failed with 401");
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        error.ToString().Should().NotContain(_apiKey);
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(0);
    }

    [Fact]
    public async Task AFailedTokenRequest_IsNotKept_TheNextCallTriesAgain()
    {
        var client = KeyClient();
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Status(422, """{"message":"The api key field is required.","errors":{"api_key":["The api key field is required."]}}"""));

        (await client.Invoking(c => c.GetMeAsync(PopsellEnvironment.Manager)).Should().ThrowAsync<PopsellApiException>())
            .Which.Message.Should().Contain("refused PopsellClientOptions.ApiKey");
        await client.GetMeAsync(PopsellEnvironment.Manager);

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(2);
    }

    [Fact]
    public async Task LogoutAsync_ForgetsTheToken_SoTheNextCallGetsANewOne()
    {
        var client = KeyClient();
        await client.GetMeAsync(PopsellEnvironment.Manager);

        await client.LogoutAsync();
        await client.GetMeAsync(PopsellEnvironment.Manager);

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(2);
        var bearers = BearersSentTo(PopsellRoute.GetMe);
        bearers[0].Should().Be(BearersSentTo(PopsellRoute.Logout).Single());
        bearers[1].Should().NotBe(bearers[0]);
    }

    [Fact]
    public async Task A401OnLogout_IsNotRenewed_AndTheTokenIsForgotten()
    {
        var client = KeyClient();
        await client.GetMeAsync(PopsellEnvironment.Manager);
        Server.ExpireAccessToken(BearersSentTo(PopsellRoute.GetMe).Single()["Bearer ".Length..]);

        (await client.Invoking(c => c.LogoutAsync()).Should().ThrowAsync<PopsellApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        Server.CountRequests(PopsellRoute.Logout).Should().Be(1);
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1, "there is nothing left to end");

        await client.GetMeAsync(PopsellEnvironment.Manager);
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(2);
    }

    [Fact]
    public async Task StrongerSources_WinOverTheApiKey_AndTheirTokensAreNeverRenewed()
    {
        var client = KeyClient(o => o.AccessToken = _ada.AccessToken);
        await client.GetMeAsync(PopsellEnvironment.Manager);
        Server.RevokeAccessToken(_ada.AccessToken);

        (await client.Invoking(c => c.GetMeAsync(PopsellEnvironment.Manager)).Should().ThrowAsync<PopsellApiException>())
            .Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var other = Server.SeedAmbassador("grace.view@example.com");
        (await client.WithAccessToken(other.AccessToken).GetMeAsync(PopsellEnvironment.Manager)).IdAmbassador.Should().Be(other.IdAmbassador);

        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(0);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(3, "a 401 with a token the SDK did not get itself is not repeated");
    }

    [Fact]
    public async Task ASourceThatYieldsNoToken_PassesToTheNext()
    {
        var provided = 0;
        var client = KeyClient(o => o.AccessTokenProvider = _ =>
        {
            Interlocked.Increment(ref provided);
            return ValueTask.FromResult<string?>(null);
        });

        await client.GetMeAsync(PopsellEnvironment.Manager);

        provided.Should().Be(1);
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1, "the provider gave nothing and AccessToken is not set, so ApiKey is used");
    }

    [Fact]
    public async Task OneCallerCancelling_DoesNotCancelTheTokenRequestOthersWaitOn()
    {
        var client = KeyClient();
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Delay(TimeSpan.FromMilliseconds(500)));
        using var cancel = new CancellationTokenSource();

        var impatient = client.GetMeAsync(PopsellEnvironment.Manager, cancel.Token);
        var patient = client.GetMeAsync(PopsellEnvironment.Widget);
        await Server.WaitForRequestCountAsync(1, PopsellRoute.CreateAccessToken);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        (await patient).IdAmbassador.Should().Be(_ada.IdAmbassador);
        Server.CountRequests(PopsellRoute.CreateAccessToken).Should().Be(1);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(1);
    }

    [Fact]
    public async Task TheRenewalStaysWithinTheCallersTimeout()
    {
        var client = KeyClient(o => o.Timeout = TimeSpan.FromMilliseconds(700));
        await client.GetMeAsync(PopsellEnvironment.Manager);
        Server.ExpireAccessToken(BearersSentTo(PopsellRoute.GetMe).Single()["Bearer ".Length..]);
        Server.EnqueueFault(PopsellRoute.CreateAccessToken, PopsellFault.Delay(TimeSpan.FromSeconds(5)));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.GetMeAsync(PopsellEnvironment.Manager));

        error.Message.Should().Contain("timed out").And.NotContain(_apiKey);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(2, "the refused call, and nothing after the timeout");
    }

    [Fact]
    public void TheApiKey_IsBoundFromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Popsell:ApiKey"] = "psk_from-config" })
            .Build();
        var options = new PopsellClientOptions();

        ConfigurationBinder.Bind(configuration.GetSection("Popsell"), options);

        options.ApiKey.Should().Be("psk_from-config");
    }
}
