using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>The order in which queued faults are taken, by route, and clearing them.</summary>
public sealed class PopsellTestServerFaultQueueTests : StandInServerTestBase
{
    [Fact]
    public async Task RouteSpecificFaults_ApplyOnlyToTheirRoute_AndComeBeforeAnyRouteFaults_InFifoOrder()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellFault.Status(502));
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(504));
        Server.CountPendingFaults().Should().Be(3);

        using var patch1 = await PatchAsync(ambassador.AccessToken, new JsonObject());
        using var register1 = await RegisterAsync(ValidRegistration("one@example.com"));
        using var register2 = await RegisterAsync(ValidRegistration("two@example.com"));
        using var register3 = await RegisterAsync(ValidRegistration("three@example.com"));
        using var patch2 = await PatchAsync(ambassador.AccessToken, new JsonObject());

        patch1.StatusCode.Should().Be(HttpStatusCode.BadGateway, "the Any fault goes to the first request whatever its route");
        register1.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        register2.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        register3.StatusCode.Should().Be(HttpStatusCode.Created);
        patch2.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.CountPendingFaults().Should().Be(0);
    }

    [Fact]
    public async Task RouteSpecificFault_IsTakenBeforeAnEarlierAnyFault()
    {
        Server.EnqueueFault(PopsellFault.Status(502));
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));

        using var first = await RegisterAsync(ValidRegistration());
        using var second = await RegisterAsync(ValidRegistration());

        first.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        second.StatusCode.Should().Be(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task ClearFaults_RemovesEveryQueuedFault()
    {
        Server.EnqueueFault(PopsellFault.ResetConnection());
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetConnection());
        Server.ClearFaults();

        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        Server.CountPendingFaults().Should().Be(0);
    }
}
