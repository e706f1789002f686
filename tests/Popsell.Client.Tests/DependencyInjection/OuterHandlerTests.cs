using Microsoft.Extensions.DependencyInjection;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.DependencyInjection;

/// <summary>
/// A handler a user puts in front of the SDK's pipeline (through the returned <see cref="IHttpClientBuilder"/>) that
/// replaces the response body: the SDK cannot read what its own handler did not buffer, and says so, as an answer of a
/// server that acted.
/// </summary>
public class OuterHandlerTests : StandInTest
{
    private sealed class ReplacingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.Content = new StringContent("""{"id_ambassador":1}""", System.Text.Encoding.UTF8, "application/json");
            return response;
        }
    }

    [Fact]
    public async Task AnOuterHandlerThatReplacesTheBody_GivesAnErrorSayingThePopsellHandlerDidNotReadIt()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; })
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Insert(0, new ReplacingHandler()));
        await using var provider = services.BuildServiceProvider();

        var error = (await FluentActions.Invoking(() => provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador()))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        error.Message.Should().Contain("the response was not read by the Popsell handler");
        Server.CountRequests(Popsell.Client.Testing.PopsellRoute.Register).Should().Be(1);
    }
}
