using System.Net;
using System.Net.Sockets;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Http;

/// <summary>Which failures are retried, on which route, and for how many attempts.</summary>
public class ResilienceRetryTests : ResilienceTestBase
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task UpdateMeAsync_WhenServerReturnsATransientStatus_RetriesThenSucceeds(int status)
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(status));

        var ambassador = await Update(client);

        ambassador.Lang.Should().Be("fr");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task UpdateMeAsync_WhenServerReturnsAClientError_DoesNotRetry(int status)
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(status));

        await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>();

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenEveryAttemptFails_GivesUpAfterMaxRetriesWithTheLastStatus()
    {
        var client = UpdateClient(o => o.MaxRetries = 2);
        for (var i = 0; i < 5; i++)
        {
            Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(502));
        }

        var error = (await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        error.Attempts.Should().Be(3);
        error.Message.Should().Contain("(3 attempts)");
        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(3);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheConnectionIsResetBeforeHeaders_RetriesThenSucceeds()
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetConnection());

        (await Update(client)).Lang.Should().Be("fr");

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheBodyIsCutMidway_RetriesThenSucceeds()
    {
        var client = UpdateClient();
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.ResetMidBody());

        (await Update(client)).Lang.Should().Be("fr");

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(2);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task RegisterAsync_WhenServerRefusesWith429Or503_RetriesAndCreatesOneAmbassador(int status)
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(status));

        await CreateClient().RegisterAsync(NewAmbassador());

        Server.CountRequests(PopsellRoute.Register).Should().Be(2);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task RegisterAsync_WhenTheServerMayHaveCreatedTheAmbassador_DoesNotRetry(int status)
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(status).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        error.Message.Should().Contain("may have been created");
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.AmbassadorCount.Should().Be(1, "the server created it once; the SDK did not send it again");
    }

    [Fact]
    public async Task RegisterAsync_WhenTheConnectionIsResetAfterTheServerCommitted_DoesNotRetry()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetConnection().AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)0);
        error.InnerException.Should().BeAssignableTo<HttpRequestException>();
        error.RequestMayHaveBeenProcessed.Should().BeTrue();
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheBodyIsCutAfterA201_DoesNotRetry_AndSaysTheAmbassadorWasCreated()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetMidBody(201).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Created);
        error.Message.Should().Contain("201").And.Contain("could not be read").And.Contain("may have been created");
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheConnectionIsRefused_RetriesBecauseNothingWasSent()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = CreateClient(o => { o.BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v2/"); o.MaxRetries = 2; });

        var error = (await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)0);
        error.Attempts.Should().Be(3, "a connection that was never established cannot have created an ambassador");
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        error.Message.Should().Contain("got no answer");
    }

    [Fact]
    public async Task UpdateMeAsync_WithMaxRetriesZero_TriesOnce()
    {
        var client = UpdateClient(o => o.MaxRetries = 0);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        await client.Invoking(c => Update(c)).Should().ThrowAsync<PopsellApiException>();

        Server.CountRequests(PopsellRoute.UpdateMe).Should().Be(1);
    }
}
