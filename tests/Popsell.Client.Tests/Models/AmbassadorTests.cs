using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Serialization;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Models;

public class AmbassadorTests
{
    private static Ambassador Read(string json) => JsonSerializer.Deserialize(json, PopsellJsonContext.Default.Ambassador)!;

    [Fact]
    public void Deserialize_TheDocumentedExample_ReadsEveryFieldWithNothingLeftOver()
    {
        var ambassador = Read(WireNames.AmbassadorExample);

        ambassador.IdAmbassador.Should().Be(42);
        ambassador.GamificationPoints.Should().Be(42L);
        ambassador.GamificationCurrentLevel.Should().Be(42);
        ambassador.LinkedInAccount.Should().Be("string");
        ambassador.Phone1.Should().Be("string");
        ambassador.EmailNotificationEnabled.Should().BeTrue();
        ambassador.ChatTopics.Should().Equal(42);
        ambassador.IdsGuestAccounts.Should().Equal(42);
        ambassador.AdditionalProperties.Should().BeEmpty("every documented field has a property");
    }

    [Fact]
    public void Deserialize_LaravelStyleScalars_ReadsNumbersAndBooleansFromStringsAndDigits()
    {
        var ambassador = Read("""
            {"id_ambassador":"17","id_brand":3.0,"gamification_points":"9007199254740993","gamification_next_level":"",
             "gamification_current_level":"4","active":1,"optin_cgu":"1","optin_cgu_photos":"0","unavailable":0,
             "is_absent":"true","customer_id":12345,"chat_topics":["1",2]}
            """);

        ambassador.IdAmbassador.Should().Be(17);
        ambassador.IdBrand.Should().Be(3);
        ambassador.GamificationPoints.Should().Be(9007199254740993L);
        ambassador.GamificationNextLevel.Should().BeNull();
        ambassador.GamificationCurrentLevel.Should().Be(4);
        ambassador.Active.Should().BeTrue();
        ambassador.OptinCgu.Should().BeTrue();
        ambassador.OptinCguPhotos.Should().BeFalse();
        ambassador.Unavailable.Should().BeFalse();
        ambassador.IsAbsent.Should().BeTrue();
        ambassador.CustomerId.Should().Be("12345");
        ambassador.ChatTopics.Should().Equal(1, 2);
    }

    [Fact]
    public void Deserialize_WhenFieldsAreMissingOrNull_NonNullablePropertiesAreNeverNull()
    {
        var ambassador = Read("""{"firstname":null,"chat_topics":null,"id_brand":null,"active":null,"username":null}""");

        foreach (var property in typeof(Ambassador).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var nullable = new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
            if (!nullable)
            {
                property.GetValue(ambassador).Should().NotBeNull($"{property.Name} is not nullable");
            }
        }

        ambassador.Firstname.Should().BeEmpty();
        ambassador.ChatTopics.Should().BeEmpty();
        ambassador.IdBrand.Should().Be(0);
        ambassador.Active.Should().BeFalse();
        ambassador.Username.Should().BeNull();
    }

    [Fact]
    public void Deserialize_WhenEveryFieldIsNull_NonNullablePropertiesAreEmpty_AndNullableOnesNull()
    {
        var example = System.Text.Json.Nodes.JsonNode.Parse(WireNames.AmbassadorExample)!.AsObject();
        var allNull = new System.Text.Json.Nodes.JsonObject(example.Select(p => KeyValuePair.Create(p.Key, (System.Text.Json.Nodes.JsonNode?)null)));

        var ambassador = Read(allNull.ToJsonString());

        foreach (var property in typeof(Ambassador).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != nameof(Ambassador.AdditionalProperties)))
        {
            var value = property.GetValue(ambassador);
            if (new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable)
            {
                value.Should().BeNull($"{property.Name} is nullable and the server sent null");
            }
            else if (value is string text)
            {
                text.Should().BeEmpty(property.Name);
            }
            else if (value is IReadOnlyList<int> list)
            {
                list.Should().BeEmpty(property.Name);
            }
            else
            {
                value.Should().Be(Activator.CreateInstance(property.PropertyType), property.Name);
            }
        }

