using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Models;

/// <summary>
/// One value the SDK cannot read costs that value, not the answer: the field takes its default, its raw JSON is kept in
/// AdditionalProperties under its wire name, and its name (never its value) is logged at Debug. Over real sockets.
/// </summary>
public class UnreadableFieldTests : StandInTest
{
    [Fact]
    public async Task GetMeAsync_WhenTwoFieldsCannotBeRead_ReturnsTheRest_AndKeepsBothRaw()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(ada.IdAmbassador, "id_brand", "42abc");
        Server.SetAmbassadorField(ada.IdAmbassador, "status", "seller");
        Server.SetAmbassadorField(ada.IdAmbassador, "chat_topics", JsonNode.Parse("""[1,{"id":2}]"""));
        using var logs = CapturingLoggerProvider.CreateFactory(out var captured);
        var me = CreateClient(loggerFactory: logs).WithAccessToken(ada.AccessToken);

        var read = await me.GetMeAsync(PopsellEnvironment.Widget);

        read.Firstname.Should().Be("Ada");
        read.IdAmbassador.Should().Be(ada.IdAmbassador);
        read.IdBrand.Should().Be(0);
        read.Status.Should().Be(0);
        read.ChatTopics.Should().BeEmpty();
        read.AdditionalProperties["id_brand"].GetString().Should().Be("42abc");
        read.AdditionalProperties["status"].GetString().Should().Be("seller");
        read.AdditionalProperties["chat_topics"].GetRawText().Should().Be("""[1,{"id":2}]""");
        var lines = captured.Messages.Where(m => m.Contains("could not be read", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(3).And.Contain(l => l.Contains("field id_brand", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("field status", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("42abc", StringComparison.Ordinal) || l.Contains("seller", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheAnswerHasAnUnreadableField_ReturnsTheUpdatedAmbassador_SentOnce()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(ada.IdAmbassador, "gamification_score", "a lot");
        var me = CreateClient().WithAccessToken(ada.AccessToken);

        var updated = await me.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lastname = "King" });

        updated.Lastname.Should().Be("King");
        updated.AdditionalProperties["gamification_score"].GetString().Should().Be("a lot");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task LoginAsync_WhenUserIsNotAnObject_ReturnsTheSession_WithUserKeptRaw()
    {
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", """{"user":[],"token":"tok-1"}"""));

        var session = await CreateClient().LoginAsync("ada@example.com", "correct-horse-battery");

        session.AccessToken.Should().Be("tok-1");
        session.User.IdAmbassador.Should().Be(0);
        session.AdditionalProperties["user"].GetRawText().Should().Be("[]");
    }

    [Fact]
    public async Task LoginAsync_WhenTheRequiredTokenIsNull_StillFailsSayingTheServerActed()
    {
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", """{"user":{},"token":null}"""));

        var error = (await CreateClient().Invoking(c => c.LoginAsync("ada@example.com", "correct-horse-battery"))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Message.Should().Contain("not a session").And.Contain("it has no token");
    }

    [Fact]
    public async Task AnAnswerThatIsNotAnObject_NamesThePublicType_NeverAnInternalOne()
    {
        Server.EnqueueFault(PopsellRoute.Login, PopsellFault.Body(200, "application/json", "[]"));

        var error = (await CreateClient().Invoking(c => c.LoginAsync("ada@example.com", "correct-horse-battery"))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Contain("the JSON value at $ is not a session").And.NotContain("Popsell.Client.Serialization").And.NotContain("Data");
    }
}
