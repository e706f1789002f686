using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;
using static Popsell.Client.Tests.Http.FaultMatrix;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// The fault matrix of issue 5: every row runs against every route (register, update me, get me), over real sockets, with the fault served on every
/// attempt (so a retried row ends in the error the caller sees once the SDK gives up). Each row asserts the exception
/// type, the status, what the caller can read from the exception, how many attempts reached the server, and for
/// register how many ambassadors exist afterwards (never more than one).
/// </summary>
/// <remarks>
/// Retry delays are real but 1 ms (no timing is asserted), except in the Retry-After rows, which run on a recording
/// fake clock and assert that each wait is exactly what the server asked for. Rows where the server may act on the
/// request (a 5xx, a reset, a bad 2xx body) apply the request first (<see cref="PopsellFault.AfterProcessing"/>), so
/// "at most one ambassador" and "the update was not lost" are checked on the server's real state.
/// </remarks>
public class FaultMatrixTests : StandInTest
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            data.Add("register", row.Name);
            data.Add("update-me", row.Name);
            data.Add("get-me", row.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryRoute_UnderEveryFault_EndsInTheDocumentedOutcome(string route, string fault)
    {
        var row = Rows.Single(r => r.Name == fault);
        var register = route == "register";
        var getMe = route == "get-me";
        var popsellRoute = register ? PopsellRoute.Register : getMe ? PopsellRoute.GetMe : PopsellRoute.UpdateMe;
        // GET me is idempotent, as PATCH me is (x-popsell-retry: idempotent): the same outcome under every fault.
        var expected = register ? row.Register : row.UpdateMe;
        await using var otherHost = await PopsellTestServer.StartAsync();
        var time = row.Clock == Clock.Recording ? new RecordingTimeProvider() : null;
        var seeded = Server.SeedAmbassador("ada@example.com");
        var langBefore = Server.GetAmbassador(seeded.IdAmbassador)!["lang"]?.GetValue<string>();
        langBefore.Should().NotBe("fr");
        var closedPort = row.Refused ? ClosedPort() : 0;
        var client = CreateClient(Settings(row, closedPort), time);
        if (!row.Refused)
        {
            var now = (time ?? TimeProvider.System).GetUtcNow();
            for (var attempt = 0; attempt < AllAttempts; attempt++)
            {
                Server.EnqueueFault(popsellRoute, row.Fault(popsellRoute, attempt, now, new Uri(otherHost.BaseAddress, "manager/me")));
            }
        }

        var call = register
            ? client.RegisterAsync(NewAmbassador("grace@example.com"))
            : getMe
                ? client.WithAccessToken(seeded.AccessToken).GetMeAsync(PopsellEnvironment.Widget)
                : client.WithAccessToken(seeded.AccessToken).UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr" });
        await AdvanceRetryAfterWaitsAsync(time, expected.Attempts);

        var caught = await Record.ExceptionAsync(() => call);

        // What reached the server, and what it did.
        Server.CountRequests(popsellRoute).Should().Be(expected.Attempts, "that many attempts reach the server");
        Server.Requests.Where(r => r.Route != popsellRoute).Should().BeEmpty();
        otherHost.Requests.Should().BeEmpty("nothing, and so no credential, ever follows a redirect");
        if (register)
        {
            Server.AmbassadorCount.Should().BeLessThanOrEqualTo(2, "one seeded ambassador, and at most one registered");
            var processed = !row.Refused && Server.Requests.Any(r => r.Fault is null || r.Fault.ProcessesRequest);
            Server.AmbassadorCount.Should().Be(processed ? 2 : 1);
        }
        else
        {
            Server.Requests.Where(r => r.GetHeader("Authorization") != "Bearer " + seeded.AccessToken).Should().BeEmpty("every attempt carries the same token");
            var processed = !getMe && Server.Requests.Any(r => r.Fault is null || r.Fault.ProcessesRequest);
            Server.GetAmbassador(seeded.IdAmbassador)!["lang"]?.GetValue<string>().Should().Be(processed ? "fr" : langBefore, "an update the server acted on is never lost, and a read changes nothing");
        }

        // What the caller sees.
        if (expected.Exception is null)
        {
            caught.Should().BeNull();
            (await call).Should().NotBeNull();
            return;
        }

        caught.Should().NotBeNull().And.BeOfType(expected.Exception);
        var path = register ? "/api/v2/auth/register" : "/api/v2/widget/me";
        var method = register ? "POST" : getMe ? "GET" : "PATCH";
        caught!.Message.Should().Contain(method + " " + path);
        caught.ToString().Should().NotContain(seeded.AccessToken).And.NotContain("correct-horse-battery");
        if (caught is TimeoutException)
        {
            caught.Message.Should().Contain("timed out");
            if (expected.Attempts > 1)
            {
                caught.Message.Should().Contain($"({expected.Attempts} attempts)");
            }

            return;
        }

        var error = (PopsellApiException)caught;
        error.StatusCode.Should().Be((HttpStatusCode)expected.Status);
        error.Method.Should().Be(method);
        error.RequestPath.Should().Be(path);
        error.RequestMayHaveBeenProcessed.Should().Be(expected.MayHaveBeenProcessed);
        if (!row.Refused)
        {
            error.Attempts.Should().Be(expected.Attempts);
        }

        row.Readable?.Invoke(error, popsellRoute);
    }

    [Fact]
    public void Matrix_CoversEveryRowOfTheIssue()
    {
        Rows.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        foreach (var status in new[] { 400, 401, 403, 404, 405, 408, 409, 413, 415, 419, 422, 500, 502, 503, 504 })
        {
            Rows.Should().Contain(r => r.Name == status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Rows.Count(r => r.Name.StartsWith("429", StringComparison.Ordinal)).Should().Be(3);
        Cases().Count.Should().Be(Rows.Length * 3, "every row runs on register, update me and get me");
    }

    [Fact]
    public async Task RegisterAsync_WhenTheBodyIsOverTheDefaultSizeCap_ThrowsAClearErrorNotOutOfMemory()
    {
        new PopsellClientOptions().MaxResponseBodySize.Should().Be(4 * 1024 * 1024);
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.LargeBody(201, 5 * 1024 * 1024).AfterProcessing());

        var error = (await CreateClient().Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Created);
        error.Message.Should().Contain("MaxResponseBodySize (4,194,304 bytes)");
        error.Attempts.Should().Be(1);
        Server.AmbassadorCount.Should().Be(1);
    }
}
