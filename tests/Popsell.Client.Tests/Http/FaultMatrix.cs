using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// The rows of the fault matrix that <see cref="FaultMatrixTests"/> runs: for each fault, what each route ends in,
/// and what the caller can read from the exception.
/// </summary>
internal static class FaultMatrix
{
    internal const int MaxRetries = 2;
    internal const int AllAttempts = MaxRetries + 1;
    internal static readonly TimeSpan RetryAfterWait = TimeSpan.FromSeconds(5);

    internal enum Clock
    {
        Real,
        Recording,
    }

    /// <summary>What one route should end in under a row's fault.</summary>
    /// <param name="Exception">The exact exception type the caller sees, or <see langword="null"/> for a success.</param>
    /// <param name="Status">The exception's <see cref="PopsellApiException.StatusCode"/>.</param>
    /// <param name="Attempts">How many attempts reach the server (and <see cref="PopsellApiException.Attempts"/>).</param>
    /// <param name="MayHaveBeenProcessed">The exception's <see cref="PopsellApiException.RequestMayHaveBeenProcessed"/>.</param>
    internal sealed record Outcome(Type? Exception, int Status, int Attempts, bool MayHaveBeenProcessed);

    internal sealed record Row(
        string Name,
        Func<PopsellRoute, int, DateTimeOffset, Uri, PopsellFault> Fault,
        Outcome Register,
        Outcome UpdateMe,
        Action<PopsellApiException, PopsellRoute>? Readable = null,
        Action<PopsellClientOptions>? Configure = null,
        Clock Clock = Clock.Real,
        bool Refused = false);

    /// <summary>The client settings of a row: 2 retries, a 60 s timeout, the row's own settings, and a closed port for the
    /// connection-refused row.</summary>
    internal static Action<PopsellClientOptions> Settings(Row row, int closedPort) => o =>
    {
        o.MaxRetries = MaxRetries;
        o.Timeout = TimeSpan.FromSeconds(60);
        row.Configure?.Invoke(o);
        if (row.Refused)
        {
            o.BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/api/v2/");
        }
    };

    /// <summary>On the recording clock, lets each retry's <see cref="RetryAfterWait"/> pass once the SDK waits for it.</summary>
    internal static async Task AdvanceRetryAfterWaitsAsync(RecordingTimeProvider? time, int attempts)
    {
        if (time is null)
        {
            return;
        }

        for (var retry = 1; retry < attempts; retry++)
        {
            await time.WaitForTimerCountAsync(d => d == RetryAfterWait, retry);
            time.Advance(RetryAfterWait);
        }
    }

    /// <summary>A loopback port nothing listens on.</summary>
    internal static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

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

    internal static readonly Row[] Rows =
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
}
