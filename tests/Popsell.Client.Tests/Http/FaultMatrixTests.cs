using System.Net;
using System.Net.Sockets;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// The fault matrix of issue 5: every row runs against both routes, over real sockets, with the fault served on every
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
    private const int MaxRetries = 2;
    private const int AllAttempts = MaxRetries + 1;
    private static readonly TimeSpan RetryAfterWait = TimeSpan.FromSeconds(5);

    private enum Clock
    {
        Real,
        Recording,
    }

    /// <summary>What one route should end in under a row's fault.</summary>
    /// <param name="Exception">The exact exception type the caller sees, or <see langword="null"/> for a success.</param>
    /// <param name="Status">The exception's <see cref="PopsellApiException.StatusCode"/>.</param>
    /// <param name="Attempts">How many attempts reach the server (and <see cref="PopsellApiException.Attempts"/>).</param>
    /// <param name="MayHaveBeenProcessed">The exception's <see cref="PopsellApiException.RequestMayHaveBeenProcessed"/>.</param>
    private sealed record Outcome(Type? Exception, int Status, int Attempts, bool MayHaveBeenProcessed);

    private sealed record Row(
        string Name,
        Func<PopsellRoute, int, DateTimeOffset, Uri, PopsellFault> Fault,
        Outcome Register,
        Outcome UpdateMe,
        Action<PopsellApiException, PopsellRoute>? Readable = null,
        Action<PopsellClientOptions>? Configure = null,
        Clock Clock = Clock.Real,
        bool Refused = false);

    private static Outcome Fails(int status, int attempts, bool mayHaveBeenProcessed) =>
        new(typeof(PopsellApiException), status, attempts, mayHaveBeenProcessed);

    private static int Success(PopsellRoute route) => route == PopsellRoute.Register ? 201 : 200;

    private static Row ClientError(int status, string serverMessage) => new(
        $"{status}",
        (_, _, _, _) => PopsellFault.Status(status, $$"""{"message":"{{serverMessage}}"}"""),
        Register: Fails(status, 1, mayHaveBeenProcessed: false),
        UpdateMe: Fails(status, 1, mayHaveBeenProcessed: false),
        Readable: (e, _) =>
        {
            e.ServerMessage.Should().Be(serverMessage);
            e.ResponseBody.Should().Contain(serverMessage);
            e.RetryAfter.Should().BeNull();
            e.Message.Should().Contain($" failed with {status} (").And.Contain(serverMessage);
        });

    /// <summary>A status the server may have acted on: PATCH retries it, register does not.</summary>
    private static Row MayHaveActed(int status) => new(
        $"{status}",
        (_, _, _, _) => PopsellFault.Status(status, $$"""{"message":"Server said {{status}}."}""").AfterProcessing(),
        Register: Fails(status, 1, mayHaveBeenProcessed: true),
        UpdateMe: Fails(status, AllAttempts, mayHaveBeenProcessed: true),
        Readable: (e, route) =>
        {
            e.ServerMessage.Should().Be($"Server said {status}.");
            if (route == PopsellRoute.Register)
            {
                e.Message.Should().Contain("may have been created");
            }
        });

    /// <summary>A body that the 2xx status promised to be an ambassador, but is not: never retried, never a JsonException.</summary>
    private static Row BadSuccessBody(string name, string contentType, string body, string reason) => new(
        name,
        (route, _, _, _) => PopsellFault.Body(Success(route), contentType, body).AfterProcessing(),
        Register: Fails(201, 1, mayHaveBeenProcessed: true),
        UpdateMe: Fails(200, 1, mayHaveBeenProcessed: true),
        Readable: (e, _) =>
        {
            e.ResponseBody.Should().Be(body);
            e.InnerException.Should().Match(inner => inner == null || inner is System.Text.Json.JsonException);
            e.Message.Should().Contain("not an ambassador").And.Contain(reason);
        });

    private static readonly Row[] Rows =
    [
        ClientError(400, "The request body must be a JSON object."),
        ClientError(401, "Unauthenticated."),
        ClientError(403, "This action is unauthorized."),
        ClientError(404, "Not Found."),
        ClientError(405, "The method is not supported for this route."),
        ClientError(409, "Conflict."),
        ClientError(413, "Content Too Large."),
        ClientError(415, "Unsupported Media Type."),
        ClientError(419, "CSRF token mismatch."),
        new(
            "422",
            (_, _, _, _) => PopsellFault.Status(422, """{"message":"The email has already been taken.","errors":{"email":["The email has already been taken."]}}"""),
            Register: new(typeof(ValidationProblemException), 422, 1, false),
            UpdateMe: new(typeof(ValidationProblemException), 422, 1, false),
            Readable: (e, _) =>
            {
                var problem = e.Should().BeOfType<ValidationProblemException>().Subject;
                problem.Errors.Should().ContainKey("email").WhoseValue.Should().Equal("The email has already been taken.");
                problem.Problem.Message.Should().Be("The email has already been taken.");
            }),
        new(
            "429 without Retry-After",
            (_, _, _, _) => PopsellFault.Status(429, """{"message":"Too Many Attempts."}"""),
            Register: Fails(429, AllAttempts, mayHaveBeenProcessed: false),
            UpdateMe: Fails(429, AllAttempts, mayHaveBeenProcessed: false),
            Readable: (e, _) =>
            {
                e.RetryAfter.Should().BeNull("the server did not say how long to wait");
                e.ServerMessage.Should().Be("Too Many Attempts.");
                e.Message.Should().Contain($"({AllAttempts} attempts)").And.NotContain("retry after");
            }),
        new(
            "429 with Retry-After in seconds",
            (_, _, _, _) => PopsellFault.Status(429, """{"message":"Too Many Attempts."}""", RetryAfterWait),
            Register: Fails(429, AllAttempts, mayHaveBeenProcessed: false),
            UpdateMe: Fails(429, AllAttempts, mayHaveBeenProcessed: false),
            Readable: (e, _) =>
            {
                e.RetryAfter.Should().Be(RetryAfterWait);
                e.Message.Should().Contain("retry after 5 s");
            },
            Clock: Clock.Recording),
        new(
            "429 with Retry-After as an HTTP date",
            (_, attempt, now, _) => PopsellFault.StatusWithRetryAfterDate(429, now + (RetryAfterWait * (attempt + 1))),
            Register: Fails(429, AllAttempts, mayHaveBeenProcessed: false),
            UpdateMe: Fails(429, AllAttempts, mayHaveBeenProcessed: false),
            Readable: (e, _) => e.RetryAfter.Should().Be(RetryAfterWait),
            Clock: Clock.Recording),
        MayHaveActed(408),
        MayHaveActed(500),
        MayHaveActed(502),
        new(
            "503",
            (_, _, _, _) => PopsellFault.Status(503, """{"message":"Service Unavailable."}"""),
            Register: Fails(503, AllAttempts, mayHaveBeenProcessed: false),
            UpdateMe: Fails(503, AllAttempts, mayHaveBeenProcessed: false),
            Readable: (e, _) => e.ServerMessage.Should().Be("Service Unavailable.")),
        MayHaveActed(504),
        new(
            "connection refused",
            (_, _, _, _) => throw new InvalidOperationException("nothing listens: no fault is served"),
            Register: Fails(0, 0, mayHaveBeenProcessed: false),
            UpdateMe: Fails(0, 0, mayHaveBeenProcessed: false),
            Readable: (e, _) =>
            {
                e.Attempts.Should().Be(AllAttempts, "a connection that was never established is retried on both routes");
                e.InnerException.Should().BeOfType<HttpRequestException>().Which.HttpRequestError.Should().Be(HttpRequestError.ConnectionError);
                e.Message.Should().Contain("got no answer");
            },
            Refused: true),
        new(
            "reset before headers",
            (_, _, _, _) => PopsellFault.ResetConnection().AfterProcessing(),
            Register: Fails(0, 1, mayHaveBeenProcessed: true),
            UpdateMe: Fails(0, AllAttempts, mayHaveBeenProcessed: true),
            Readable: (e, _) =>
            {
                e.InnerException.Should().BeAssignableTo<HttpRequestException>();
                e.ResponseBody.Should().BeNull();
            }),
        new(
            "reset mid-body",
            (route, _, _, _) => PopsellFault.ResetMidBody(Success(route)).AfterProcessing(),
            Register: Fails(201, 1, mayHaveBeenProcessed: true),
            UpdateMe: Fails(200, AllAttempts, mayHaveBeenProcessed: true),
            Readable: (e, _) =>
            {
                e.Message.Should().Contain("could not be read");
                e.InnerException.Should().BeAssignableTo<HttpRequestException>();
            }),
        new(
            "headers that never come",
            (_, _, _, _) => PopsellFault.HeadersNeverCome(),
            Register: new(typeof(TimeoutException), 0, 1, true),
            UpdateMe: new(typeof(TimeoutException), 0, AllAttempts, true),
            Configure: o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)),
        new(
            "a body that stalls",
            (_, _, _, _) => PopsellFault.StallBody(),
            Register: new(typeof(TimeoutException), 0, 1, true),
            UpdateMe: new(typeof(TimeoutException), 0, AllAttempts, true),
            Configure: o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)),
        BadSuccessBody("truncated JSON", "application/json", """{"id_ambassador": 7, "firstname": "Ad""", "not a JSON object"),
        BadSuccessBody("an empty 200", "application/json", "", "it is empty"),
        BadSuccessBody("HTML with 200", "text/html; charset=UTF-8", "<!DOCTYPE html><html><body>Maintenance</body></html>", "not a JSON object"),
        BadSuccessBody("a wrong Content-Type (application/xml)", "application/xml", "<ambassador><id>7</id></ambassador>", "application/xml"),
        new(
            "a wrong Content-Type (text/plain) on a JSON ambassador",
            (route, _, _, _) => PopsellFault.Body(Success(route), "text/plain", WireNames.AmbassadorExample).AfterProcessing(),
            Register: new(null, 201, 1, true),
            UpdateMe: new(null, 200, 1, true)),
        new(
            "a redirect to another host",
            (_, _, _, other) => PopsellFault.Redirect(307, other),
            Register: Fails(307, 1, mayHaveBeenProcessed: true),
            UpdateMe: Fails(307, 1, mayHaveBeenProcessed: true),
            Readable: (e, _) => e.Message.Should().Contain("does not follow redirects")),
        new(
            "a response over the size cap",
            (route, _, _, _) => PopsellFault.LargeBody(Success(route), 64 * 1024).AfterProcessing(),
            Register: Fails(201, 1, mayHaveBeenProcessed: true),
            UpdateMe: Fails(200, 1, mayHaveBeenProcessed: true),
            Readable: (e, _) =>
            {
                e.Message.Should().Contain("too large").And.Contain("MaxResponseBodySize (16,384 bytes)");
                e.ResponseBody.Should().BeNull();
            },
            Configure: o => o.MaxResponseBodySize = 16 * 1024),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            data.Add("register", row.Name);
            data.Add("update-me", row.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryRoute_UnderEveryFault_EndsInTheDocumentedOutcome(string route, string fault)
    {
        var row = Rows.Single(r => r.Name == fault);
        var register = route == "register";
        var popsellRoute = register ? PopsellRoute.Register : PopsellRoute.UpdateMe;
        var expected = register ? row.Register : row.UpdateMe;
        await using var otherHost = await PopsellTestServer.StartAsync();
        var time = row.Clock == Clock.Recording ? new RecordingTimeProvider() : null;
        var seeded = Server.SeedAmbassador("ada@example.com");
        var langBefore = Server.GetAmbassador(seeded.IdAmbassador)!["lang"]?.GetValue<string>();
        langBefore.Should().NotBe("fr");
        var closedPort = row.Refused ? ClosedPort() : 0;
        var client = CreateClient(
            o =>
            {
                o.MaxRetries = MaxRetries;
                o.Timeout = TimeSpan.FromSeconds(60);
                row.Configure?.Invoke(o);
                if (row.Refused)
                {
                    o.BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/api/v2/");
                }
            },
            time);
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
            : client.WithAccessToken(seeded.AccessToken).UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lang = "fr" });
        if (time is not null && expected.Attempts > 1)
        {
            for (var retry = 1; retry < expected.Attempts; retry++)
            {
                await time.WaitForTimerCountAsync(d => d == RetryAfterWait, retry);
                time.Advance(RetryAfterWait);
            }
        }

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
            var processed = Server.Requests.Any(r => r.Fault is null || r.Fault.ProcessesRequest);
            Server.GetAmbassador(seeded.IdAmbassador)!["lang"]?.GetValue<string>().Should().Be(processed ? "fr" : langBefore, "an update the server acted on is never lost");
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
        caught!.Message.Should().Contain((register ? "POST " : "PATCH ") + path);
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
        error.Method.Should().Be(register ? "POST" : "PATCH");
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
        Cases().Count.Should().Be(Rows.Length * 2);
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

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
