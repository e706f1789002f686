using System.Text.Json;
using System.Text.Json.Serialization;
using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Serialization;

/// <summary>
/// The machinery behind "one unreadable value costs that value": where a kept value goes when the failure happens
/// inside an item of a list (an item the failure left open), and what a read leaves behind on its thread.
/// </summary>
public partial class TolerantConverterTests
{
    [Fact]
    public void AListThatFailsInsideAnItem_IsKeptWhole_ByTheObjectThatOwnsTheList()
    {
        using var read = UnreadableFields.Begin();

        var outer = JsonSerializer.Deserialize("""{"items":[{"n":1},{"n":"x"}],"name":"kept"}""", TestJson.Default.Outer)!;

        outer.Name.Should().Be("kept");
        outer.Items.Should().BeNull("the list could not be read, so it takes its default");
        outer.Kept.Should().ContainKey("items").WhoseValue.GetRawText().Should().Be("""[{"n":1},{"n":"x"}]""");
        read.Names.Should().Equal("items");
        UnreadableFields.OpenCount.Should().Be(0, "the item the failure left open is closed");
    }

    [Fact]
    public void AReadThatThrows_LeavesNothingOpen_AndTheNextReadKeepsItsOwnValues()
    {
        using (UnreadableFields.Begin())
        {
            var bad = () => JsonSerializer.Deserialize("""{"name":"a","inner":{"n":"x"}}""", TestJson.Default.Outer);
            bad.Should().Throw<JsonException>("inner is not read tolerantly here");
        }

        UnreadableFields.OpenCount.Should().Be(0);
        using var read = UnreadableFields.Begin();
        var outer = JsonSerializer.Deserialize("""{"items":"no"}""", TestJson.Default.Outer)!;
        outer.Kept.Should().ContainKey("items");
        read.Names.Should().Equal("items");
    }

    [Fact]
    public void NamesOfANestedRead_AreSeenByTheOuterOne_AndForgottenWhenItEnds()
    {
        using (var outer = UnreadableFields.Begin())
        {
            using (UnreadableFields.Begin())
            {
                JsonSerializer.Deserialize("""{"items":1}""", TestJson.Default.Outer);
            }

            outer.Names.Should().Equal("items");
        }

        using var next = UnreadableFields.Begin();
        next.Names.Should().BeEmpty();
    }

    [Fact]
    public void AReadOutsideAnyScope_RemembersNoName_AndTheOutermostScopeForgetsItsNames()
    {
        JsonSerializer.Deserialize("""{"items":1}""", TestJson.Default.Outer)!.Kept.Should().ContainKey("items");
        UnreadableFields.NameCount.Should().Be(0, "no read was begun, so there is nobody to give the name to");

        using (var outer = UnreadableFields.Begin())
        {
            JsonSerializer.Deserialize("""{"items":1}""", TestJson.Default.Outer);
            using (var inner = UnreadableFields.Begin())
            {
                inner.Names.Should().BeEmpty("the outer read's names are not the inner one's");
                JsonSerializer.Deserialize("""{"items":2}""", TestJson.Default.Outer);
                inner.Names.Should().ContainSingle();
            }

            outer.Names.Should().HaveCount(2);
            UnreadableFields.NameCount.Should().Be(2, "the thread holds them until the outermost read ends");
        }

        UnreadableFields.NameCount.Should().Be(0);
    }

    internal sealed class Outer : IJsonOnDeserializing, IJsonOnDeserialized, IKeepsUnreadable
    {
        [JsonPropertyName("items")]
        [JsonConverter(typeof(TolerantConverter<List<Inner>, ItemsField>))]
        public List<Inner>? Items { get; set; }

        [JsonPropertyName("inner")]
        public Inner? Nested { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonIgnore]
        public Dictionary<string, JsonElement> Kept { get; } = [];

        void IJsonOnDeserializing.OnDeserializing() => UnreadableFields.Open(this);

        void IJsonOnDeserialized.OnDeserialized() => UnreadableFields.Close(this);

        void IKeepsUnreadable.Keep(string wireName, JsonElement raw) => Kept[wireName] = raw;
    }

    internal sealed class Inner : IJsonOnDeserializing, IJsonOnDeserialized, IKeepsUnreadable
    {
        [JsonPropertyName("n")]
        public int N { get; set; }

        [JsonIgnore]
        public Dictionary<string, JsonElement> Kept { get; } = [];

        void IJsonOnDeserializing.OnDeserializing() => UnreadableFields.Open(this);

        void IJsonOnDeserialized.OnDeserialized() => UnreadableFields.Close(this);

        void IKeepsUnreadable.Keep(string wireName, JsonElement raw) => Kept[wireName] = raw;
    }

    internal abstract class ItemsField : IWireField
    {
        public static string WireName => "items";
    }

    [JsonSourceGenerationOptions(Converters = [typeof(LenientInt32Converter)])]
    [JsonSerializable(typeof(Outer))]
    internal sealed partial class TestJson : JsonSerializerContext;
}
