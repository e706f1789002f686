using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Models;

/// <summary>
/// Every property of <see cref="UpdateMeRequest"/>, assigned <see langword="null"/>, is sent as JSON <c>null</c>: the server
/// judges whether the field may be cleared. Its XML doc says which ones the reference documents as nullable, checked
/// against the generated field table, so the two cannot drift apart.
/// </summary>
public class UpdateMeValidationTests
{
    private static readonly PropertyInfo[] Properties = typeof(UpdateMeRequest)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != "EqualityContract")
        .ToArray();

    private static readonly Dictionary<string, string> DocumentedValues = XDocument
        .Load(Path.Combine(AppContext.BaseDirectory, "Popsell.Client.xml"))
        .Descendants("member")
        .Where(m => ((string?)m.Attribute("name"))?.StartsWith("P:Popsell.Client.UpdateMeRequest.", StringComparison.Ordinal) == true)
        .ToDictionary(m => ((string)m.Attribute("name")!)["P:Popsell.Client.UpdateMeRequest.".Length..], m => m.Element("value")?.Value ?? string.Empty);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var property in Properties)
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void AnyFieldAssignedNull_IsSentAsJsonNull_AndNothingElseIs(string name)
    {
        var property = Properties.Single(p => p.Name == name);
        var field = UpdateMeRequestFields.PropertyNames.IndexOf(name);
        var request = new UpdateMeRequest();
        property.SetValue(request, null);

        var body = JsonNode.Parse(JsonSerializer.Serialize(request, PopsellJsonContext.Default.UpdateMeRequest))!.AsObject();

        field.Should().BeGreaterThanOrEqualTo(0, "every property has a field");
        request.AssignedFields.Has(field).Should().BeTrue();
        body.Select(p => p.Key).Should().Equal(UpdateMeRequestFields.WireNames[field]);
        body[UpdateMeRequestFields.WireNames[field]].Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheDocs_SayAFieldClearsExactlyWhenTheReferenceDocumentsItAsNullable(string name)
    {
        var nullable = UpdateMeRequestFields.Nullable[UpdateMeRequestFields.PropertyNames.IndexOf(name)];

        DocumentedValues[name].Contains("clears the field", StringComparison.Ordinal).Should().Be(nullable);
        DocumentedValues[name].Contains("the server may answer with a 422", StringComparison.Ordinal).Should().Be(!nullable);
    }

    [Fact]
    public void TheFieldTable_HasEveryPropertyOnce_AndSomeFieldsAreNotNullable()
    {
        UpdateMeRequestFields.PropertyNames.ToArray().Should().BeEquivalentTo(Properties.Select(p => p.Name)).And.OnlyHaveUniqueItems();
        UpdateMeRequestFields.Count.Should().Be(Properties.Length).And.BeGreaterThan(64, "the tracking has no 64-field limit");
        UpdateMeRequestFields.Nullable.ToArray().Count(n => !n).Should().BeInRange(10, 50);
    }
}
