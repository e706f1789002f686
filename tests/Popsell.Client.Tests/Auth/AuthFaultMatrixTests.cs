using System.Net;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Http;
using Popsell.Client.Tests.Support;
using static Popsell.Client.Tests.Http.FaultMatrix;

namespace Popsell.Client.Tests.Auth;

/// <summary>
/// The fault matrix (<see cref="FaultMatrix"/>) for the auth family and <c>GET /brand</c>: under every fault, served on
/// every attempt, an idempotent operation ends as update me does and one retried only when refused ends as register does,
/// counted in the requests that reached the stand-in.
/// </summary>
public class AuthFaultMatrixTests : StandInTest
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in AuthOperation.All)
        {
            foreach (var row in Rows)
            {
                data.Add(operation.Name, row.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryAuthOperation_UnderEveryFault_EndsAsItsRetryClassSays(string operationName, string fault)
    {
        var operation = AuthOperation.All.Single(o => o.Name == operationName);
        var row = Rows.Single(r => r.Name == fault);
        var expected = operation.Idempotent ? row.UpdateMe : row.Register;
        if (operation.AnswersWithToken && expected.Exception is null && row.Name.StartsWith("a wrong Content-Type (text/plain)", StringComparison.Ordinal))
        {
            // That row serves an ambassador, which is the answer of register and update me, but not a token answer.
            expected = new Outcome(typeof(PopsellApiException), 200, 1, MayHaveBeenProcessed: true);
        }

        var expectedStatus = expected.Status == 201 ? 200 : expected.Status;
        await using var otherHost = await PopsellTestServer.StartAsync();
        var secrets = await AuthSecrets.SeedAsync(Server, CreateClient());
        var time = row.Clock == Clock.Recording ? new RecordingTimeProvider() : null;
        var closedPort = row.Refused ? ClosedPort() : 0;
        var client = CreateClient(Settings(row, closedPort), time);
        if (!row.Refused)
        {
            var now = (time ?? TimeProvider.System).GetUtcNow();
            for (var attempt = 0; attempt < AllAttempts; attempt++)
            {
                Server.EnqueueFault(operation.Route, row.Fault(operation.Route, attempt, now, new Uri(otherHost.BaseAddress, "auth/login")));
            }
        }

        var call = operation.Call(client, secrets);
        await AdvanceRetryAfterWaitsAsync(time, expected.Attempts);

        var caught = await Record.ExceptionAsync(() => call);

        Server.CountRequests(operation.Route).Should().Be(expected.Attempts, "that many attempts reach the server");
        Server.Requests.Where(r => r.Route != operation.Route).Should().BeEmpty();
        otherHost.Requests.Should().BeEmpty("nothing, and so no credential, ever follows a redirect");
        if (expected.Exception is null)
        {
            caught.Should().BeNull();
            return;
        }

        caught.Should().NotBeNull().And.BeOfType(expected.Exception);
        caught!.Message.Should().Contain(operation.Path);
        foreach (var secret in secrets.Values)
        {
            caught.ToString().Should().NotContain(secret);
        }

        if (caught is PopsellApiException error)
        {
            error.StatusCode.Should().Be((HttpStatusCode)expectedStatus);
            error.RequestPath.Should().Be(operation.Path);
            error.RequestMayHaveBeenProcessed.Should().Be(expected.MayHaveBeenProcessed);
            if (!row.Refused)
            {
                error.Attempts.Should().Be(expected.Attempts);
            }
        }
    }
}
