using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary>UpdateMeAsync against the stand-in: partial updates, nulls, and what it refuses before sending.</summary>
public class PopsellClientUpdateMeTests : StandInTest
{
    [Fact]
    public async Task UpdateMeAsync_SendsOnlyTheAssignedFieldsWithTheBearerToken_AndLeavesOthersUntouched()
    {
        var seeded = Server.SeedAmbassador("ada@example.com", firstname: "Ada", lastname: "Lovelace");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);

        var updated = await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lastname = "King", Unavailable = true });

        updated.Lastname.Should().Be("King");
        updated.Firstname.Should().Be("Ada", "a partial update must not wipe fields it did not name");
        updated.Unavailable.Should().BeTrue();
        var sent = Server.Requests.Single();
        sent.Method.Should().Be("PATCH");
        sent.Path.Should().Be("/api/v2/manager/me");
        sent.Headers["Authorization"].Should().Be("Bearer " + seeded.AccessToken);
        sent.Body.Should().Be("""{"lastname":"King","unavailable":true}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenNullIsAssigned_ClearsTheFieldOnTheServer()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);
        await client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Username = "ada" });

        var cleared = await client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Username = null });

        cleared.Username.Should().BeNull();
        Server.GetAmbassador(seeded.IdAmbassador)!["username"].Should().BeNull();
        Server.Requests.Last().Path.Should().Be("/api/v2/widget/me");
        Server.Requests.Last().Body.Should().Be("""{"username":null}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenANonNullableFieldIsAssignedNull_SendsTheNull_AndTheServerDecides()
    {
        var seeded = Server.SeedAmbassador("ada.null@example.com");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);

        var act = () => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Firstname = null });

        (await act.Should().ThrowAsync<ValidationProblemException>()).Which.Errors.Should().ContainKey("firstname");
        Server.Requests.Single().Body.Should().Be("""{"firstname":null}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WithoutAnyToken_ThrowsBeforeAnyRequest()
    {
        var client = CreateClient();

        var act = () => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("AccessToken");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateMeAsync_WithAnUndefinedEnvironment_ThrowsArgumentOutOfRangeBeforeAnyRequest()
    {
        var client = CreateClient(o => o.AccessToken = "token");

        var act = () => client.UpdateMeAsync((PopsellEnvironment)7, new UpdateMeRequest { Lang = "fr" });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("environment");
        Server.Requests.Should().BeEmpty();
    }
}
