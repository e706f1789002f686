using System.Net;

namespace Popsell.Client.Operations;

/// <summary>How an operation may be repeated after a failure (<c>x-popsell-retry</c> in the OpenAPI document).</summary>
internal enum PopsellRetryClass
{
    /// <summary>Repeating it is harmless: retried on every transient failure.</summary>
    Idempotent,

    /// <summary>It creates or consumes something: retried only when the server surely did not act on it.</summary>
    OnlyWhenRefused,
}

/// <summary>Whether an operation sends a bearer token (its <c>security</c> in the OpenAPI document).</summary>
internal enum PopsellAuth
{
    /// <summary>Public: no bearer token is sent.</summary>
    None,

    /// <summary>The token of a <see cref="IPopsellClient.WithAccessToken"/> view when there is one, and none otherwise.</summary>
    Optional,

    /// <summary>A bearer token is required, from the strongest source that has one.</summary>
    Bearer,
}

/// <summary>What an operation that is retried only when refused may have done, in the words of error messages.</summary>
/// <param name="May">That it may have happened, such as <c>The ambassador may have been created</c>.</param>
/// <param name="Done">That it probably happened (the server answered 2xx).</param>
/// <param name="Advice">What the caller should do first, such as <c>check before registering again</c>.</param>
internal sealed record PopsellSideEffect(string May, string Done, string Advice);

/// <summary>
/// The facts of one documented operation, in one place: the generated table <see cref="PopsellOperations"/> holds one of
/// these per operation of the OpenAPI document, and every layer reads them from here.
/// </summary>
internal sealed class PopsellOperation(
    int index,
    string name,
    string telemetryName,
    string method,
    string template,
    PopsellAuth auth,
    bool requiresDomain,
    bool endsSession,
    PopsellRetryClass retry,
    int successStatus,
    string result,
    bool secretResult,
    string[] environments,
    PopsellSideEffect? sideEffect)
{
    /// <summary>Gets the operation's position in <see cref="PopsellOperations.All"/>.</summary>
    public int Index { get; } = index;

    /// <summary>Gets the operation's C# name, such as <c>UpdateMe</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the value of the <c>popsell.operation</c> tag, such as <c>update_me</c>.</summary>
    public string TelemetryName { get; } = telemetryName;

    /// <summary>Gets the HTTP method, such as <c>PATCH</c>.</summary>
    public string Method { get; } = method;

    /// <summary>Gets the route template below the API root, such as <c>/{environment}/me</c>.</summary>
    public string Template { get; } = template;

    /// <summary>Gets whether and when the operation sends a bearer token.</summary>
    public PopsellAuth Auth { get; } = auth;

    /// <summary>Gets whether the operation needs a bearer token.</summary>
    public bool RequiresBearer => Auth == PopsellAuth.Bearer;

    /// <summary>Gets whether the document requires the <c>X-Popsell-Domain</c> header.</summary>
    public bool RequiresDomain { get; } = requiresDomain;

    /// <summary>Gets whether a success invalidates the bearer token it was sent with (<c>x-popsell-ends-session</c>).</summary>
    public bool EndsSession { get; } = endsSession;

    /// <summary>Gets how the operation may be repeated.</summary>
    public PopsellRetryClass Retry { get; } = retry;

    /// <summary>Gets whether repeating the operation is harmless.</summary>
    public bool IsIdempotent => Retry == PopsellRetryClass.Idempotent;

    /// <summary>Gets the success status the document gives.</summary>
    public HttpStatusCode SuccessStatus { get; } = (HttpStatusCode)successStatus;

    /// <summary>Gets what a success answers with, for messages, such as <c>an ambassador</c>.</summary>
    public string Result { get; } = result;

    /// <summary>Gets whether a success answers with a secret (an access token), so its body is never kept in an exception.</summary>
    public bool SecretResult { get; } = secretResult;

    /// <summary>Gets the values of the <c>{environment}</c> segment, empty when the route has none.</summary>
    public IReadOnlyList<string> Environments { get; } = environments;

    /// <summary>Gets what the operation may have done when it failed, for one retried only when refused.</summary>
    public PopsellSideEffect? SideEffect { get; } = sideEffect;

    /// <summary>Gets the method and template, such as <c>PATCH /{environment}/me</c>, for messages.</summary>
    public string Display => Method + " " + Template;

    /// <summary>Returns the route with its <c>{environment}</c> segment filled in, such as <c>/manager/me</c>.</summary>
    public string Route(string? environment) =>
        environment is null ? Template : Template.Replace("{environment}", environment, StringComparison.Ordinal);

    public override string ToString() => Display;
}
