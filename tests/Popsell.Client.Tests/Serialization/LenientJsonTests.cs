using System.Text;
using System.Text.Json;
using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Serialization;

/// <summary>The liberal reading of Laravel's scalars, value by value, and the errors for values that are not liberal enough.</summary>
public class LenientJsonTests
{
    private delegate T ReadFunc<out T>(ref Utf8JsonReader reader);

    private static T Read<T>(string json, ReadFunc<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var value = read(ref reader);
        return value;
    }

    private static string Fails<T>(string json, ReadFunc<T> read)
    {
        var act = () => Read(json, read);
        return act.Should().Throw<JsonException>().Which.Message;
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("-2", true)]
    [InlineData("0.0", false)]
    [InlineData("0.5", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\"\"", false)]
    [InlineData("\"  \"", false)]
    [InlineData("\" TRUE \"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\"on\"", true)]
    [InlineData("\"OFF\"", false)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"No\"", false)]
    public void ReadBoolean_ReadsLaravelsBooleans(string json, bool expected) =>
        Read(json, LenientJson.ReadBoolean).Should().Be(expected);

    [Theory]
    [InlineData("\"maybe\"", "The string \"maybe\" is not a boolean.")]
    [InlineData("\"2\"", "The string \"2\" is not a boolean.")]
    [InlineData("[]", "Expected a boolean but found a JSON StartArray.")]
    [InlineData("{}", "Expected a boolean but found a JSON StartObject.")]
    public void ReadBoolean_WhenTheValueIsNoBoolean_ThrowsJsonExceptionSayingWhy(string json, string message) =>
        Fails(json, LenientJson.ReadBoolean).Should().Be(message);

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("true", 1L)]
    [InlineData("false", 0L)]
    [InlineData("3.0", 3L)]
    [InlineData("1e3", 1000L)]
    [InlineData("\"42\"", 42L)]
    [InlineData("\" -42 \"", -42L)]
    [InlineData("\"+5\"", 5L)]
    [InlineData("\"2.0\"", 2L)]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    [InlineData("-9223372036854775808.0", long.MinValue)]
    [InlineData("9223372036854775807.0", long.MaxValue)]
    public void ReadInt64_ReadsNumbersStringsAndBooleans(string json, long expected) =>
        Read(json, LenientJson.ReadInt64).Should().Be(expected);

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void ReadInt64_WhenThereIsNoNumber_ReturnsNull(string json) =>
        Read(json, LenientJson.ReadInt64).Should().BeNull();

    [Theory]
    [InlineData("2.5", "The number 2.5 is not an integer.")]
    [InlineData("9223372036854775808.0", "The number 9223372036854775808.0 is not an integer.")]
    [InlineData("\"2.5\"", "The number 2.5 is not an integer.")]
    [InlineData("1e300", "The number 1e300 is not an integer.")]
    [InlineData("\"12abc\"", "The string \"12abc\" is not an integer.")]
    [InlineData("\"123456789012345678901234567890123456789\"", "The number 12345678901234567890123456789012… is not an integer.")]
    [InlineData("\"abcdefghijklmnopqrstuvwxyz012345\"", "The string \"abcdefghijklmnopqrstuvwxyz012345\" is not an integer.")]
    [InlineData("\"abcdefghijklmnopqrstuvwxyz0123456789\"", "The string \"abcdefghijklmnopqrstuvwxyz012345…\" is not an integer.")]
    [InlineData("[1]", "Expected an integer but found a JSON StartArray.")]
    public void ReadInt64_WhenTheValueIsNoInteger_ThrowsJsonExceptionSayingWhy(string json, string message) =>
        Fails(json, LenientJson.ReadInt64).Should().Be(message);

    [Theory]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("\"17\"", 17)]
    public void ReadInt32_ReadsValuesThatFit(string json, int expected) =>
        Read(json, LenientJson.ReadInt32).Should().Be(expected);

    [Theory]
    [InlineData("2147483648", "The integer 2147483648 does not fit in 32 bits.")]
    [InlineData("-2147483649", "The integer -2147483649 does not fit in 32 bits.")]
    public void ReadInt32_WhenTheValueDoesNotFit_ThrowsJsonException(string json, string message) =>
        Fails(json, LenientJson.ReadInt32).Should().Be(message);

    [Fact]
    public void ReadInt32_ReadsNullAsNull() => Read("null", LenientJson.ReadInt32).Should().BeNull();

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("42", "42")]
    [InlineData("-1.50", "-1.50")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("""{"a": [1, 2]}""", """{"a": [1, 2]}""")]
    [InlineData("[1,\"x\"]", "[1,\"x\"]")]
    public void ReadString_ReadsScalarsAsTheirText_AndObjectsAsRawJson(string json, string expected) =>
        Read(json, LenientJson.ReadString).Should().Be(expected);

    [Fact]
    public void ReadString_ReadsAWholeObject_AndLeavesTheReaderAfterIt()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""[{"a":1},"next"]"""));
        reader.Read();
        reader.Read();

        LenientJson.ReadString(ref reader).Should().Be("""{"a":1}""");
        reader.Read().Should().BeTrue();
        reader.GetString().Should().Be("next");
    }

    [Fact]
    public void ReadString_WhenTheValueIsNull_Throws() =>
        Fails("null", LenientJson.ReadString).Should().Be("Expected a string but found a JSON Null.");

    [Fact]
    public void Ambassador_ReadsLiberalValuesThroughTheConverters()
    {
        const string json = """{"id_ambassador":"42","id_brand":null,"active":"1","unavailable":0,"gamification_points":"7","status":true}""";

        var ambassador = JsonSerializer.Deserialize(json, PopsellJsonContext.Default.Ambassador)!;

        ambassador.IdAmbassador.Should().Be(42);
        ambassador.IdBrand.Should().Be(0);
        ambassador.Active.Should().BeTrue();
        ambassador.Unavailable.Should().BeFalse();
        ambassador.Status.Should().Be(1);
        ambassador.GamificationPoints.Should().Be(7);
    }
}
