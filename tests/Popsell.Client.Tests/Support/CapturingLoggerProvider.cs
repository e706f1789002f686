using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Popsell.Client.Tests.Support;

/// <summary>Keeps every formatted log message (and its exception text) so tests can read what the SDK logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public static ILoggerFactory CreateFactory(out CapturingLoggerProvider provider)
    {
        var captured = new CapturingLoggerProvider();
        provider = captured;
        return LoggerFactory.Create(b => b.AddProvider(captured).SetMinimumLevel(LogLevel.Trace));
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