        ambassador.Should().Be(new Ambassador(), "a record read from nulls equals an empty one");
        ambassador.AdditionalProperties.Should().BeEmpty();
    }

    [Fact]
    public void Deserialize_UsesTheParameterlessConstructor_NotTheSlowConstructorArgumentsPath()
    {
        // An init-only property that System.Text.Json sees makes the source generator read the whole record through an
        // object[] of constructor arguments (about 1 µs and 400 B more per response), and .NET 8's serializer refuses
        // the record outright. The wire storage is a type of settable fields instead; a new field that is not one would
        // bring the slow path back.
        PopsellJsonContext.Default.AmbassadorData.CreateObject.Should().NotBeNull();
        var wireNames = System.Text.Json.Nodes.JsonNode.Parse(WireNames.AmbassadorExample)!.AsObject().Select(p => p.Key).ToList();
        PopsellJsonContext.Default.AmbassadorData.Properties.Where(p => p.Set is not null).Select(p => p.Name)
            .Should().BeEquivalentTo([.. wireNames, .. WireNames.AmbassadorGetMeOnly, "ExtensionData"], "every documented field is read through a setter");
    }

    [Fact]
    public void Deserialize_TheFieldsOnlyGetMeDocuments_ReadIntoProperties_NotAdditionalProperties()
    {
        string[] strings = ["email_notification_delay", "last_notification_date", "last_notification_flow"];
        var json = "{" + string.Join(",", WireNames.AmbassadorGetMeOnly.Select(n => $"\"{n}\":{(strings.Contains(n) ? "\"x\"" : "1")}")) + "}";

        var ambassador = Read(json);

        ambassador.AdditionalProperties.Should().BeEmpty();
        ambassador.NotificationChat.Should().BeTrue();
        ambassador.NotificationEmailPostCommunity.Should().BeTrue();
        ambassador.LastNotificationFlow.Should().Be("x");
        Read("{}").EmailNotificationDelay.Should().BeEmpty("a field the server left out reads as empty, never null");
    }

    [Fact]
    public void With_CopiesTheWireStorage_SoTheOriginalIsUnchanged()
    {
        var original = Read("""{"id_ambassador":7,"firstname":"Ada","tiktok_account":"@ada"}""");

        var renamed = original with { Firstname = "Grace" };

        original.Firstname.Should().Be("Ada", "a with expression must not write into the record it copies");
        renamed.Firstname.Should().Be("Grace");
        renamed.IdAmbassador.Should().Be(7);
        renamed.AdditionalProperties.Keys.Should().Equal("tiktok_account");
        (original with { }).Should().Be(original).And.NotBeSameAs(original);
    }

    [Fact]
    public void Serialize_WithTheCallersOwnOptions_WritesTheWireForm()
    {
        var ambassador = new Ambassador { IdAmbassador = 3, Firstname = "Ada", IsAbsent = true };

        var written = System.Text.Json.Nodes.JsonNode.Parse(
            System.Text.Json.JsonSerializer.Serialize(ambassador, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!.AsObject();

        written["id_ambassador"]!.GetValue<int>().Should().Be(3);
        written["firstname"]!.GetValue<string>().Should().Be("Ada");
        written["is_absent"]!.GetValue<bool>().Should().BeTrue();
        written.ContainsKey("Firstname").Should().BeFalse();
    }

    [Fact]
    public void Deserialize_UnknownFields_AreKeptInAdditionalProperties()
    {
        var ambassador = Read("""{"id_ambassador":1,"tiktok_account":"@ada","loyalty":{"tier":"gold"}}""");

        ambassador.AdditionalProperties.Keys.Should().BeEquivalentTo("tiktok_account", "loyalty");
        ambassador.AdditionalProperties["loyalty"].GetProperty("tier").GetString().Should().Be("gold");
    }

    [Theory]
    [InlineData("id_ambassador", "\"seventeen\"")]
    [InlineData("active", "\"maybe\"")]
    [InlineData("id_ambassador", "99999999999")]
    [InlineData("chat_topics", "[1,\"x\"]")]
    [InlineData("id_ambassador", "{\"a\":[1]}")]
    public void Deserialize_WhenOneValueCannotBeRead_ReadsTheRestAndKeepsThatValueRaw(string field, string value)
    {
        var ambassador = Read($$"""{"firstname":"Ada",{{JsonSerializer.Serialize(field)}}:{{value}},"lastname":"Lovelace"}""");

        ambassador.Firstname.Should().Be("Ada");
        ambassador.Lastname.Should().Be("Lovelace");
        ambassador.AdditionalProperties.Should().ContainKey(field).WhoseValue.GetRawText().Should().Be(value);
    }

    [Fact]
    public void Deserialize_WhenTheWholeValueIsNotAnObject_ThrowsJsonException()
    {
        var read = () => Read("[1,2]");

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Deserialize_KeepsEveryStringFieldsOwnValue()
    {
        // The documented example says "string" everywhere; here each string field carries its own wire name instead.
        var body = JsonNode.Parse(WireNames.AmbassadorExample)!.AsObject();
        var strings = body.Where(p => p.Value?.GetValueKind() == JsonValueKind.String).Select(p => p.Key).ToList();
        foreach (var name in strings)
        {
            body[name] = name;
        }

        var written = JsonNode.Parse(JsonSerializer.Serialize(Read(body.ToJsonString()), PopsellJsonContext.Default.Ambassador))!.AsObject();

        strings.Should().HaveCountGreaterThan(40);
        foreach (var name in strings)
        {
            written[name]!.GetValue<string>().Should().Be(name, $"{name} was read as sent");
        }
    }

    [Fact]
    public void Construct_WithValues_ReadsThemBack_AndWritesThemUnderTheirWireNames()
    {
        var ambassador = new Ambassador { Email = "ada@example.com", Lang = "en", ChatTopics = [7], GamificationCurrentLevel = null };

        ambassador.Email.Should().Be("ada@example.com");
        ambassador.Lang.Should().Be("en");
        ambassador.ChatTopics.Should().Equal(7);
        var written = JsonNode.Parse(JsonSerializer.Serialize(ambassador, PopsellJsonContext.Default.Ambassador))!.AsObject();
        written["email"]!.GetValue<string>().Should().Be("ada@example.com");
        written["chat_topics"]!.ToJsonString().Should().Be("[7]");
        written.ContainsKey("gamification_current_level").Should().BeTrue();
        written["gamification_current_level"].Should().BeNull("an unknown level is written as null");
    }

    [Fact]
    public void Construct_WithNullForNeverNullProperties_ReadsEmptyValues()
    {
        var properties = typeof(Ambassador).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && (p.PropertyType == typeof(string) || p.PropertyType == typeof(IReadOnlyList<int>)))
            .Where(p => new NullabilityInfoContext().Create(p).ReadState == NullabilityState.NotNull)
            .ToList();

        properties.Should().HaveCountGreaterThan(10);
        foreach (var property in properties)
        {
            var ambassador = new Ambassador();
            property.SetValue(ambassador, null); // what `new Ambassador { Email = null! }` does

            var value = property.GetValue(ambassador);
            value.Should().NotBeNull($"{property.Name} is never null");
            (value is string text ? text.Length : ((IReadOnlyList<int>)value!).Count).Should().Be(0, $"{property.Name} reads empty");

            object given = property.PropertyType == typeof(string) ? property.Name : new[] { 1, 2 };
            property.SetValue(ambassador, given);
            property.GetValue(ambassador).Should().BeSameAs(given, $"{property.Name} keeps a value it is given");
        }
    }

    [Fact]
    public void Construct_WithAdditionalProperties_KeepsACopy_AndNullReadsEmpty()
    {
        var source = new Dictionary<string, JsonElement> { ["extra"] = JsonDocument.Parse("1").RootElement };

        var ambassador = new Ambassador { AdditionalProperties = source };
        source.Clear();

        ambassador.AdditionalProperties.Keys.Should().Equal("extra");
        new Ambassador { AdditionalProperties = null! }.AdditionalProperties.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_ThenDeserialize_KeepsEveryFieldIncludingUnknownOnes()
    {
        var original = Read(WireNames.AmbassadorExample.Replace("\"id_brand\": 42,", "\"id_brand\": 42, \"extra\": \"kept\",", StringComparison.Ordinal));

        var copy = Read(JsonSerializer.Serialize(original, PopsellJsonContext.Default.Ambassador));

        copy.Should().BeEquivalentTo(original, o => o.Excluding(a => a.AdditionalProperties));
        copy.AdditionalProperties["extra"].GetString().Should().Be("kept");
    }
}
