using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Serialization;

/// <summary>The edges of the value-equality helpers the generated records call: nulls, lengths, numbers, bags.</summary>
public class ValueEqualityHelperTests
{
    [Fact]
    public void Lists_AreEqualOnlyWithTheSameItemsInTheSameOrder_NullOnlyToNull()
    {
        IReadOnlyList<int>? none = null;

        ValueEquality.Equal(none, none).Should().BeTrue();
        ValueEquality.Equal(none, [1]).Should().BeFalse();
        ValueEquality.Equal([1], none).Should().BeFalse();
        ValueEquality.Equal([1, 2], [1]).Should().BeFalse();
        ValueEquality.Equal([1, 2], [2, 1]).Should().BeFalse();
        ValueEquality.Equal([1, 2], new List<int> { 1, 2 }).Should().BeTrue();
        ValueEquality.Hash<int>([1, 2]).Should().Be(ValueEquality.Hash(new List<int> { 1, 2 }));
        ValueEquality.Hash(none).Should().Be(0);
    }

    [Theory]
    [InlineData("[1,2]", "[1]", false)]
    [InlineData("[1]", "[1,2]", false)]
    [InlineData("1e300", "1.0e300", true)]
    [InlineData("1e300", "2e300", false)]
    [InlineData("{\"a\":1}", "{\"b\":1}", false)]
    [InlineData("{\"a\":1}", "{\"a\":1,\"b\":1}", false)]
    [InlineData("{\"a\":1,\"b\":1}", "{\"a\":1}", false)]
    [InlineData("null", "false", false)]
    [InlineData("true", "true", true)]
    public void Json_ComparesByContent(string left, string right, bool equal)
    {
        ValueEquality.Equal(Element(left), Element(right)).Should().Be(equal);
        if (equal)
        {
            ValueEquality.Hash(Element(left)).Should().Be(ValueEquality.Hash(Element(right)));
        }
    }

    [Theory]
    [InlineData("[1]", "[2]")]
    [InlineData("[1,2]", "[2,1]")]
    [InlineData("{\"a\":1}", "{\"a\":2}")]
    [InlineData("\"x\"", "\"y\"")]
    public void Json_DifferentValues_HashDifferently(string left, string right) =>
        ValueEquality.Hash(Element(left)).Should().NotBe(ValueEquality.Hash(Element(right)));

    [Fact]
    public void BagsOfUnmodelledFields_NullIsEmpty_AndEntriesCount()
    {
        Dictionary<string, JsonElement>? none = null;
        var one = new Dictionary<string, JsonElement> { ["a"] = Element("1") };

        ValueEquality.Equal(none, new Dictionary<string, JsonElement>()).Should().BeTrue();
        ValueEquality.Equal(none, one).Should().BeFalse();
        ValueEquality.Equal(one, none).Should().BeFalse();
        ValueEquality.Equal(one, new Dictionary<string, JsonElement> { ["b"] = Element("1") }).Should().BeFalse();
        ValueEquality.Hash(one).Should().NotBe(ValueEquality.Hash(none));
        ValueEquality.Hash(none).Should().Be(ValueEquality.Hash(new Dictionary<string, JsonElement>()));
    }

    [Fact]
    public void BagsOfExtraRequestFields_CompareNamesAndValues()
    {
        var left = new Dictionary<string, JsonNode?> { ["a"] = 1, ["b"] = null };

        ValueEquality.Equal(left, new Dictionary<string, JsonNode?> { ["a"] = 1 }).Should().BeFalse();
        ValueEquality.Equal(left, new Dictionary<string, JsonNode?> { ["a"] = 1, ["c"] = null }).Should().BeFalse();
        ValueEquality.Equal(left, new Dictionary<string, JsonNode?> { ["b"] = null, ["a"] = 1 }).Should().BeTrue();
        ValueEquality.Hash(left).Should().NotBe(ValueEquality.Hash(new Dictionary<string, JsonNode?> { ["a"] = 1 }));
    }

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;
}
