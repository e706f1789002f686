using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>The stand-in at start-up, and the state a test sets up on it: seeded ambassadors, tokens and fields.</summary>
public sealed class PopsellTestServerStateTests : StandInServerTestBase
{
    [Fact]
    public void StartAsync_BindsToLoopback_WithTheApiV2BaseAddress()
    {
        Server.BaseAddress.Scheme.Should().Be("http");
        Server.BaseAddress.Host.Should().Be("127.0.0.1");
        Server.BaseAddress.Port.Should().BePositive();
        Server.BaseAddress.AbsolutePath.Should().Be("/api/v2/");
        Server.Domain.Should().Be(Domain);
        Server.AmbassadorCount.Should().Be(0);
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_WithEmptyDomainAndNoAcceptAnyDomain_Throws()
    {
        var act = () => PopsellTestServer.StartAsync(new PopsellTestServerOptions { Domain = " " });

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public void SeedAmbassador_ReturnsAnIdAndAnOpaqueToken_ThatToStringHides()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");

        seeded.AccessToken.Should().MatchRegex("^pst_[0-9a-f]{32}$");
        seeded.Email.Should().Be("ada@example.com");
        seeded.ToString().Should().Contain("AccessToken = ***").And.NotContain(seeded.AccessToken);
        Server.GetAmbassador(seeded.IdAmbassador)!["email"]!.GetValue<string>().Should().Be("ada@example.com");
        Server.IssueAccessToken(seeded.IdAmbassador).Should().NotBe(seeded.AccessToken);
    }

    [Fact]
    public void SeedAmbassador_WithAnEmailInUse_Throws()
    {
        Server.SeedAmbassador("ada@example.com");

        var act = () => Server.SeedAmbassador("ADA@example.com");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void IssueAccessToken_ForUnknownAmbassador_ThrowsArgumentException()
    {
        var act = () => Server.IssueAccessToken(42);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task SetAmbassadorField_ChangesWhatTheApiReturns()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(ambassador.IdAmbassador, "gamification_points", 9_000_000_000L);
        Server.SetAmbassadorField(ambassador.IdAmbassador, "chat_topics", new JsonArray(1, 2));
        Server.SetAmbassadorField(ambassador.IdAmbassador, "a_field_from_the_future", "hello");
        Server.RemoveAmbassadorField(ambassador.IdAmbassador, "ids_guest_accounts").Should().BeTrue();

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject());

        var body = await ReadObjectAsync(response);
        body["gamification_points"]!.GetValue<long>().Should().Be(9_000_000_000L);
        body["chat_topics"]!.AsArray().Select(item => item!.GetValue<int>()).Should().Equal(1, 2);
        body["a_field_from_the_future"]!.GetValue<string>().Should().Be("hello");
        body.ContainsKey("ids_guest_accounts").Should().BeFalse();
    }
}
