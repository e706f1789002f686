using System.Reflection;
using System.Xml.Linq;
using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Models;

/// <summary>
/// Which fields an update may clear, property by property, checked against the SDK's own documentation (the XML doc
/// of each property says whether the API lets it be cleared), so the code and the docs cannot drift apart.
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
    public void Validate_WhenAFieldIsAssignedNull_RejectsItExactlyWhenTheDocsSayItCannotBeCleared(string name)
    {
        var property = Properties.Single(p => p.Name == name);
        var cannotBeCleared = DocumentedValues[name].Contains("does not let this field be cleared", StringComparison.Ordinal);
        var request = new UpdateMeRequest { Lang = "fr" };
        property.SetValue(request, null);

        var act = () => RequestValidation.Validate(request);

        if (cannotBeCleared)
        {
            var wire = UpdateMeRequestJsonConverter.WireName(Enum.Parse<UpdateMeFields>(name));
            act.Should().Throw<ArgumentException>().WithParameterName("request").Which.Message.Should().StartWith(
                $"UpdateMeRequest.{name} was assigned null, but the API does not let '{wire}' be cleared. Leave it unassigned to keep the current value.");
        }
        else
        {
            act.Should().NotThrow();
        }

        UpdateMeRequestJsonConverter.IsNull(request, Enum.Parse<UpdateMeFields>(name)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_WhenAFieldIsAssignedAValue_AcceptsIt_AndIsNullSaysSo(string name)
    {
        var property = Properties.Single(p => p.Name == name);
        var request = new UpdateMeRequest();
        property.SetValue(request, property.PropertyType == typeof(bool?) ? false : string.Empty);

        FluentActions.Invoking(() => RequestValidation.Validate(request)).Should().NotThrow();
        UpdateMeRequestJsonConverter.IsNull(request, Enum.Parse<UpdateMeFields>(name)).Should().BeFalse();
    }

    [Fact]
    public void TheDocs_MarkSomeFieldsAsClearableAndSomeNot()
    {
        DocumentedValues.Keys.Should().Contain(Properties.Select(p => p.Name), "every property is documented");
        Properties.Count(p => DocumentedValues[p.Name].Contains("does not let this field be cleared", StringComparison.Ordinal)).Should().BeInRange(10, 50);
    }
}
