using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Serialization;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Models;

/// <summary>Every generated record compares by value: two reads of one unchanged resource are equal, over real sockets.</summary>
public class ValueEqualityTests : StandInTest
{
    [Fact]
    public async Task GetMeAsync_TwiceOnAnUnchangedAmbassador_GivesEqualRecordsWithEqualHashes()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(ada.IdAmbassador, "chat_topics", new JsonArray(3, 1, 2));
        Server.SetAmbassadorField(ada.IdAmbassador, "ids_guest_accounts", new JsonArray(7));
        Server.SetAmbassadorField(ada.IdAmbassador, "loyalty", JsonNode.Parse("""{"tier":"gold","since":[2024,1.50]}"""));
        var me = CreateClient().WithAccessToken(ada.AccessToken);

        var first = await me.GetMeAsync(PopsellEnvironment.Manager);
        var second = await me.GetMeAsync(PopsellEnvironment.Manager);

        first.Should().NotBeSameAs(second);
        (first == second).Should().BeTrue();
        first.Equals(second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
        new HashSet<Ambassador> { first, second }.Should().HaveCount(1);
        first.ChatTopics.Should().Equal(3, 1, 2);
        first.AdditionalProperties.Should().ContainKey("loyalty");
    }

    [Fact]
    public async Task GetMeAsync_AfterAListItemOrAnUnknownFieldChanged_GivesUnequalRecords()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(ada.IdAmbassador, "chat_topics", new JsonArray(1, 2));
        Server.SetAmbassadorField(ada.IdAmbassador, "loyalty", JsonNode.Parse("""{"tier":"gold"}"""));
        var me = CreateClient().WithAccessToken(ada.AccessToken);
        var before = await me.GetMeAsync(PopsellEnvironment.Manager);

        Server.SetAmbassadorField(ada.IdAmbassador, "chat_topics", new JsonArray(1, 3));
        var listChanged = await me.GetMeAsync(PopsellEnvironment.Manager);
        Server.SetAmbassadorField(ada.IdAmbassador, "chat_topics", new JsonArray(1, 2));
        Server.SetAmbassadorField(ada.IdAmbassador, "loyalty", JsonNode.Parse("""{"tier":"silver"}"""));
        var unknownChanged = await me.GetMeAsync(PopsellEnvironment.Manager);

        listChanged.Should().NotBe(before);
        unknownChanged.Should().NotBe(before);
        (before with { ChatTopics = [1, 2] }).Should().NotBe(unknownChanged);
    }

    [Fact]
    public async Task GetBrandAsync_Twice_GivesEqualBrands_ThoughTheirFreeFormJsonWasReadTwice()
    {
        var brand = Server.GetBrand();
        brand["brand_config"] = JsonNode.Parse("""{"theme":{"colors":["#fff","#000"]},"limit":10.0,"on":true}""");
        brand["available_content_language"] = new JsonArray("fr", "en");
        Server.SetBrand(brand);
        var client = CreateClient();

        var first = await client.GetBrandAsync();
        var second = await client.GetBrandAsync();

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.BrandConfig.GetProperty("theme").GetProperty("colors").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void AWithCopy_ThatChangesAField_IsUnequal_AndOneThatChangesNothing_IsEqual()
    {
        var ambassador = Read("""{"id_ambassador":1,"chat_topics":[1,2],"extra":{"a":1}}""");

        (ambassador with { }).Should().Be(ambassador);
        (ambassador with { Firstname = "Grace" }).Should().NotBe(ambassador);
        (ambassador with { ChatTopics = [2, 1] }).Should().NotBe(ambassador);
    }

    [Theory]
    [InlineData("""{"a":1,"b":[true,null]}""", """{"b":[true,null],"a":1}""", true)]
    [InlineData("""{"n":1.0}""", """{"n":1}""", true)]
    [InlineData("""{"s":"\u00e9"}""", """{"s":"é"}""", true)]
    [InlineData("""{"a":1}""", """{"a":1,"b":2}""", false)]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""", false)]
    [InlineData("""{"a":"1"}""", """{"a":1}""", false)]
    public void FreeFormJson_ComparesByContent_WithAHashThatAgrees(string left, string right, bool equal)
    {
        var a = Read($$"""{"loyalty":{{left}}}""");
        var b = Read($$"""{"loyalty":{{right}}}""");

        a.Equals(b).Should().Be(equal);
        if (equal)
        {
            a.GetHashCode().Should().Be(b.GetHashCode());
        }
    }

    [Fact]
    public void Requests_CompareTheirListsAndAdditionalPropertiesByValue()
    {
        RegisterRequest Make() => NewAmbassador() with { Roles = [new AmbassadorRole { StatusRole = "seller" }] };
        var left = Make();
        var right = Make();
        left.AdditionalProperties["x"] = JsonNode.Parse("""{"a":[1]}""");
        right.AdditionalProperties["x"] = JsonNode.Parse("""{"a":[1]}""");

        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
        right.AdditionalProperties["x"] = 2;
        left.Should().NotBe(right);
        new UpdateMeRequest { Lastname = "King" }.Should().Be(new UpdateMeRequest { Lastname = "King" }).And.NotBe(new UpdateMeRequest { Lastname = null });
    }

    private static Ambassador Read(string json) => JsonSerializer.Deserialize(json, PopsellJsonContext.Default.Ambassador)!;
}
