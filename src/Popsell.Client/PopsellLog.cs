using Microsoft.Extensions.Logging;

namespace Popsell.Client;

/// <summary>The SDK's log messages: method, path, status, attempt and elapsed time; never bodies, tokens or passwords.</summary>
internal static partial class PopsellLog
{
    [LoggerMessage(EventId = 1, EventName = "AttemptCompleted", Level = LogLevel.Debug,
        Message = "Popsell {Method} {Path} attempt {Attempt} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void AttemptCompleted(ILogger logger, string method, string path, int attempt, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "AttemptFailed", Level = LogLevel.Debug,
        Message = "Popsell {Method} {Path} attempt {Attempt} failed after {ElapsedMilliseconds:0.0} ms: {ErrorType}: {ErrorMessage}")]
    public static partial void AttemptFailed(ILogger logger, string method, string path, int attempt, double elapsedMilliseconds, string errorType, string errorMessage);

    [LoggerMessage(EventId = 3, EventName = "CallSucceeded", Level = LogLevel.Information,
        Message = "Popsell {Method} {Path} answered {StatusCode} after {Attempts} attempt(s) in {ElapsedMilliseconds:0.0} ms")]
    public static partial void CallSucceeded(ILogger logger, string method, string path, int statusCode, int attempts, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4, EventName = "CallFailed", Level = LogLevel.Warning,
        Message = "Popsell {Method} {Path} failed ({Outcome}) after {Attempts} attempt(s) in {ElapsedMilliseconds:0.0} ms: {ErrorType}")]
    public static partial void CallFailed(ILogger logger, string method, string path, string outcome, int attempts, double elapsedMilliseconds, string errorType);

    [LoggerMessage(EventId = 5, EventName = "FieldUnreadable", Level = LogLevel.Debug,
        Message = "Popsell {Method} {Path}: the answer's field {Field} could not be read as its documented type; it reads as its default, and its raw JSON is in AdditionalProperties")]
    public static partial void FieldUnreadable(ILogger logger, string method, string path, string field);
}
