using System.Text;
using System.Text.Json.Serialization;
using Popsell.Client.Http;
using Popsell.Client.Operations;
using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Http;

public class PopsellContentSerializerTests
{
    private static readonly PopsellContentSerializer Serializer = PopsellContentSerializer.Instance;

    [Fact]
    public void EveryWayRefitAsksForABody_GivesTheSdksContent()
    {
        var request = new UpdateMeRequest { Lang = "fr" };

        Serializer.ToHttpContent(request).Should().BeOfType<JsonRequestContent<UpdateMeRequest>>();
        Serializer.ToHttpContentSynchronous(request).Should().BeOfType<JsonRequestContent<UpdateMeRequest>>();
        Serializer.ToStreamingHttpContent(request).Should().BeOfType<JsonRequestContent<UpdateMeRequest>>();
    }

    [Fact]
    public async Task ToHttpContent_WritesOnlyTheAssignedFields()
    {
        using var content = Serializer.ToHttpContent(new UpdateMeRequest { Lang = "fr" });

        (await content.ReadAsStringAsync()).Should().Be("""{"lang":"fr"}""");
    }

    [Fact]
    public void ToHttpContent_ForATypeTheContextDoesNotKnow_ThrowsNamingIt()
    {
        var act = () => Serializer.ToHttpContent(new Uri("https://example.com"));

        act.Should().Throw<NotSupportedException>().WithMessage("*System.Uri*");
    }

    [Fact]
    public async Task FromHttpContentAsync_ReadsAnAmbassadorWithTheSdksContext()
    {
        using var content = new StringContent("""{"id_ambassador":"42","email":"ada@example.com"}""", Encoding.UTF8, "application/json");

        var ambassador = await Serializer.FromHttpContentAsync<Ambassador>(content);

        ambassador!.IdAmbassador.Should().Be(42);
        ambassador.Email.Should().Be("ada@example.com");
    }

    [Fact]
    public async Task NullArguments_AreRefusedByName()
    {
        (await FluentActions.Invoking(() => Serializer.FromHttpContentAsync<Ambassador>(null!)).Should().ThrowAsync<ArgumentNullException>())
            .WithParameterName("content");
        Serializer.Invoking(s => s.GetFieldNameForProperty(null!)).Should().Throw<ArgumentNullException>().WithParameterName("propertyInfo");
    }

    [Fact]
    public void GetFieldNameForProperty_IsTheJsonPropertyName_OrNull()
    {
        Serializer.GetFieldNameForProperty(typeof(Named).GetProperty(nameof(Named.Value))!).Should().Be("the_value");
        Serializer.GetFieldNameForProperty(typeof(Named).GetProperty(nameof(Named.Plain))!).Should().BeNull();
    }

    private sealed class Named
    {
        [JsonPropertyName("the_value")]
        public int Value { get; set; }

        public int Plain { get; set; }
    }
}
