using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary>
/// Every public entry point of <see cref="IPopsellClient"/>, on the client and on a <see cref="IPopsellClient.WithAccessToken"/>
/// view, rejects what breaks the SDK's own contract (a null request, an undefined enum value, a malformed token) with an
/// argument exception that names the parameter, before anything is sent. What only the server can judge is sent:
/// <see cref="ServerOwnedValidationTests"/>.
/// </summary>
public class ArgumentValidationTests : StandInTest
{
    private sealed record Case(string Name, Func<IPopsellClient, Task> Act, Type Exception, string? ParamName, string MessagePart);

    private static readonly Case[] Cases =
    [
        new("register with a null request", c => c.RegisterAsync(null!), typeof(ArgumentNullException), "request", "request"),
        new("update with a null request", c => c.UpdateMeAsync(PopsellEnvironment.Manager, null!), typeof(ArgumentNullException), "request", "request"),
        new("update with an undefined environment", c => c.UpdateMeAsync((PopsellEnvironment)2, new UpdateMeRequest { Lang = "fr" }), typeof(ArgumentOutOfRangeException), "environment", "PopsellEnvironment.Manager or PopsellEnvironment.Widget"),
        new("update with a negative environment", c => c.UpdateMeAsync((PopsellEnvironment)(-1), new UpdateMeRequest { Lang = "fr" }), typeof(ArgumentOutOfRangeException), "environment", "PopsellEnvironment.Manager or PopsellEnvironment.Widget"),
        new("a view with a null token", c => Task.FromResult(c.WithAccessToken(null!)), typeof(ArgumentNullException), "accessToken", "accessToken"),
        new("a view with an empty token", c => Task.FromResult(c.WithAccessToken("")), typeof(ArgumentException), "accessToken", "accessToken"),
        new("a view with a white-space token", c => Task.FromResult(c.WithAccessToken("   ")), typeof(ArgumentException), "accessToken", "white space or control characters"),
        new("a view with a control character in the token", c => Task.FromResult(c.WithAccessToken("pst_abc\u0000")), typeof(ArgumentException), "accessToken", "white space or control characters"),
    ];

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Cases)
        {
            data.Add("client", c.Name);
            data.Add("view", c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task EveryPublicEntryPoint_WithBadInput_ThrowsAnArgumentExceptionNamingIt_BeforeAnythingIsSent(string on, string name)
    {
        var @case = Cases.Single(c => c.Name == name);
        var client = CreateClient(o => o.AccessToken = "pst_fixed-token");
        IPopsellClient target = on == "view" ? client.WithAccessToken("pst_view-token") : client;

        var error = await Record.ExceptionAsync(() => @case.Act(target));

        error.Should().BeOfType(@case.Exception);
        var argument = (ArgumentException)error!;
        argument.ParamName.Should().Be(@case.ParamName);
        argument.Message.Should().Contain(@case.MessagePart);
        argument.Message.Should().NotContain("correct-horse-battery").And.NotContain("pst_");
        Server.Requests.Should().BeEmpty("bad input is rejected before anything is sent");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheProviderGivesAMalformedToken_ThrowsInvalidOperationWithoutSendingOrEchoingIt()
    {
        var client = CreateClient(o => o.AccessTokenProvider = _ => ValueTask.FromResult<string?>("pst_secret token"));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<InvalidOperationException>()).Which;

        error.Message.Should().Be("The access token from PopsellClientOptions.AccessTokenProvider contains white space or control characters, so it cannot be sent as a bearer token.");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateMeAsync_WithNoTokenAtAll_ThrowsInvalidOperationBeforeAnythingIsSent()
    {
        var client = CreateClient(o => o.AccessToken = null);

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<InvalidOperationException>()).Which;

        error.Message.Should().StartWith("No access token: PATCH /{environment}/me needs a bearer token.");
        Server.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("pst_two words")]
    public void Constructor_WithAnEmptyOrMalformedFixedToken_ThrowsArgumentExceptionNamingTheOption(string token)
    {
        var act = () => new PopsellClient(Options(o => o.AccessToken = token));

        act.Should().Throw<ArgumentException>().WithParameterName("options")
            .Which.Message.Should().Contain("PopsellClientOptions.AccessToken must not be empty or contain white space or control characters.")
            .And.NotContain("pst_two");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheProviderGivesNothing_NamesTheProviderAndTheRoute()
    {
        var client = CreateClient(o => o.AccessTokenProvider = _ => ValueTask.FromResult<string?>(" "));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<InvalidOperationException>()).Which;

        error.Message.Should().Be("PopsellClientOptions.AccessTokenProvider gave no access token: PATCH /{environment}/me needs a bearer token for the connected ambassador.");
        Server.Requests.Should().BeEmpty();
    }
}
