using Microsoft.Extensions.DependencyInjection;

namespace Popsell.Client.Benchmarks;

/// <summary>The SDK as a dependency-injection user gets it, answered in memory: what the in-memory suites share.</summary>
internal static class InMemorySdk
{
    /// <summary>Builds a container with <c>AddPopsellClient</c> over a <see cref="CannedHandler"/> that answers
    /// <paramref name="body"/>, with the suites' domain, token and base address.</summary>
    public static ServiceProvider Services(byte[] body, string domain, string accessToken, Uri baseAddress, int maxRetries = 3)
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.Domain = domain;
            options.AccessToken = accessToken;
            options.MaxRetries = maxRetries;
        }).ConfigurePrimaryHttpMessageHandler(() => new CannedHandler(body));
        return services.BuildServiceProvider();
    }
}
