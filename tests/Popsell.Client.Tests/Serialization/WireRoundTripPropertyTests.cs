using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Popsell.Client.Serialization;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Serialization;

/// <summary>
/// Property-based tests (CsCheck): any request round-trips through the wire format exactly, including assigned
/// <see langword="null"/>s versus unassigned properties, any Unicode (astral planes, lone surrogates, control
/// characters, U+2028) and very long strings. A failing sample is shrunk and printed with its seed.
/// </summary>
public class WireRoundTripPropertyTests : StandInTest
{
    private static readonly PropertyInfo[] UpdateMeProperties = typeof(UpdateMeRequest)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != "EqualityContract")
        .ToArray();

    private static readonly PropertyInfo[] RegisterProperties = typeof(RegisterRequest)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != "EqualityContract")
        .ToArray();

    /// <summary>Any Unicode scalar value, weighted towards the interesting planes.</summary>
    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Gen.Char['\u0020', '\u007e'].Select(c => c.ToString())),
        (2, Gen.Char['\u0000', '\u001f'].Select(c => c.ToString())),
        (2, Gen.Int[0x80, 0xD7FF].Select(char.ConvertFromUtf32)),
        (1, Gen.Int[0xE000, 0xFFFF].Select(char.ConvertFromUtf32)),
        (2, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (1, Gen.OneOf(Gen.Const("\""), Gen.Const("\\"), Gen.Const("\u2028"), Gen.Const("\uFEFF"), Gen.Const("</script>"), Gen.Const("\u202E"))));

    /// <summary>Strings that are not valid UTF-16 (a lone surrogate): still round-trip, escaped.</summary>
    private static readonly Gen<string> LoneSurrogate = Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString());

    private static readonly Gen<string> Text = Gen.Frequency(
        (12, Scalar.Array[0, 12].Select(string.Concat)),
        (1, Gen.Const(string.Empty)),
        (1, Scalar.Array[3_000, 12_000].Select(string.Concat)));

    /// <summary>Requests where each property is left unassigned, assigned null or assigned a value (string or bool).</summary>
    private static readonly Gen<UpdateMeRequest> AnyUpdateMeRequest = UpdateMeRequests((_, roll) => roll % 3);

    /// <summary>
    /// Requests that about two times in three pass the SDK's validation and are sent: a field that can be cleared is
    /// assigned null one time in ten, but each of the ~37 fields that cannot be cleared only one time in 91 (assigning it
    /// null is what the SDK rejects). With 60 samples, "none sent" or "none rejected" has odds below 1e-10.
    /// </summary>
    private static readonly Gen<UpdateMeRequest> MostlyValidUpdateMeRequest = UpdateMeRequests((property, roll) =>
        CanBeCleared(property)
            ? (roll % 10) switch { < 6 => 0, 6 => 1, _ => 2 }
            : roll switch { < 60 => 0, 60 => 1, _ => 2 });

    /// <summary>
    /// Builds requests from one roll in [0, 90] per property; <paramref name="choose"/> turns a property and its roll
    /// into 0 (leave unassigned), 1 (assign null) or 2 (assign a value).
    /// </summary>
    private static Gen<UpdateMeRequest> UpdateMeRequests(Func<PropertyInfo, int, int> choose) =>
        Gen.Select(
                Gen.Int[0, 90].Array[UpdateMeProperties.Length].Select(rolls => rolls.Select((roll, i) => choose(UpdateMeProperties[i], roll)).ToArray()),
                Text.Array[UpdateMeProperties.Length],
                Gen.Bool.Array[UpdateMeProperties.Length])
            .Select((choices, texts, flags) =>
            {
                var request = new UpdateMeRequest();
                for (var i = 0; i < UpdateMeProperties.Length; i++)
                {
                    if (choices[i] == 0)
                    {
                        continue;
                    }

                    var property = UpdateMeProperties[i];
                    object? value = choices[i] == 1 ? null : property.PropertyType == typeof(bool?) ? flags[i] : texts[i];
                    property.SetValue(request, value);
                }

                return request;
            });

    private static readonly Gen<AmbassadorAddress> AnyAddress =
        Gen.Select(Text.Null(0.3), Text.Null(0.3), Text.Null(0.3), Text.Null(0.3), Text.Null(0.3), Text.Null(0.3), Text.Null(0.3))
            .Select((a, b, c, d, e, f, g) => new AmbassadorAddress { Latitude = a, Longitude = b, City = c, Postcode = d, Country = e, Street = f, Street2 = g });

    private static readonly Gen<RegisterRequest> AnyRegisterRequest =
        Gen.Select(
                Text.Array[4],
                Text.Null(0.5).Array[RegisterProperties.Length],
                Text.Null(0.2).Select(s => new AmbassadorRole { StatusRole = s }).Array[0, 3].Null(0.5),
                AnyAddress.Array[0, 3].Null(0.5))
            .Select((required, optional, roles, address) =>
            {
                var request = new RegisterRequest
                {
                    Firstname = required[0],
                    Lastname = required[1],
                    Email = "a" + required[2] + "@example.com",
                    Password = required[3],
                    Roles = roles,
                    Address = address,
                };
                for (var i = 0; i < RegisterProperties.Length; i++)
                {
                    var property = RegisterProperties[i];
                    if (property.PropertyType == typeof(string) && property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is null)
                    {
                        property.SetValue(request, optional[i]);
                    }
                }

                return request;
            });

    [Fact]
    public void AnyUpdateMeRequest_SerializedThenRead_IsTheSameRequest_WithExactlyTheAssignedFields()
    {
        AnyUpdateMeRequest.Sample(
            request =>
            {
                var json = JsonSerializer.Serialize(request, PopsellJsonContext.Default.UpdateMeRequest);
                var back = JsonSerializer.Deserialize(json, PopsellJsonContext.Default.UpdateMeRequest)!;

                back.Should().Be(request, "a request read back from its JSON has the same fields assigned, with the same values");
                var wire = JsonNode.Parse(json)!.AsObject();
                wire.Select(p => p.Key).Should().BeEquivalentTo(AssignedWireNames(request));
                foreach (var property in UpdateMeProperties.Where(p => Assigned(request, p)))
                {
                    var node = wire[WireName(property)];
                    var expected = property.GetValue(request);
                    if (expected is null)
                    {
                        node.Should().BeNull($"{property.Name} was assigned null, which is sent as JSON null");
                    }
                    else if (expected is bool flag)
                    {
                        node!.GetValue<bool>().Should().Be(flag);
                    }
                    else
                    {
                        node!.GetValue<string>().Should().Be((string)expected);
                    }
                }
            },
            iter: 300);
    }

    [Fact]
    public void AnyRegisterRequest_SerializedThenRead_IsTheSameRequest_AndSendsNoNulls()
    {
        AnyRegisterRequest.Sample(
            request =>
            {
                var json = JsonSerializer.Serialize(request, PopsellJsonContext.Default.RegisterRequest);
                var back = JsonSerializer.Deserialize(json, PopsellJsonContext.Default.RegisterRequest)!;

                AssertSameRegisterRequest(back, request);
                var wire = JsonNode.Parse(json)!.AsObject();
                wire.Where(p => p.Value is null).Should().BeEmpty("register never sends null: an unset property is left out");
                wire.Count.Should().Be(RegisterProperties.Count(p => p.GetValue(request) is not null));
            },
            iter: 300);
    }

    [Fact]
    public async Task AnyUpdateMeRequest_OverARealSocket_ArrivesExactly_NullsIncluded()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.MaxRetries = 0).WithAccessToken(seeded.AccessToken);
        var sent = 0;

        await MostlyValidUpdateMeRequest.SampleAsync(
            async request => sent += await SendAsync(
                PopsellRoute.UpdateMe,
                () => client.UpdateMeAsync(PopsellEnvironment.Manager, request),
                body => JsonSerializer.Deserialize(body, PopsellJsonContext.Default.UpdateMeRequest).Should().Be(request)),
            iter: 60,
            threads: 1);

        sent.Should().Be(60, "every sample is sent, also one that assigns null to a field the reference types as non-nullable: the server judges it");
    }

    [Fact]
    public async Task AnyRegisterRequest_OverARealSocket_ArrivesExactly()
    {
        var client = CreateClient(o => o.MaxRetries = 0);
        var sent = 0;

        await AnyRegisterRequest.SampleAsync(
            async request => sent += await SendAsync(
                PopsellRoute.Register,
                () => client.RegisterAsync(request),
                body => AssertSameRegisterRequest(JsonSerializer.Deserialize(body, PopsellJsonContext.Default.RegisterRequest)!, request)),
            iter: 60,
            threads: 1);

        sent.Should().Be(60);
    }

    /// <summary>
    /// Sends one generated request to a stand-in that answers 409 (so nothing is stored): exactly one request arrives, and
    /// <paramref name="assertBody"/> checks what it carried. Returns 1.
    /// </summary>
    private async Task<int> SendAsync(PopsellRoute route, Func<Task<Ambassador>> send, Action<string> assertBody)
    {
        Server.ClearJournal();
        Server.EnqueueFault(route, PopsellFault.Status(409));
        var error = await Record.ExceptionAsync(() => send().WaitAsync(TimeSpan.FromSeconds(20)));

        error.Should().BeOfType<PopsellApiException>().Which.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
        assertBody(Server.Requests.Should().ContainSingle().Which.Body);
        return 1;
    }

    [Fact]
    public async Task ALoneSurrogate_IsSentAsTheReplacementCharacter()
    {
        // Not valid UTF-16, so not representable in UTF-8 JSON: System.Text.Json substitutes U+FFFD. Documented in
        // docs/security.md; the exact round-trip properties above use well-formed strings only.
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient().WithAccessToken(seeded.AccessToken);

        await LoneSurrogate.SampleAsync(
            async surrogate =>
            {
                Server.ClearJournal();
                var ambassador = await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Description = "a" + surrogate + "b" });

                ambassador.Description.Should().Be("a\uFFFDb");
                Server.Requests.Should().ContainSingle().Which.BodyAsJson()!["description"]!.GetValue<string>().Should().Be("a\uFFFDb");
            },
            iter: 20,
            threads: 1);
    }

    [Fact]
    public void Generators_ProduceTheEdgeCasesTheyClaim()
    {
        // A generator that never yields long strings, nulls or astral characters would make the properties above weak.
        var samples = Text.Array[400].Single();
        samples.Should().Contain(s => s.Length >= 3_000);
        samples.Should().Contain(s => s.Length == 0);
        samples.Should().Contain(s => s.Any(char.IsSurrogate) && s.EnumerateRunes().Any(r => r.Value > 0xFFFF));
        var updates = AnyUpdateMeRequest.Array[20].Single();
        updates.Should().Contain(u => !u.AssignedFields.IsEmpty);
        updates.Should().Contain(u => UpdateMeProperties.Any(p => Assigned(u, p) && p.GetValue(u) == null));
    }

    private static int Field(PropertyInfo property) => UpdateMeRequestFields.PropertyNames.IndexOf(property.Name);

    private static bool CanBeCleared(PropertyInfo property) => UpdateMeRequestFields.Nullable[Field(property)];

    private static bool Assigned(UpdateMeRequest request, PropertyInfo property) => request.AssignedFields.Has(Field(property));

    private static string WireName(PropertyInfo property) => UpdateMeRequestFields.WireNames[Field(property)];

    private static IEnumerable<string> AssignedWireNames(UpdateMeRequest request) =>
        UpdateMeProperties.Where(p => Assigned(request, p)).Select(WireName);

    private static void AssertSameRegisterRequest(RegisterRequest actual, RegisterRequest expected)
    {
        foreach (var property in RegisterProperties.Where(p => p.PropertyType == typeof(string)))
        {
            property.GetValue(actual).Should().Be(property.GetValue(expected), property.Name);
        }

        SameItems(actual.Roles, expected.Roles, "Roles");
        SameItems(actual.Address, expected.Address, "Address");
    }

    /// <summary>Compares lists item by item (the items are records, so by value), keeping null and empty apart.</summary>
    private static void SameItems<T>(IReadOnlyList<T>? actual, IReadOnlyList<T>? expected, string name)
    {
        if (expected is null)
        {
            actual.Should().BeNull(name);
            return;
        }

        actual.Should().NotBeNull(name).And.Equal(expected, name);
    }
}
