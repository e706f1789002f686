using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>Faults that answer with a chosen response: statuses, Retry-After, raw bodies, redirects and large bodies.</summary>
public sealed class PopsellTestServerFaultTests : StandInServerTestBase
{
    [Fact]
    public async Task StatusFault_AnswersWithLaravelLikeBodyAndRetryAfterSeconds_WithoutProcessing()
    {
        Server.EnqueueFault(PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(2.5)));

        using var faulted = await RegisterAsync(ValidRegistration());
        using var normal = await RegisterAsync(ValidRegistration());

        faulted.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        faulted.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        faulted.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await faulted.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Service Unavailable\"}");
        normal.StatusCode.Should().Be(HttpStatusCode.Created);
        Server.AmbassadorCount.Should().Be(1);
        var journal = Server.Requests;
        journal[0].Fault.Should().NotBeNull();
        journal[0].Fault!.Kind.Should().Be("Status");
        journal[0].Fault!.StatusCode.Should().Be(503);
        journal[1].Fault.Should().BeNull();
    }

    [Fact]
    public async Task StatusFault_WithCustomBody_SendsItVerbatim()
    {
        Server.EnqueueFault(PopsellFault.Status(429, "{\"message\":\"Too Many Attempts.\"}"));

        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"message\":\"Too Many Attempts.\"}");
        response.Headers.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task RetryAfterDateFault_SendsAnHttpDate()
    {
        var retryAt = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        Server.EnqueueFault(PopsellFault.StatusWithRetryAfterDate(429, retryAt));

        using var response = await RegisterAsync(ValidRegistration());

        response.Headers.GetValues("Retry-After").Single().Should().Be("Wed, 02 Jan 2030 01:04:05 GMT");
        response.Headers.RetryAfter!.Date.Should().Be(retryAt);
    }

    [Fact]
    public async Task RawRetryAfterFault_SendsTheMalformedValueAsIs()
    {
        Server.EnqueueFault(PopsellFault.StatusWithRawRetryAfter(503, "soon-ish"));

        using var response = await RegisterAsync(ValidRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryGetValues("Retry-After", out var values).Should().BeTrue();
        values!.Single().Should().Be("soon-ish");
    }

    [Theory]
    [InlineData(200, "text/html; charset=UTF-8", "<html><body>Maintenance</body></html>")]
    [InlineData(200, "application/json", "{\"id_ambassador\":1,\"first")]
    [InlineData(200, "", "")]
    [InlineData(502, "text/plain", "Bad Gateway")]
    public async Task BodyFault_SendsExactlyThatStatusContentTypeAndBody(int status, string contentType, string body)
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(status, contentType, body));

        using var response = await RegisterAsync(ValidRegistration());

        ((int)response.StatusCode).Should().Be(status);
        (response.Content.Headers.ContentType?.ToString() ?? string.Empty).Should().Be(contentType);
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
        Server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task RedirectFault_SendsTheLocation()
    {
        using var http = CreateClient(Server, allowRedirects: false);
        Server.EnqueueFault(PopsellFault.Redirect(302, new Uri("https://login.example/")));

        using var response = await http.SendAsync(RegisterRequest(ValidRegistration(), Domain));

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location.Should().Be(new Uri("https://login.example/"));
        Server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task StatusFault_AfterProcessing_AppliesThePatchButAnswersWithTheFault()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(500).AfterProcessing());

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace" });

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await ReadObjectAsync(response))["message"]!.GetValue<string>().Should().Be("Internal Server Error");
        Server.GetAmbassador(ambassador.IdAmbassador)!["firstname"]!.GetValue<string>().Should().Be("Grace");
        Server.Requests.Single().Fault!.ProcessesRequest.Should().BeTrue();
    }

    [Fact]
    public async Task LargeBodyFault_SendsAValidAmbassadorOfAboutTheRequestedSize()
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.LargeBody(200, 1_000_000));

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { ["firstname"] = "Grace" });

        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeCloseTo(1_000_000, 16);
        var body = JsonNode.Parse(bytes)!.AsObject();
        body["id_ambassador"]!.GetValue<int>().Should().Be(ambassador.IdAmbassador);
        body["description"]!.GetValue<string>().Length.Should().BeGreaterThan(990_000);
        Server.GetAmbassador(ambassador.IdAmbassador)!["firstname"]!.GetValue<string>().Should().Be("Ada", "the fault replaced the processing");
    }

    [Fact]
    public void Faults_DescribeThemselves_AndValidateTheirArguments()
    {
        PopsellFault.Status(503, retryAfter: TimeSpan.FromSeconds(5)).ToString().Should().Be("Status 503 (Retry-After: 5)");
        PopsellFault.ResetConnection().AfterProcessing().ToString().Should().Be("ResetConnection after processing");
        PopsellFault.Redirect(301, new Uri("/elsewhere", UriKind.Relative)).ToString().Should().Be("Redirect 301 to /elsewhere");
        PopsellFault.Delay(TimeSpan.FromSeconds(1)).ProcessesRequest.Should().BeTrue();
        PopsellFault.HeadersNeverCome().ProcessesRequest.Should().BeFalse();

        var original = PopsellFault.StallBody();
        original.AfterProcessing().IsAfterProcessing.Should().BeTrue();
        original.IsAfterProcessing.Should().BeFalse("AfterProcessing returns a copy");

        FluentActions.Invoking(() => PopsellFault.Status(99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PopsellFault.Redirect(200, new Uri("https://x.example/"))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PopsellFault.LargeBody(200, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
