using System.Net;
using Popsell.Client.Operations;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.CodeGen;

/// <summary>
/// The generator writes everything the SDK needs for an operation of the document; what it cannot write is the stand-in's
/// behaviour. These tests fail, naming the operation, when an entry was added to the document and the stand-in does not
/// serve it yet, so that a new operation cannot ship without a server to test it against.
/// </summary>
public class DocumentCoverageTests : StandInTest
{
    public static TheoryData<string, string?> Routes()
    {
        var data = new TheoryData<string, string?>();
        foreach (var operation in PopsellOperations.All)
        {
            if (operation.Environments.Count == 0)
            {
                data.Add(operation.Name, null);
            }

            foreach (var environment in operation.Environments)
            {
                data.Add(operation.Name, environment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryDocumentedRoute_IsOneTheStandInServes_WithItsMethod(string name, string? environment)
    {
        var operation = PopsellOperations.All.Single(o => o.Name == name);
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Route(environment).TrimStart('/'));
        request.Headers.Add("X-Popsell-Domain", Server.Domain);

        using var response = await http.SendAsync(request);

        Server.Requests[^1].Route.ToString().Should().Be(name, $"the stand-in must serve {operation.Method} {operation.Route(environment)}, which the document describes");
        response.StatusCode.Should().NotBe(HttpStatusCode.MethodNotAllowed, $"the stand-in must serve {operation.Display} with that method");
        response.StatusCode.Should().NotBe(HttpStatusCode.NotFound, $"the stand-in must serve {operation.Display}");
    }

    [Fact]
    public void EveryOperation_IsAMethodOfTheClient_NamedAfterItsOperationId()
    {
        var methods = typeof(IPopsellClient).GetMethods().Select(m => m.Name).ToList();

        PopsellOperations.All.Select(o => o.Name + "Async").Should().BeSubsetOf(methods);
        methods.Should().HaveCount(PopsellOperations.All.Count + 1, "the client has one method per operation, and WithAccessToken");
    }
}
