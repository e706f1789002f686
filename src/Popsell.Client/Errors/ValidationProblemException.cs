using System.Net;

namespace Popsell.Client;

/// <summary>
/// The server rejected the request's content with 422 Unprocessable Content (Laravel validation). <see cref="Errors"/>
/// says which field failed and why.
/// </summary>
/// <remarks>The server sends this answer as <c>application/json</c>, not <c>application/problem+json</c>; the SDK maps it by
/// status code, and still gives a useful <see cref="Problem"/> when the body is not in Laravel's shape.</remarks>
public sealed class ValidationProblemException : PopsellApiException
{
    /// <summary>Initializes a new instance with a generic message and no field errors.</summary>
    public ValidationProblemException()
        : this("The request was invalid.")
    {
    }

    /// <summary>Initializes a new instance with a message and no field errors.</summary>
    /// <param name="message">The message that describes the error.</param>
    public ValidationProblemException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance with a message, no field errors and the exception that caused it.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ValidationProblemException(string message, Exception? innerException)
        : base(message, HttpStatusCode.UnprocessableContent, null, null, innerException)
    {
        Problem = new ValidationProblem { Message = message, Errors = EmptyErrors };
    }

    /// <summary>Initializes a new instance from the server's validation problem.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="problem">The validation problem the server answered with.</param>
    /// <param name="responseBody">The body the server answered with, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is <see langword="null"/>.</exception>
    public ValidationProblemException(string message, ValidationProblem problem, string? responseBody)
        : base(message, HttpStatusCode.UnprocessableContent, responseBody, null, null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>Gets the validation problem the server answered with.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public ValidationProblem Problem { get; }

    /// <summary>Gets the messages for each field that failed validation, keyed by wire name (such as <c>email</c>).</summary>
    /// <value>Never <see langword="null"/>; the same as <see cref="ValidationProblem.Errors"/> of <see cref="Problem"/>.</value>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors => Problem.Errors;

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyErrors { get; } =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<string>>(new Dictionary<string, IReadOnlyList<string>>());
}
