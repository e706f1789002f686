namespace Popsell.Client;

/// <summary>
/// The body of a 422 Unprocessable Content answer, in Laravel's validation shape:
/// <c>{"message": "...", "errors": {"field": ["..."]}}</c>.
/// </summary>
public sealed record ValidationProblem
{
    /// <summary>Gets the summary message, such as <c>The email field is required. (and 1 more error)</c>.</summary>
    /// <value>Never <see langword="null"/>; a generic message when the server sent none.</value>
    public required string Message { get; init; }

    /// <summary>Gets the messages for each field that failed validation, keyed by wire name (such as <c>email</c>).</summary>
    /// <value>Never <see langword="null"/>; empty when the server sent no field errors.</value>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; }
}
