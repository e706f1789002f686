using System.Diagnostics;
using System.Net;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>Faults of time and of the connection: delays, resets before headers and mid-body, headers that never come, stalls.</summary>
public sealed class PopsellTestServerConnectionFaultTests : StandInServerTestBase
{
    [Fact]
    public async Task DelayFault_WaitsThenProcessesNormally()
    {
        Server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromMilliseconds(300)));
        var stopwatch = Stopwatch.StartNew();

        using var response = await RegisterAsync(ValidRegistration());

        stopwatch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task DelayFault_WhenTheClientGivesUp_DoesNotProcessTheRequest()
    {
        Server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromSeconds(2)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => Http.SendAsync(RegisterRequest(ValidRegistration(), Domain), timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Server.AmbassadorCount.Should().Be(0);
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
    }

    [Fact]
    public async Task DelayFault_AfterProcessing_CommitsBeforeTheClientGivesUp()
    {
        Server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromSeconds(5)).AfterProcessing());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => Http.SendAsync(RegisterRequest(ValidRegistration(), Domain), timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task ResetConnectionFault_ThrowsHttpRequestException_AndChangesNothing()
    {
        Server.EnqueueFault(PopsellFault.ResetConnection());

        var act = () => Http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        await act.Should().ThrowAsync<HttpRequestException>();
        Server.AmbassadorCount.Should().Be(0);
        Server.Requests.Single().Fault!.Kind.Should().Be("ResetConnection");
    }

    [Fact]
    public async Task ResetConnectionFault_AfterProcessing_CreatesTheAmbassadorButTheClientSeesAReset()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.ResetConnection().AfterProcessing());

        var act = () => Http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        await act.Should().ThrowAsync<HttpRequestException>();
        Server.AmbassadorCount.Should().Be(1);
        Server.GetAmbassador(1)!["email"]!.GetValue<string>().Should().Be("ada@example.com");

        using var retry = await RegisterAsync(ValidRegistration());
        retry.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "a blind retry of the registration is refused as a duplicate");
        (await ReadObjectAsync(retry))["errors"]!["email"]![0]!.GetValue<string>().Should().Be("The email has already been taken.");
    }

    [Fact]
    public async Task ResetMidBodyFault_SendsHeadersAndHalfTheBody_ThenAborts()
    {
        Server.EnqueueFault(PopsellFault.ResetMidBody());

        using var response = await Http.SendAsync(RegisterRequest(ValidRegistration(), Domain), HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var announced = response.Content.Headers.ContentLength!.Value;
        var stream = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var read = async () =>
        {
            var buffer = new byte[1024];
            int count;
            while ((count = await stream.ReadAsync(buffer)) > 0)
            {
                received += count;
            }
        };

        await read.Should().ThrowAsync<IOException>();
        received.Should().BeGreaterThan(0).And.BeLessThan((int)announced);
        Server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task ResetMidBodyFault_WhenTheClientBuffersTheBody_ThrowsHttpRequestException()
    {
        Server.EnqueueFault(PopsellFault.ResetMidBody(201));

        var act = () => Http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task HeadersNeverComeFault_HangsUntilTheClientGivesUp_AndIsJournaled()
    {
        Server.EnqueueFault(PopsellFault.HeadersNeverCome());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => Http.SendAsync(RegisterRequest(ValidRegistration(), Domain), timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        Server.Requests.Single().Fault!.Kind.Should().Be("HeadersNeverCome");
        using var next = await RegisterAsync(ValidRegistration());
        next.StatusCode.Should().Be(HttpStatusCode.Created, "the fault applied to one request only");
    }

    [Fact]
    public async Task StallBodyFault_SendsHeadersThenStalls()
    {
        Server.EnqueueFault(PopsellFault.StallBody());
        using var response = await Http.SendAsync(RegisterRequest(ValidRegistration(), Domain), HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => response.Content.ReadAsStringAsync(timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
