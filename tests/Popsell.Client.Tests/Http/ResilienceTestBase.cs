using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>Resilience tests on the stand-in, with a client for PATCH /manager/me and the one update they send.</summary>
public abstract class ResilienceTestBase : StandInTest
{
    protected IPopsellClient UpdateClient(Action<PopsellClientOptions>? configure = null, TimeProvider? time = null)
    {
        var seeded = Server.SeedAmbassador($"ada{Guid.NewGuid():N}@example.com");
        return CreateClient(configure, time).WithAccessToken(seeded.AccessToken);
    }

    protected static Task<Ambassador> Update(IPopsellClient client, CancellationToken cancellationToken = default) =>
        client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" }, cancellationToken);
}
