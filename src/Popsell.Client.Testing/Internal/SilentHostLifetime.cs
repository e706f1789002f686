using Microsoft.Extensions.Hosting;

namespace Popsell.Client.Testing.Internal;

/// <summary>A host lifetime that prints nothing and hooks no console or process signal (unlike the console lifetime).</summary>
internal sealed class SilentHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
