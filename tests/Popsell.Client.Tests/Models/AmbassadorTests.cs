using System.Reflection;
using System.Text.Json;
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
    public void Deserialize_UnknownFields_AreKeptInAdditionalProperties()
    {
        var ambassador = Read("""{"id_ambassador":1,"tiktok_account":"@ada","loyalty":{"tier":"gold"}}""");

        ambassador.AdditionalProperties.Keys.Should().BeEquivalentTo("tiktok_account", "loyalty");
        ambassador.AdditionalProperties["loyalty"].GetProperty("tier").GetString().Should().Be("gold");
    }

    [Theory]
    [InlineData("""{"id_ambassador":"seventeen"}""")]
    [InlineData("""{"active":"maybe"}""")]
    [InlineData("""{"id_ambassador":99999999999}""")]
    [InlineData("""[1,2]""")]
    public void Deserialize_WhenAValueCannotBeRead_ThrowsJsonException(string json)
    {
        var read = () => Read(json);

        read.Should().Throw<JsonException>();
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
