using System.Diagnostics;
using System.Net;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>The stand-in under concurrent requests, and its disposal with requests still in flight.</summary>
public sealed class PopsellTestServerConcurrencyTests : StandInServerTestBase
{
    [Fact]
    public async Task ConcurrentRegistrations_AllSucceedWithDistinctSequentialIds()
    {
        const int count = 200;
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var response = await RegisterAsync(ValidRegistration($"user{i}@example.com"));
            return (response.StatusCode, Body: await ReadObjectAsync(response));
        }));

        responses.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.Created);
        responses.Select(response => response.Body["id_ambassador"]!.GetValue<int>())
            .Should().BeEquivalentTo(Enumerable.Range(1, count));
        Server.AmbassadorCount.Should().Be(count);
        Server.CountRequests(PopsellRoute.Register).Should().Be(count);
    }

    [Fact]
    public async Task ConcurrentRegistrations_WithTheSameEmail_CreateExactlyOneAmbassador()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await RegisterAsync(ValidRegistration());
            return response.StatusCode;
        }));

        statuses.Count(status => status == HttpStatusCode.Created).Should().Be(1);
        statuses.Count(status => status == HttpStatusCode.UnprocessableEntity).Should().Be(49);
        Server.AmbassadorCount.Should().Be(1);
    }

    [Fact]
    public async Task Dispose_WithStalledRequestsInFlight_DoesNotHang()
    {
        var server = await PopsellTestServer.StartAsync();
        using var http = CreateClient(server, timeout: TimeSpan.FromSeconds(30));
        server.EnqueueFault(PopsellFault.HeadersNeverCome());
        server.EnqueueFault(PopsellFault.StallBody());
        server.EnqueueFault(PopsellFault.Delay(TimeSpan.FromMinutes(5)));
        var hanging = http.SendAsync(RegisterRequest(ValidRegistration("a@example.com"), Domain));
        var stalled = http.SendAsync(RegisterRequest(ValidRegistration("b@example.com"), Domain));
        var delayed = http.SendAsync(RegisterRequest(ValidRegistration("c@example.com"), Domain));
        await server.WaitForRequestCountAsync(3).WaitAsync(TimeSpan.FromSeconds(10));
        var stopwatch = Stopwatch.StartNew();

        await server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        var all = Task.WhenAll(hanging, stalled, delayed);
        await FluentActions.Awaiting(() => all.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<HttpRequestException>();
        server.Dispose();
        await server.DisposeAsync();
        server.AmbassadorCount.Should().Be(0);
    }
}
