using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Documentation;

// The README's example of a consumer's own test with Popsell.Client.Testing: it runs here as it is shown there.
#region snippet: consumer-test
public sealed class RegistrationTests : IAsyncLifetime
{
    private PopsellTestServer _server = null!;

    public async Task InitializeAsync() => _server = await PopsellTestServer.StartAsync(
        new PopsellTestServerOptions { Domain = "brand.example" });   // X-Popsell-Domain that register accepts

    public async Task DisposeAsync() => await _server.DisposeAsync();   // aborts stalled requests, never hangs

    [Fact]
    public async Task Register_WhenTheConnectionDropsAfterCommit_IsNotRepeated()
    {
        using var client = new PopsellClient(new PopsellClientOptions
        {
            BaseAddress = _server.BaseAddress,                         // http://127.0.0.1:{port}/api/v2/
            Domain = _server.Domain,
        });
        var ada = _server.SeedAmbassador("ada@example.com");          // id + a fresh bearer token ("pst_...")
        _server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetConnection().AfterProcessing());

        var grace = new RegisterRequest { Firstname = "Grace", Lastname = "Hopper", Email = "grace@example.com", Password = "correct-horse-battery" };
        var error = await Assert.ThrowsAsync<PopsellApiException>(() => client.RegisterAsync(grace));

        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        _server.CountRequests(PopsellRoute.Register).Should().Be(1);  // no blind retry of a POST
        _server.AmbassadorCount.Should().Be(2);                        // the server did create it
        var sent = _server.Requests.Last();                            // snapshot of the journal
        sent.Headers["X-Popsell-Domain"].Should().Be(_server.Domain);
        sent.BodyAsJson()!["email"]!.GetValue<string>().Should().Be("grace@example.com");   // the wire names the SDK sent

        var me = await client.WithAccessToken(ada.AccessToken)
            .UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });
        _server.GetAmbassador(ada.IdAmbassador)!["lang"]!.GetValue<string>().Should().Be(me.Lang);
    }
}
#endregion
