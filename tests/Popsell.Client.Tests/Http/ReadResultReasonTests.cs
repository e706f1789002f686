using System.Text.Json;
using Popsell.Client.Http;

namespace Popsell.Client.Tests.Http;

/// <summary>Why an answer could not be read, in words that never name one of the SDK's internal types.</summary>
public class ReadResultReasonTests
{
    private const string Converted = "The JSON value could not be converted to Popsell.Client.Serialization.PopsellSessionData.";

    [Theory]
    [InlineData("$", "the JSON value at $ is not a session")]
    [InlineData("$.user", "the JSON value at $.user is not of its documented type")]
    public void AConversionError_NamesThePathAndThePublicType(string path, string expected) =>
        PopsellClientCore.Reason(new JsonException(Converted, path, 0, 1), "a session").Should().Be(expected);

    [Fact]
    public void AnyOtherError_KeepsItsOwnMessage()
    {
        PopsellClientCore.Reason(new JsonException("it has no token", "$", 0, 1), "a session").Should().Be("it has no token");
        PopsellClientCore.Reason(new NotSupportedException("no metadata"), "a session").Should().Be("no metadata");
        PopsellClientCore.Reason(new JsonException(Converted), "a session").Should().Be(Converted, "without a path there is nothing to point at");
    }
}
