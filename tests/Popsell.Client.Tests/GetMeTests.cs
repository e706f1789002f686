using System.Diagnostics;
using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary><c>GET /{environment}/me</c>, the operation that proves the generated layer: over real sockets to the stand-in.</summary>
public class GetMeTests : StandInTest
{
    [Theory]
    [InlineData(PopsellEnvironment.Manager, "/api/v2/manager/me")]
    [InlineData(PopsellEnvironment.Platform, "/api/v2/platform/me")]
    [InlineData(PopsellEnvironment.Widget, "/api/v2/widget/me")]
    public async Task GetMeAsync_SendsAGetWithTheBearerAndNoBody_AndReadsTheAmbassador(PopsellEnvironment environment, string path)
    {
        var ada = Server.SeedAmbassador("ada.get@example.com");
        Server.SetAmbassadorField(ada.IdAmbassador, "notification_chat", true);
        var client = CreateClient().WithAccessToken(ada.AccessToken);

        var me = await client.GetMeAsync(environment);

        me.IdAmbassador.Should().Be(ada.IdAmbassador);
        me.Email.Should().Be("ada.get@example.com");
        me.NotificationChat.Should().BeTrue("a field only GET me documents is read into its property");
        var sent = Server.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(path);
        sent.Route.Should().Be(PopsellRoute.GetMe);
        sent.Headers["Authorization"].Should().Be("Bearer " + ada.AccessToken);
        sent.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task GetMeAsync_WhenServerReturns503_RetriesThenSucceeds()
    {
        var ada = Server.SeedAmbassador("ada.retry@example.com");
        var client = CreateClient(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(1)).WithAccessToken(ada.AccessToken);
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Status(503));

        var me = await client.GetMeAsync(PopsellEnvironment.Manager);

        me.IdAmbassador.Should().Be(ada.IdAmbassador);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(2);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task GetMeAsync_IsIdempotent_SoAFailureAfterTheServerActedIsRetried(int status)
    {
        // Register is never retried on these (it may have created the ambassador); reading twice is harmless.
        var ada = Server.SeedAmbassador("ada.idem@example.com");
        var client = CreateClient(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(1)).WithAccessToken(ada.AccessToken);
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.Status(status));
        Server.EnqueueFault(PopsellRoute.GetMe, PopsellFault.ResetConnection().AfterProcessing());

        var me = await client.GetMeAsync(PopsellEnvironment.Widget);

        me.IdAmbassador.Should().Be(ada.IdAmbassador);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(3);
    }

    [Fact]
    public async Task GetMeAsync_WithARevokedToken_IsA401WithTheServersMessage_NotRetried()
    {
        var ada = Server.SeedAmbassador("ada.revoked@example.com");
        Server.RevokeAccessToken(ada.AccessToken);
        var client = CreateClient().WithAccessToken(ada.AccessToken);

        var error = await Assert.ThrowsAsync<PopsellApiException>(() => client.GetMeAsync(PopsellEnvironment.Manager));

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ServerMessage.Should().Be("Unauthenticated.");
        error.Message.Should().StartWith("GET /api/v2/manager/me failed with 401").And.NotContain(ada.AccessToken);
        Server.CountRequests(PopsellRoute.GetMe).Should().Be(1);
    }

    [Fact]
    public async Task GetMeAsync_ForADeletedAmbassador_IsA404()
    {
        var ada = Server.SeedAmbassador("ada.deleted@example.com");
        Server.DeleteAmbassador(ada.IdAmbassador);

        var error = await Assert.ThrowsAsync<PopsellApiException>(() => CreateClient().WithAccessToken(ada.AccessToken).GetMeAsync(PopsellEnvironment.Platform));

        error.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetMeAsync_WithoutAnyToken_ThrowsNamingTheRoute_BeforeAnythingIsSent()
    {
        var act = () => CreateClient().GetMeAsync(PopsellEnvironment.Manager);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().StartWith("No access token: GET /{environment}/me needs a bearer token.");
        Server.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData((PopsellEnvironment)3)]
    [InlineData((PopsellEnvironment)(-1))]
    public async Task GetMeAsync_WithAnUndefinedEnvironment_ThrowsArgumentOutOfRange_BeforeAnythingIsSent(PopsellEnvironment environment)
    {
        var act = () => CreateClient(o => o.AccessToken = "pst_token").GetMeAsync(environment);

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.Message.Should()
            .StartWith("The environment must be PopsellEnvironment.Manager, PopsellEnvironment.Platform or PopsellEnvironment.Widget");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateMeAsync_OnThePlatform_ThrowsArgumentOutOfRange_BeforeAnythingIsSent()
    {
        var act = () => CreateClient(o => o.AccessToken = "pst_token").UpdateMeAsync(PopsellEnvironment.Platform, new UpdateMeRequest { Lang = "fr" });

        var error = (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        error.ParamName.Should().Be("environment");
        error.Message.Should().StartWith("The environment must be PopsellEnvironment.Manager or PopsellEnvironment.Widget: the reference documents PATCH /{environment}/me for those only.");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GetMeAsync_IsTracedWithTheRouteTemplateAndItsOwnOperationName()
    {
        using var capture = new TelemetryCapture(Server.BaseAddress.Port);
        var ada = Server.SeedAmbassador("ada.trace@example.com");

        await CreateClient().WithAccessToken(ada.AccessToken).GetMeAsync(PopsellEnvironment.Platform);

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.DisplayName.Should().Be("GET /platform/me");
        span.Kind.Should().Be(ActivityKind.Client);
        span.GetTagItem("url.template").Should().Be("/{environment}/me");
        span.GetTagItem("popsell.operation").Should().Be("get_me");
        span.GetTagItem("popsell.environment").Should().Be("platform");
    }
}
