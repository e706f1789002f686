using System.Reflection;
using System.Xml.Linq;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Documentation;

/// <summary>IntelliSense is the first documentation a user reads: the packages' XML docs must say what each member is,
/// what a property holds by default, and what a call throws.</summary>
public class XmlDocsTests
{
    public static TheoryData<string> Assemblies => new() { typeof(PopsellClient).Assembly.GetName().Name!, typeof(PopsellTestServer).Assembly.GetName().Name! };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void EveryPublicProperty_HasASummaryAndAValue(string assemblyName)
    {
        var (assembly, docs) = Load(assemblyName);
        var missing = assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.GetMethod?.IsPublic == true && !p.GetMethod.IsVirtual || p.DeclaringType!.IsInterface)
            .Select(p => $"P:{p.DeclaringType!.FullName}.{p.Name}")
            .Where(id => !docs.TryGetValue(id, out var member) || !HasText(member, "summary") || !HasText(member, "value"))
            .ToList();

        missing.Should().BeEmpty("every public property says what it holds and its default in <summary> and <value>");
    }

    [Fact]
    public void ClientMethods_DocumentTheExceptionsTheyThrow()
    {
        var (_, docs) = Load(typeof(PopsellClient).Assembly.GetName().Name!);
        var register = docs.Single(d => d.Key.StartsWith("M:Popsell.Client.IPopsellClient.RegisterAsync", StringComparison.Ordinal)).Value;
        var updateMe = docs.Single(d => d.Key.StartsWith("M:Popsell.Client.IPopsellClient.UpdateMeAsync", StringComparison.Ordinal)).Value;
        var withToken = docs.Single(d => d.Key.StartsWith("M:Popsell.Client.IPopsellClient.WithAccessToken", StringComparison.Ordinal)).Value;

        Exceptions(register).Should().Contain(["T:System.ArgumentNullException", "T:Popsell.Client.ValidationProblemException", "T:Popsell.Client.PopsellApiException", "T:System.TimeoutException", "T:System.OperationCanceledException"]);
        Exceptions(updateMe).Should().Contain(["T:System.ArgumentNullException", "T:System.ArgumentOutOfRangeException", "T:Popsell.Client.ValidationProblemException", "T:Popsell.Client.PopsellApiException", "T:System.TimeoutException"]);
        Exceptions(withToken).Should().Contain("T:System.ArgumentException");
    }

    private static IEnumerable<string> Exceptions(XElement member) => member.Elements("exception").Select(e => (string)e.Attribute("cref")!);

    private static bool HasText(XElement member, string element) =>
        member.Element("inheritdoc") is not null || !string.IsNullOrWhiteSpace(member.Element(element)?.Value);

    private static (Assembly Assembly, Dictionary<string, XElement> Docs) Load(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        return (assembly, xml.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!));
    }
}
