using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Serialization;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Models;

public class UpdateMeRequestTests
{
    private static JsonObject Wire(UpdateMeRequest request) =>
        JsonNode.Parse(JsonSerializer.Serialize(request, PopsellJsonContext.Default.UpdateMeRequest))!.AsObject();

    [Fact]
    public void Serialize_WhenOnlyFirstnameIsAssigned_SendsOnlyFirstname()
    {
        var json = Wire(new UpdateMeRequest { Firstname = "Ada" });

        json.Select(p => p.Key).Should().Equal("firstname");
        json["firstname"]!.GetValue<string>().Should().Be("Ada");
    }

    [Fact]
    public void Serialize_WhenNullIsAssigned_SendsJsonNullToClearTheField()
    {
        var json = Wire(new UpdateMeRequest { Username = null, IsAbsent = null });

        json.Select(p => p.Key).Should().BeEquivalentTo("username", "is_absent");
        json["username"].Should().BeNull();
        json.ContainsKey("username").Should().BeTrue();
    }

    [Fact]
    public void Serialize_WhenNothingIsAssigned_SendsAnEmptyObject()
    {
        var request = new UpdateMeRequest();

        Wire(request).Should().BeEmpty();
        request.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Serialize_WithTheCallersOwnSerializerOptions_StillSendsOnlyAssignedFields()
    {
        var request = new UpdateMeRequest { Lastname = "Lovelace", Unavailable = false };

        var text = JsonSerializer.Serialize(request, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

        JsonNode.Parse(text)!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("lastname", "unavailable");
    }

    private static List<PropertyInfo> AssignableProperties() =>
        typeof(UpdateMeRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != "EqualityContract").ToList();

    private static object SampleValue(PropertyInfo property) => property.PropertyType == typeof(bool?) ? true : "value";

    [Fact]
    public void Serialize_EveryProperty_MapsToItsDocumentedWireName()
    {
        var properties = AssignableProperties();
        var seen = new List<string>();

        foreach (var property in properties)
        {
            var request = new UpdateMeRequest();
            property.SetValue(request, SampleValue(property));
            var json = Wire(request);
            json.Should().HaveCount(1, $"assigning {property.Name} alone sends one field");
            seen.Add(json.Single().Key);
        }

        seen.Should().BeEquivalentTo(WireNames.UpdateMeBody);
    }

    [Fact]
    public void With_KeepsTheAssignedFieldsOfTheOriginal_AndAddsNewOnes()
    {
        var original = new UpdateMeRequest { Firstname = "Ada" };

        var copy = original with { Lang = "fr" };

        Wire(copy).Select(p => p.Key).Should().BeEquivalentTo("firstname", "lang");
        Wire(original).Select(p => p.Key).Should().Equal("firstname");
    }

    [Fact]
    public void With_ReassigningAFieldTheOriginalAssigned_SendsTheNewValue()
    {
        var original = new UpdateMeRequest { Firstname = "Ada", OptinCgu = false };

        var copy = original with { Firstname = "Grace", OptinCgu = true };

        Wire(copy).ToJsonString().Should().Be("""{"firstname":"Grace","optin_cgu":true}""");
    }

    [Fact]
    public void AssigningAPropertyTwice_StillSendsIt_ForEveryProperty()
    {
        foreach (var property in AssignableProperties())
        {
            var request = new UpdateMeRequest();
            property.SetValue(request, SampleValue(property));
            property.SetValue(request, SampleValue(property)); // what `with` does to a property the original assigned

            Wire(request).Should().HaveCount(1, $"{property.Name}, assigned twice, is still assigned");
        }
    }

    [Fact]
    public void ToString_PrintsEveryProperty_ByNameWithItsValue_AndMasksOnlyThePasswords()
    {
        foreach (var property in AssignableProperties())
        {
            var request = new UpdateMeRequest();
            property.SetValue(request, SampleValue(property));
            var printed = property.Name is nameof(UpdateMeRequest.Password) or nameof(UpdateMeRequest.PasswordConfirmation) ? "***" : property.PropertyType == typeof(bool?) ? "True" : "value";

            request.ToString().Should().Be($"UpdateMeRequest {{ {property.Name} = {printed} }}");
        }
    }

    [Fact]
    public void Deserialize_ThenSerialize_SendsExactlyTheFieldsThatWerePresent_UnknownOnesAsAdditionalProperties()
    {
        const string json = """{"firstname":"Ada","username":null,"optin_cgu":true,"unknown_field":1}""";

        var request = JsonSerializer.Deserialize(json, PopsellJsonContext.Default.UpdateMeRequest)!;

        request.Firstname.Should().Be("Ada");
        request.OptinCgu.Should().BeTrue();
        request.AdditionalProperties.Should().ContainKey("unknown_field").WhoseValue!.GetValue<int>().Should().Be(1);
        Wire(request).ToJsonString().Should().Be(json);
    }

    [Fact]
    public void Equals_WhenOneRequestAssignsNullAndTheOtherDoesNotAssign_IsFalse()
    {
        new UpdateMeRequest { Username = null }.Should().NotBe(new UpdateMeRequest());
        new UpdateMeRequest { Username = "x" }.Should().Be(new UpdateMeRequest { Username = "x" });
    }

    [Fact]
    public void ToString_PrintsOnlyAssignedFields_AndNeverThePassword()
    {
        var text = new UpdateMeRequest { Password = "hunter2-secret", Firstname = "Ada", Username = null, IsAbsent = null }.ToString();

        text.Should().Be("UpdateMeRequest { Password = ***, Firstname = Ada, Username = null, IsAbsent = null }");
        text.Should().NotContain("hunter2-secret");
    }

    [Fact]
    public void ToString_WhenNothingIsAssigned_PrintsAnEmptyRecord()
    {
        new UpdateMeRequest().ToString().Should().Be("UpdateMeRequest { }");
    }
}
