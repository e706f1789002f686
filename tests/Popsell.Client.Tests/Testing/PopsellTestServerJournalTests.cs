using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>The stand-in's journal of the requests it received, its counts, and waiting for a request to arrive.</summary>
public sealed class PopsellTestServerJournalTests : StandInServerTestBase
{
    [Fact]
    public async Task Journal_RecordsMethodPathRouteHeadersAndBody_InArrivalOrder()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        using (await RegisterAsync(ValidRegistration("grace@example.com")))
        {
        }

        using (await PatchAsync(ambassador.AccessToken, new JsonObject { ["lang"] = "fr" }, "widget"))
        {
        }

        using (await Http.GetAsync(new Uri("nothing/here?x=1", UriKind.Relative)))
        {
        }

        var requests = Server.Requests;
        requests.Should().HaveCount(3);

        var register = requests[0];
        register.Method.Should().Be("POST");
        register.Path.Should().Be("/api/v2/auth/register");
        register.Route.Should().Be(PopsellRoute.Register);
        register.Headers["x-popsell-domain"].Should().Be(Domain);
        register.GetHeader("CONTENT-TYPE").Should().StartWith("application/json");
        register.BodyAsJson()!["email"]!.GetValue<string>().Should().Be("grace@example.com");
        register.Fault.Should().BeNull();
        register.ToString().Should().NotContain("correct-horse-battery");

        var patch = requests[1];
        patch.Method.Should().Be("PATCH");
        patch.Path.Should().Be("/api/v2/widget/me");
        patch.Route.Should().Be(PopsellRoute.UpdateMe);
        patch.Headers["Authorization"].Should().Be("Bearer " + ambassador.AccessToken);
        patch.Body.Should().Be("{\"lang\":\"fr\"}");

        var unknown = requests[2];
        unknown.Route.Should().Be(PopsellRoute.Any);
        unknown.Path.Should().Be("/api/v2/nothing/here");
        unknown.Query.Should().Be("?x=1");
        unknown.Body.Should().BeEmpty();
        unknown.BodyAsJson().Should().BeNull();
        requests.Select(request => request.ReceivedAt).Should().BeInAscendingOrder();

        Server.CountRequests(PopsellRoute.Any).Should().Be(3);
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task Journal_IsASnapshot_AndClearJournalEmptiesIt()
    {
        using (await RegisterAsync(ValidRegistration()))
        {
        }

        var snapshot = Server.Requests;
        Server.ClearJournal();

        snapshot.Should().HaveCount(1);
        Server.Requests.Should().BeEmpty();
        Server.CountRequests(PopsellRoute.Register).Should().Be(0);
        Server.AmbassadorCount.Should().Be(1, "clearing the journal keeps the ambassadors");
    }

    [Fact]
    public async Task RecordRequestsOff_KeepsNoEntries_ButStillCountsWaitsAndAppliesFaults()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { Domain = Domain, RecordRequests = false });
        using var http = CreateClient(server);
        server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));

        using var faulted = await http.SendAsync(RegisterRequest(ValidRegistration(), Domain));
        using var created = await http.SendAsync(RegisterRequest(ValidRegistration(), Domain));
        await server.WaitForRequestCountAsync(2, PopsellRoute.Register).WaitAsync(TimeSpan.FromSeconds(10));

        faulted.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "queued faults still apply");
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        server.AmbassadorCount.Should().Be(1);
        server.CountRequests(PopsellRoute.Register).Should().Be(2);
        server.CountRequests(PopsellRoute.Any).Should().Be(2);
        server.Requests.Should().BeEmpty("the server was told to keep nothing per request");
        new PopsellTestServerOptions().RecordRequests.Should().BeTrue("the journal is on unless turned off");
    }

    [Fact]
    public async Task WaitForRequestCountAsync_CompletesWhenTheRequestArrives()
    {
        var waiting = Server.WaitForRequestCountAsync(1, PopsellRoute.UpdateMe);
        waiting.IsCompleted.Should().BeFalse();

        using (await Http.PatchAsync(new Uri("manager/me", UriKind.Relative), JsonContent(new JsonObject())))
        {
        }

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
