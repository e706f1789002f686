using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary>The caller's cancellation ends every auth operation at once, with nothing sent again.</summary>
public class AuthCancellationTests : StandInTest
{
    public static TheoryData<string> Operations() => [.. AuthOperation.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryAuthOperation_WhenTheCallerCancelsWhileTheServerIsSlow_ThrowsOperationCanceled_AndSendsNothingMore(string name)
    {
        var operation = AuthOperation.All.Single(o => o.Name == name);
        var secrets = await AuthSecrets.SeedAsync(Server, CreateClient());
        var client = CreateClient();
        Server.EnqueueFault(operation.Route, PopsellFault.Delay(TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource();

        var call = operation.CallWith(client, secrets, cancel.Token);
        await Server.WaitForRequestCountAsync(1, operation.Route);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Server.CountRequests(operation.Route).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryAuthOperation_WithATokenAlreadyCanceled_SendsNothing(string name)
    {
        var operation = AuthOperation.All.Single(o => o.Name == name);
        var secrets = await AuthSecrets.SeedAsync(Server, CreateClient());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.CallWith(CreateClient(), secrets, new CancellationToken(canceled: true)));

        Server.Requests.Should().BeEmpty();
    }
}
