using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Serialization;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Models;

/// <summary>A request carries fields the document does not know yet: sent beside the typed ones, over real sockets.</summary>
public class AdditionalRequestFieldTests : StandInTest
{
    [Fact]
    public async Task RegisterAsync_SendsTheAdditionalPropertiesBesideTheTypedFields_NullAsJsonNull()
    {
        var request = NewAmbassador();
        request.AdditionalProperties["referral_code"] = "SPRING";
        request.AdditionalProperties["preferences"] = JsonNode.Parse("""{"newsletter":true,"topics":[1,2]}""");
        request.AdditionalProperties["middle_name"] = null;

        await CreateClient().RegisterAsync(request);

        var body = Server.Requests.Single().BodyAsJson()!;
        body["firstname"]!.GetValue<string>().Should().Be("Ada");
        body["referral_code"]!.GetValue<string>().Should().Be("SPRING");
        JsonNode.DeepEquals(body["preferences"], JsonNode.Parse("""{"newsletter":true,"topics":[1,2]}""")).Should().BeTrue();
        body.ContainsKey("middle_name").Should().BeTrue();
        body["middle_name"].Should().BeNull();
    }

    [Fact]
    public async Task RegisterAsync_WhenAnAdditionalPropertyIsOneAPropertySends_IsRefusedBeforeSending()
    {
        var request = NewAmbassador();
        request.AdditionalProperties["email"] = "other@example.com";

        var refused = await CreateClient().Invoking(c => c.RegisterAsync(request)).Should().ThrowAsync<ArgumentException>();

        refused.Which.ParamName.Should().Be("request");
        refused.Which.Message.Should().Contain("RegisterRequest.AdditionalProperties has \"email\"");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_WhenANestedObjectsAdditionalPropertyCollides_IsRefusedBeforeSending()
    {
        var role = new AmbassadorRole { StatusRole = "seller" };
        role.AdditionalProperties["status_role"] = "admin";

        await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador() with { Roles = [role] }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*AmbassadorRole.AdditionalProperties has \"status_role\"*");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateMeAsync_SendsTheAssignedFieldsAndTheAdditionalOnes_AndNothingElse()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var update = new UpdateMeRequest { Lastname = "King" };
        update.AdditionalProperties["pronouns"] = "she/her";
        // Not assigned, so the typed property does not send it: the additional one may.
        update.AdditionalProperties["firstname"] = "Augusta";

        await CreateClient().WithAccessToken(ada.AccessToken).UpdateMeAsync(PopsellEnvironment.Manager, update);

        Server.Requests.Single().BodyAsJson()!.ToJsonString().Should().Be("""{"lastname":"King","pronouns":"she/her","firstname":"Augusta"}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenAnAdditionalPropertyIsAnAssignedOne_IsRefusedBeforeSending()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var update = new UpdateMeRequest { Lastname = null };
        update.AdditionalProperties["lastname"] = "King";

        await CreateClient().WithAccessToken(ada.AccessToken).Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, update))
            .Should().ThrowAsync<ArgumentException>().WithMessage("UpdateMeRequest.AdditionalProperties has \"lastname\"*");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(0);
    }

    [Fact]
    public void AWithCopy_HasAdditionalPropertiesOfItsOwn()
    {
        var original = new UpdateMeRequest { Lastname = "King" };
        original.AdditionalProperties["tags"] = new JsonArray("a");

        var copy = original with { Firstname = "Ada" };
        copy.AdditionalProperties["extra"] = 1;
        ((JsonArray)copy.AdditionalProperties["tags"]!).Add("b");

        original.AdditionalProperties.Should().ContainSingle();
        original.AdditionalProperties["tags"]!.ToJsonString().Should().Be("""["a"]""");
        copy.IsEmpty.Should().BeFalse();
        new UpdateMeRequest().IsEmpty.Should().BeTrue();
        var onlyExtra = new UpdateMeRequest();
        onlyExtra.AdditionalProperties["x"] = 1;
        onlyExtra.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void ToString_PrintsTheNamesOfTheAdditionalProperties_NotTheirValues()
    {
        var request = NewAmbassador();
        request.AdditionalProperties["partner_secret"] = "s3cr3t";

        var text = request.ToString();

        text.Should().Contain("AdditionalProperties = [partner_secret]").And.NotContain("s3cr3t").And.NotContain("correct-horse-battery");
    }

    [Fact]
    public void ToString_PrintsEveryAdditionalName_AndReadingKeepsEveryUnknownField()
    {
        var request = JsonSerializer.Deserialize("""{"lastname":"King","a":1,"b":[2]}""", PopsellJsonContext.Default.UpdateMeRequest)!;

        request.AdditionalProperties.Keys.Should().Equal("a", "b");
        request.ToString().Should().Contain("AdditionalProperties = [a, b]");
    }

    [Fact]
    public void YourOwnSerializer_SendsThemToo_AndReadsThemBack()
    {
        var request = NewAmbassador();
        request.AdditionalProperties["referral_code"] = "SPRING";

        var json = JsonSerializer.Serialize(request, PopsellJsonContext.Default.RegisterRequest);
        var back = JsonSerializer.Deserialize(json, PopsellJsonContext.Default.RegisterRequest)!;

        JsonNode.Parse(json)!["referral_code"]!.GetValue<string>().Should().Be("SPRING");
        back.Should().Be(request);
    }
}
