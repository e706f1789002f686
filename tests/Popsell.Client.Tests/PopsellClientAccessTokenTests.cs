using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary>Where the bearer token comes from: WithAccessToken views, the AccessTokenProvider and the fixed AccessToken.</summary>
public class PopsellClientAccessTokenTests : StandInTest
{
    [Fact]
    public async Task WithAccessToken_UsesTheViewsToken_OverTheProviderAndTheFixedToken()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var grace = Server.SeedAmbassador("grace@example.com", firstname: "Grace");
        var client = CreateClient(o =>
        {
            o.AccessToken = "fixed-token";
            o.AccessTokenProvider = _ => ValueTask.FromResult<string?>("provided-token");
        });

        var asGrace = await client.WithAccessToken(grace.AccessToken).UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "en" });
        var asAda = await client.WithAccessToken(ada.AccessToken).UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        asGrace.IdAmbassador.Should().Be(grace.IdAmbassador);
        asAda.IdAmbassador.Should().Be(ada.IdAmbassador);
        Server.Requests.Select(r => r.Headers["Authorization"]).Should().Equal("Bearer " + grace.AccessToken, "Bearer " + ada.AccessToken);
    }

    [Fact]
    public async Task WithAccessToken_ManyViewsAtOnce_NeverCrossTokens()
    {
        var seeded = Enumerable.Range(0, 20).Select(i => Server.SeedAmbassador($"user{i}@example.com")).ToList();
        var client = CreateClient();

        var results = await Task.WhenAll(seeded.Select(s =>
            client.WithAccessToken(s.AccessToken).UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Description = s.Email })));

        results.Select(a => a.Description).Should().Equal(seeded.Select(s => s.Email));
        results.Select(a => a.IdAmbassador).Should().Equal(seeded.Select(s => s.IdAmbassador));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("line\nbreak")]
    public void WithAccessToken_WithAMalformedToken_ThrowsArgumentException(string token)
    {
        var act = () => CreateClient().WithAccessToken(token);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task AccessTokenProvider_IsAskedBeforeEveryAttempt_SoARetryUsesTheRefreshedToken()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var calls = 0;
        var client = CreateClient(o => o.AccessTokenProvider = _ =>
            ValueTask.FromResult<string?>(Interlocked.Increment(ref calls) == 1 ? "stale-token" : seeded.AccessToken));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        calls.Should().Be(2);
        Server.Requests.Select(r => r.Headers["Authorization"]).Should().Equal("Bearer stale-token", "Bearer " + seeded.AccessToken);
    }

    [Fact]
    public async Task AccessTokenProvider_WhenItReturnsNoToken_ThrowsInvalidOperationWithoutSending()
    {
        var client = CreateClient(o => o.AccessTokenProvider = _ => ValueTask.FromResult<string?>(null));

        var act = () => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("AccessTokenProvider");
        Server.Requests.Should().BeEmpty();
    }
}
