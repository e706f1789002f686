using Microsoft.Extensions.Logging;
using Popsell.Client;

namespace HostedSample;

/// <summary>
/// A request handler of a backend that acts for many ambassadors. The injected <see cref="IPopsellClient"/> is shared;
/// each call takes the caller's own token, so one user's token never leaks into another user's request.
/// </summary>
public sealed class ProfileService(IPopsellClient popsell, ILogger<ProfileService> logger)
{
    public async Task<Ambassador> UpdateDisplayNameAsync(string accessToken, string name, CancellationToken cancellationToken = default)
    {
        // WithAccessToken is cheap (no new connections) and needs no disposal: create one per request.
        var me = await popsell.WithAccessToken(accessToken)
            .UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Username = name }, cancellationToken);
        logger.LogInformation("Ambassador {Id} is now shown as {Username}", me.IdAmbassador, me.Username);
        return me;
    }
}
