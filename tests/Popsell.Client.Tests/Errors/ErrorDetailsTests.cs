using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Errors;

/// <summary>The exact wording and the readable facts of the errors callers see: what went wrong, said clearly.</summary>
public class ErrorDetailsTests : StandInTest
{
    private IPopsellClient UpdateClient(Action<PopsellClientOptions>? configure = null)
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        return CreateClient(o => { o.MaxRetries = 0; configure?.Invoke(o); }).WithAccessToken(seeded.AccessToken);
    }

    private async Task<PopsellApiException> UpdateFailsWith(PopsellFault fault, Action<PopsellClientOptions>? configure = null)
    {
        var client = UpdateClient(configure);
        Server.EnqueueFault(PopsellRoute.UpdateMe, fault);
        return (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;
    }

    [Theory]
    [InlineData(400, "Bad Request")]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    [InlineData(404, "Not Found")]
    [InlineData(405, "Method Not Allowed")]
    [InlineData(408, "Request Timeout")]
    [InlineData(409, "Conflict")]
    [InlineData(413, "Content Too Large")]
    [InlineData(415, "Unsupported Media Type")]
    [InlineData(418, "418")]
    [InlineData(419, "Page Expired")]
    [InlineData(429, "Too Many Requests")]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(503, "Service Unavailable")]
    [InlineData(504, "Gateway Timeout")]
    [InlineData(507, "InsufficientStorage")]
    public async Task Message_NamesTheStatusWithItsReasonPhrase(int status, string reason)
    {
        var error = await UpdateFailsWith(PopsellFault.Status(status, """{"message":"Nope"}"""));

        error.Message.Should().StartWith($"PATCH /api/v2/manager/me failed with {status} ({reason}): Nope.");
    }

    [Theory]
    [InlineData(301, "Moved Permanently")]
    [InlineData(302, "Found")]
    [InlineData(307, "Temporary Redirect")]
    [InlineData(308, "Permanent Redirect")]
    public async Task Redirect_IsReportedWithItsTarget_WithoutTheQuery(int status, string reason)
    {
        var error = await UpdateFailsWith(PopsellFault.Redirect(status, new Uri("https://elsewhere.example/login?token=abc#x")));

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.Message.Should().StartWith($"PATCH /api/v2/manager/me failed with {status} ({reason}); the body was empty.")
            .And.Contain(" The server redirected to https://elsewhere.example/login; the SDK does not follow redirects, so credentials never leave BaseAddress. Check PopsellClientOptions.BaseAddress.")
            .And.NotContain("token=abc");
    }

    [Fact]
    public async Task Redirect_ToARelativeLocation_NamesThePathWithoutTheQuery()
    {
        var error = await UpdateFailsWith(PopsellFault.Redirect(302, new Uri("/login?next=/me", UriKind.Relative)));

        error.Message.Should().Contain(" The server redirected to /login; ").And.NotContain("next=");
    }

    [Fact]
    public async Task ServerMessage_IsTrimmed_AndTheSentenceEndsWithOnePeriod()
    {
        var error = await UpdateFailsWith(PopsellFault.Status(403, """{"message":"  Not yours  "}"""));

        error.ServerMessage.Should().Be("  Not yours  ");
        error.Message.Should().Be("PATCH /api/v2/manager/me failed with 403 (Forbidden): Not yours.");
    }

    [Fact]
    public async Task ServerMessage_ThatEndsWithAPeriod_GetsNoSecondOne()
    {
        var error = await UpdateFailsWith(PopsellFault.Status(403, """{"message":"Not yours."}"""));

        error.Message.Should().Be("PATCH /api/v2/manager/me failed with 403 (Forbidden): Not yours.");
    }

    [Theory]
    [InlineData("""{"message":42}""")]
    [InlineData("""{"message":"   "}""")]
    [InlineData("""["message"]""")]
    public async Task ABodyWithoutAUsableMessage_IsDescribedInstead(string body)
    {
        var error = await UpdateFailsWith(PopsellFault.Status(400, body));

        error.ServerMessage.Should().Match(m => m == null || string.IsNullOrWhiteSpace(m));
        error.Message.Should().Be($"PATCH /api/v2/manager/me failed with 400 (Bad Request); the body was application/json, {body.Length} bytes: \"{body}\".");
    }

    [Fact]
    public async Task ALongBody_IsPreviewedIn120Characters_WithControlCharactersBlanked_AndKeptUpTo64KiB()
    {
        var body = "line one\r\nline two\t" + new string('x', 70_000);

        var error = await UpdateFailsWith(PopsellFault.Body(500, "text/plain", body), o => o.MaxResponseBodySize = 1024 * 1024);

        error.ResponseBody.Should().HaveLength(64 * 1024).And.Be(body[..(64 * 1024)]);
        var preview = "line one  line two " + new string('x', 101) + "…";
        error.Message.Should().Be($"PATCH /api/v2/manager/me failed with 500 (Internal Server Error); the body was text/plain, 65,536 bytes: \"{preview}\".");
    }

    [Fact]
    public async Task ABodyWithoutAContentType_SaysSo()
    {
        var error = await UpdateFailsWith(PopsellFault.Body(500, "", "oops"));

        error.Message.Should().EndWith("; the body was no content type, 4 bytes: \"oops\".");
    }

    [Fact]
    public async Task ABodyWithMultiByteCharacters_CountsBytesNotCharacters()
    {
        var error = await UpdateFailsWith(PopsellFault.Body(500, "text/plain", "é€😀"));

        error.Message.Should().EndWith("; the body was text/plain, 9 bytes: \"é€😀\".");
        error.ResponseBody.Should().Be("é€😀");
    }

    [Fact]
    public async Task ABodyWithAByteOrderMark_IsReportedWithoutIt()
    {
        var error = await UpdateFailsWith(PopsellFault.Body(400, "application/json", [0xEF, 0xBB, 0xBF, .. """{"message":"Bad."}"""u8]));

        error.ServerMessage.Should().Be("Bad.");
        error.ResponseBody.Should().Be("""{"message":"Bad."}""");
    }

    [Fact]
    public async Task Status429WithRetryAfter_SaysHowLongTheServerAskedToWait()
    {
        var error = await UpdateFailsWith(PopsellFault.Status(429, """{"message":"Slow down."}""", TimeSpan.FromSeconds(3)));

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(3));
        error.Message.Should().Be("PATCH /api/v2/manager/me failed with 429 (Too Many Requests): Slow down. The server asked to retry after 3 s.");
    }

    [Fact]
    public async Task RetryAfterOnANonTransientStatus_IsKeptButNotAnnounced()
    {
        var error = await UpdateFailsWith(PopsellFault.Status(400, """{"message":"Bad."}""", TimeSpan.FromSeconds(3)));

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(3));
        error.Message.Should().Be("PATCH /api/v2/manager/me failed with 400 (Bad Request): Bad.");
    }

    [Theory]
    [InlineData("Wed, 21 Oct 2015 07:28:00 GMT")]
    [InlineData("-5")]
    public async Task RetryAfterInThePast_IsZero(string header)
    {
        var error = await UpdateFailsWith(PopsellFault.StatusWithRawRetryAfter(429, header));

        error.RetryAfter.Should().Be(header.StartsWith('-') ? null : TimeSpan.Zero);
    }

    [Fact]
    public async Task AnUnparsableRetryAfter_IsIgnored()
    {
        var error = await UpdateFailsWith(PopsellFault.StatusWithRawRetryAfter(503, "soon"));

        error.RetryAfter.Should().BeNull();
        error.Message.Should().NotContain("retry after");
    }

    [Fact]
    public async Task Timeout_SaysBothLimits_AndTheMillisecondsBelowOneSecond()
    {
        var client = UpdateClient(o => { o.AttemptTimeout = TimeSpan.FromMilliseconds(250); o.Timeout = TimeSpan.FromSeconds(90); });
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.HeadersNeverCome());

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<TimeoutException>()).Which;

        error.Message.Should().MatchRegex(@"^PATCH /api/v2/manager/me timed out after [0-9.]+ (ms|s) \(PopsellClientOptions\.Timeout is 90 s, AttemptTimeout is 250 ms\)\.$");
        error.InnerException.Should().NotBeNull();
    }

    [Theory]
    [InlineData("""{"message":"Invalid.","errors":["first","second"]}""", "", "first|second", "Invalid.")]
    [InlineData("""{"errors":"just one"}""", "", "just one", "just one")]
    [InlineData("""{"errors":{"email":null,"lang":"bad"}}""", "email,lang", "bad", "bad")]
    [InlineData("""{"errors":{"age":[1, "two", {"x":1}]}}""", "age", "1|two|{\"x\":1}", "1")]
    [InlineData("""{"message":"Only a message."}""", "", "", "Only a message.")]
    [InlineData("""{"errors":7}""", "", "", "The request was invalid.")]
    [InlineData("not json", "", "", "The request was invalid.")]
    public async Task ValidationProblem_ReadsEveryShapeOfLaravelErrors(string body, string fields, string messages, string problemMessage)
    {
        var error = (ValidationProblemException)await UpdateFailsWith(PopsellFault.Status(422, body));

        string.Join(",", error.Errors.Keys.Order(StringComparer.Ordinal)).Should().Be(fields);
        string.Join("|", error.Errors.OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => e.Value)).Should().Be(messages);
        error.Problem.Message.Should().Be(problemMessage);
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task ValidationProblem_MessageListsEveryFieldError()
    {
        var error = await UpdateFailsWith(PopsellFault.Status(422, """{"message":"Invalid.","errors":{"email":["Taken.","Too long."],"lang":["Unknown."]}}"""));

        error.Message.Should().Be("PATCH /api/v2/manager/me failed with 422 (Unprocessable Content): Invalid. email: Taken. Too long. lang: Unknown.");
    }

    [Fact]
    public async Task AfterRetries_TheMessageCountsTheAttempts()
    {
        var client = UpdateClient(o => o.MaxRetries = 1);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503, """{"message":"Down."}"""));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503, """{"message":"Down."}"""));

        var error = (await client.Invoking(c => c.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }))
            .Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Be("PATCH /api/v2/manager/me failed with 503 (Service Unavailable): Down. (2 attempts)");
        error.Attempts.Should().Be(2);
    }

    [Fact]
    public void PublicConstructors_GiveTheDocumentedDefaults()
    {
        var plain = new PopsellApiException();
        plain.Message.Should().Be("The Popsell API call failed.");
        plain.StatusCode.Should().Be((HttpStatusCode)0);
        plain.RequestMayHaveBeenProcessed.Should().BeTrue();
        plain.Attempts.Should().Be(0);
        plain.Method.Should().BeNull();

        var inner = new InvalidOperationException("cause");
        var wrapped = new PopsellApiException("failed", inner);
        wrapped.InnerException.Should().BeSameAs(inner);
        wrapped.ResponseBody.Should().BeNull();
        new PopsellApiException("failed").Message.Should().Be("failed");

        var full = new PopsellApiException("m", HttpStatusCode.Conflict, "body", TimeSpan.FromSeconds(2), inner);
        (full.StatusCode, full.ResponseBody, full.RetryAfter, full.InnerException).Should().Be((HttpStatusCode.Conflict, "body", TimeSpan.FromSeconds(2), inner));

        var validation = new ValidationProblemException();
        validation.Message.Should().Be("The request was invalid.");
        validation.StatusCode.Should().Be(HttpStatusCode.UnprocessableContent);
        validation.Problem.Message.Should().Be("The request was invalid.");
        validation.Errors.Should().BeEmpty();
        new ValidationProblemException("m", inner).InnerException.Should().BeSameAs(inner);

        var problem = new ValidationProblem { Message = "p", Errors = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["b"] } };
        var withProblem = new ValidationProblemException("m", problem, "{}");
        (withProblem.Problem, withProblem.ResponseBody).Should().Be((problem, "{}"));
        withProblem.Errors["a"].Should().Equal("b");
        var act = () => new ValidationProblemException("m", null!, null);
        act.Should().Throw<ArgumentNullException>().WithParameterName("problem");
    }
}
