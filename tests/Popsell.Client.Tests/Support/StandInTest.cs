using Microsoft.Extensions.Logging;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Support;

/// <summary>A test class with its own stand-in server over real sockets, and clients pointed at it.</summary>
public abstract class StandInTest : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    protected PopsellTestServer Server { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Server = await PopsellTestServer.StartAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await Server.DisposeAsync();
    }

    /// <summary>Options pointed at the stand-in, with short retry delays unless a test sets its own.</summary>
    protected PopsellClientOptions Options(Action<PopsellClientOptions>? configure = null)
    {
        var options = new PopsellClientOptions
        {
            BaseAddress = Server.BaseAddress,
            Domain = Server.Domain,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return options;
    }

    protected PopsellClient CreateClient(Action<PopsellClientOptions>? configure = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        var client = new PopsellClient(Options(configure), null, loggerFactory, timeProvider);
        _owned.Add(client);
        return client;
    }

    protected T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    protected static RegisterRequest NewAmbassador(string email = "ada@example.com") => new()
    {
        Firstname = "Ada",
        Lastname = "Lovelace",
        Email = email,
        Password = "correct-horse-battery",
    };
}
