using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Diagnostics;

public class PopsellTelemetryTests : StandInTest
{
    private const string Duration = "popsell.client.request.duration";
    private const string Retries = "popsell.client.request.retries";

    private TelemetryCapture Capture(object? meterScope = null) => Own(new TelemetryCapture(Server.BaseAddress.Port, meterScope));

    [Fact]
    public async Task RegisterAsync_WhenItSucceeds_RecordsOneClientSpanTaggedWithRouteStatusAndAttempts()
    {
        var capture = Capture();
        var client = CreateClient();

        await client.RegisterAsync(NewAmbassador());

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.Source.Name.Should().Be("Popsell.Client");
        span.Kind.Should().Be(ActivityKind.Client);
        span.DisplayName.Should().Be("POST /auth/register");
        span.Status.Should().Be(ActivityStatusCode.Unset);
        span.GetTagItem("http.request.method").Should().Be("POST");
        span.GetTagItem("url.template").Should().Be("/auth/register");
        span.GetTagItem("popsell.operation").Should().Be("register");
        span.GetTagItem("popsell.environment").Should().BeNull("register has no environment");
        span.GetTagItem("server.address").Should().Be("127.0.0.1");
        span.GetTagItem("http.response.status_code").Should().Be(201);
        span.GetTagItem("popsell.attempts").Should().Be(1);
        span.GetTagItem("error.type").Should().BeNull();
    }

    [Fact]
    public async Task UpdateMeAsync_WhenServerReturns503Once_RecordsTwoAttemptsARetryEventAndARetryCount()
    {
        var capture = Capture();
        var seeded = Server.SeedAmbassador("grace@example.com");
        var client = CreateClient().WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        await client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr" });

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.DisplayName.Should().Be("PATCH /widget/me");
        span.GetTagItem("url.template").Should().Be("/{environment}/me", "the route template, not the path: its environment is popsell.environment");
        span.GetTagItem("popsell.operation").Should().Be("update_me");
        span.GetTagItem("popsell.environment").Should().Be("widget");
        span.GetTagItem("http.response.status_code").Should().Be(200);
        span.GetTagItem("popsell.attempts").Should().Be(2);
        span.Status.Should().Be(ActivityStatusCode.Unset, "the call succeeded in the end");
        var retry = span.Events.Should().ContainSingle(e => e.Name == "popsell.retry").Subject;
        retry.Tags.Should().Contain(new KeyValuePair<string, object?>("error.type", "503"))
            .And.Contain(new KeyValuePair<string, object?>("popsell.attempt", 1), "the event describes the attempt that failed")
            .And.ContainKey("popsell.retry.delay");

        var retries = capture.Of(Retries).Should().ContainSingle().Subject;
        retries.Value.Should().Be(1);
        retries.Tags["error.type"].Should().Be("503");
        retries.Tags["http.request.method"].Should().Be("PATCH");
        retries.Tags["url.template"].Should().Be("/{environment}/me");

        var duration = capture.Of(Duration).Should().ContainSingle().Subject;
        duration.Instrument.Unit.Should().Be("s");
        duration.Value.Should().BeGreaterThan(0).And.BeLessThan(20);
        duration.Tags["http.response.status_code"].Should().Be(200);
        duration.Tags.Should().NotContainKey("error.type");
        duration.Tags["popsell.environment"].Should().Be("widget");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenValidationFails_MarksTheSpanAsAnErrorOfType422()
    {
        var capture = Capture();
        var seeded = Server.SeedAmbassador("grace@example.com");
        var client = CreateClient().WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(422));

        await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<ValidationProblemException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.DisplayName.Should().Be("PATCH /manager/me");
        span.GetTagItem("url.template").Should().Be("/{environment}/me");
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be("422");
        span.GetTagItem("http.response.status_code").Should().Be(422);
        span.GetTagItem("popsell.attempts").Should().Be(1);
        capture.Of(Retries).Should().BeEmpty("a 422 is not retried");
        capture.Of(Duration).Should().ContainSingle().Which.Tags["error.type"].Should().Be("422");
    }

    [Fact]
    public async Task RegisterAsync_WhenTheBodyIsNotAnAmbassador_RecordsErrorTypeInvalidBody()
    {
        var capture = Capture();
        var client = CreateClient();
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(200, "text/html", "<html>maintenance</html>"));

