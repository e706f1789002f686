using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary>
/// The server validates what the server owns: an email's format, an empty required field, a null item, <c>null</c> for a
/// field the reference does not document as nullable. The SDK sends them as they are, once, and the server's 422 reaches
/// the caller as the <see cref="ValidationProblemException"/> a form already handles.
/// </summary>
public class ServerOwnedValidationTests : StandInTest
{
    private sealed record Case(string Name, Func<IPopsellClient, Task> Act, PopsellRoute Route, string Field);

    private static readonly Case[] Cases =
    [
        new("register with an empty firstname", c => c.RegisterAsync(NewAmbassador() with { Firstname = "" }), PopsellRoute.Register, "firstname"),
        new("register with a white-space lastname", c => c.RegisterAsync(NewAmbassador() with { Lastname = " \t" }), PopsellRoute.Register, "lastname"),
        new("register with a null email", c => c.RegisterAsync(NewAmbassador() with { Email = null! }), PopsellRoute.Register, "email"),
        new("register with an empty password", c => c.RegisterAsync(NewAmbassador() with { Password = "" }), PopsellRoute.Register, "password"),
        new("register with an email without @", c => c.RegisterAsync(NewAmbassador() with { Email = "ada.example.com" }), PopsellRoute.Register, "email"),
        new("register with an email that ends with @", c => c.RegisterAsync(NewAmbassador() with { Email = "ada@" }), PopsellRoute.Register, "email"),
        new("update that clears the email", c => c.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Email = null }), PopsellRoute.UpdateMe, "email"),
        new("update that clears a boolean", c => c.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr", OptinCgu = null }), PopsellRoute.UpdateMe, "optin_cgu"),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task AValueOnlyTheServerCanJudge_IsSentOnce_AndItsAnswerIsAValidationProblem(string name)
    {
        var @case = Cases.Single(c => c.Name == name);
        var ada = Server.SeedAmbassador("ada.seed@example.com");
        var client = CreateClient(o => o.AccessToken = ada.AccessToken);

        var error = await Assert.ThrowsAsync<ValidationProblemException>(() => @case.Act(client));

        error.Errors.Should().ContainKey(@case.Field);
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        Server.CountRequests(@case.Route).Should().Be(1, "a 422 is the server's answer: it is not retried");
        Server.Requests.Single().BodyAsJson()!.AsObject().ContainsKey(@case.Field).Should().BeTrue("the SDK sends what the caller set");
    }

    [Fact]
    public async Task UpdateMeAsync_ClearingAFieldTheReferenceTypesAsNonNullable_SendsJsonNull()
    {
        // facebook_id is typed non-nullable by the (auto-generated, imperfect) reference, yet unlinking a Facebook
        // account is a real need: the SDK sends the null and lets the server decide.
        var ada = Server.SeedAmbassador("ada.fb@example.com");
        var client = CreateClient(o => o.AccessToken = ada.AccessToken);

        await Record.ExceptionAsync(() => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { FacebookId = null }));

        var body = Server.Requests.Single().BodyAsJson()!.AsObject();
        body.Should().ContainSingle();
        body.ContainsKey("facebook_id").Should().BeTrue();
        body["facebook_id"].Should().BeNull("an assigned null is sent as JSON null");
    }
}
