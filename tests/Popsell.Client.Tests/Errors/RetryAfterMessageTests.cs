using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Errors;

/// <summary>The wait the server asked for, as the error message says it: in seconds from one second, else in milliseconds.</summary>
public class RetryAfterMessageTests : StandInTest
{
    [Fact]
    public async Task ARetryAfterLongerThanTheTimeout_IsSaidInSeconds()
    {
        var client = CreateClient(o => o.Timeout = TimeSpan.FromSeconds(5));
        Server.EnqueueFault(PopsellRoute.GetBrand, PopsellFault.Status(429, retryAfter: TimeSpan.FromSeconds(120)));

        var error = (await FluentActions.Invoking(() => client.GetBrandAsync()).Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Contain("The server asked to retry after 120 s, longer than what was left of PopsellClientOptions.Timeout");
    }

    [Fact]
    public async Task ARetryAfterOfNoTime_IsSaidInMilliseconds()
    {
        var client = CreateClient(o => o.MaxRetries = 0);
        Server.EnqueueFault(PopsellRoute.GetBrand, PopsellFault.Status(429, retryAfter: TimeSpan.Zero));

        var error = (await FluentActions.Invoking(() => client.GetBrandAsync()).Should().ThrowAsync<PopsellApiException>()).Which;

        error.Message.Should().Contain("The server asked to retry after 0 ms.");
    }
}