        await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be("invalid_body");
        span.GetTagItem("http.response.status_code").Should().Be(200);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheConnectionIsRefused_CountsEachRetryAsAConnectionError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var capture = new TelemetryCapture(port);
        var client = CreateClient(o => { o.BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v2/"); o.MaxRetries = 2; });

        await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be("connection_error");
        span.GetTagItem("http.response.status_code").Should().BeNull("no response came");
        span.GetTagItem("popsell.attempts").Should().Be(3);
        capture.Of(Retries).Should().HaveCount(2).And.OnlyContain(m => (string?)m.Tags["error.type"] == "connection_error");
        capture.Of(Duration).Should().ContainSingle().Which.Tags["error.type"].Should().Be("connection_error");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheServerNeverAnswers_RecordsErrorTypeTimeout()
    {
        var capture = Capture();
        var seeded = Server.SeedAmbassador("grace@example.com");
        var client = CreateClient(o => { o.MaxRetries = 0; o.AttemptTimeout = TimeSpan.FromMilliseconds(300); }).WithAccessToken(seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.HeadersNeverCome());

        await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<TimeoutException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be("timeout");
    }

    [Fact]
    public async Task RegisterAsync_WhenTheCallerCancels_RecordsTheCancellationType()
    {
        var capture = Capture();
        var client = CreateClient();
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.HeadersNeverCome());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await client.Invoking(c => c.RegisterAsync(NewAmbassador(), cts.Token)).Should().ThrowAsync<OperationCanceledException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        ((string?)span.GetTagItem("error.type")).Should().EndWith("CanceledException");
    }

    [Fact]
    public async Task Calls_InsideACallersSpan_AreItsChildren()
    {
        var capture = Capture();
        using var source = new ActivitySource("Popsell.Client.Tests.Caller");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s == source,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var client = CreateClient();

        using (var parent = source.StartActivity("signup"))
        {
            await client.RegisterAsync(NewAmbassador());
            capture.Spans.Should().ContainSingle().Which.ParentSpanId.Should().Be(parent!.SpanId);
        }
    }

    [Fact]
    public async Task Telemetry_ForFailingAndSucceedingCalls_CarriesNoEmailPasswordOrToken()
    {
        var capture = Capture();
        var seeded = Server.SeedAmbassador("grace.hopper@example.com", password: "s3cret-Passw0rd!");
        var client = CreateClient();
        var register = NewAmbassador("ada.lovelace@example.com") with { Password = "another-s3cret-pass" };
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));
        await client.RegisterAsync(register);
        await client.Invoking(c => c.RegisterAsync(register)).Should().ThrowAsync<ValidationProblemException>("the email is taken now");
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(500));
        await client.WithAccessToken(seeded.AccessToken).UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Email = "new.grace@example.com" });
        await client.WithAccessToken("not-a-real-token-abc123").Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>();

        var values = capture.AllTagValues().ToList();
        capture.Spans.Should().HaveCount(4);
        capture.Of(Retries).Should().HaveCount(2);
        values.Should().NotBeEmpty();
        foreach (var secret in new[] { "ada.lovelace", "grace", "example.com", "s3cret", "another-s3cret-pass", seeded.AccessToken, "not-a-real-token" })
        {
            values.Should().NotContain(v => v.Contains(secret, StringComparison.OrdinalIgnoreCase), $"no tag may carry {secret}");
        }
    }

    [Fact]
    public async Task AddPopsellClient_RecordsMeasurementsOnTheContainersMeterFactory()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o =>
        {
            o.BaseAddress = Server.BaseAddress;
            o.Domain = Server.Domain;
        });
        await using var provider = services.BuildServiceProvider();
        var meterFactory = provider.GetRequiredService<IMeterFactory>();
        var capture = Capture(meterScope: meterFactory);

        await provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador());

        capture.Of(Duration).Should().ContainSingle("the container's meter, not the process-wide one, records DI calls")
            .Which.Tags["http.response.status_code"].Should().Be(201);
        capture.Spans.Should().ContainSingle().Which.DisplayName.Should().Be("POST /auth/register");
    }
}
