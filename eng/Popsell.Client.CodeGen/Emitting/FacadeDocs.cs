using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>
/// Writes the XML docs of a facade method from the document: what it does and how it is sent, each parameter, what it
/// returns, how it is retried and authenticated, and every exception it can throw, from the same facts the SDK acts on.
/// </summary>
internal static class FacadeDocs
{
    private const string Nothing = "; nothing was sent.";

    public static IEnumerable<string> Lines(ApiModel api, FacadeMethod method)
    {
        var operation = method.Operation;
        var docs = operation.Docs;
        yield return $"<summary>{Clause(docs.Description).Capitalized()}: <c>{operation.Method} {Xml(operation.Template)}</c>{Headers(operation)}.</summary>";
        foreach (var parameter in method.Parameters)
        {
            yield return $"<param name=\"{parameter.Name}\">{parameter.Doc}</param>";
        }

        yield return "<param name=\"cancellationToken\">Cancels the call at once, also while it waits to retry.</param>";
        yield return method.ResultType is null
            ? $"<returns>A task that completes when the server has answered with success ({Clause(docs.Result)}).</returns>"
            : $"<returns>{Sentence(docs.Result)}</returns>";
        yield return $"<remarks>{string.Join(" ", Remarks(operation))}</remarks>";
        foreach (var (type, text) in Exceptions(api, method))
        {
            yield return $"<exception cref=\"{type}\">{text}</exception>";
        }
    }

    private static string Headers(ApiOperation operation) => (operation.Auth == AuthKind.Required, operation.SendsDomain) switch
    {
        (true, true) => " with <c>Authorization: Bearer</c> and the <c>X-Popsell-Domain</c> header",
        (true, false) => " with <c>Authorization: Bearer</c>",
        (false, true) => " with the <c>X-Popsell-Domain</c> header",
        (false, false) => string.Empty,
    };

    private static IEnumerable<string> Remarks(ApiOperation operation)
    {
        yield return operation.Retry switch
        {
            RetryClass.Idempotent => "Retried on every transient failure: repeating it is harmless.",
            RetryClass.OnlyWhenRefused => $"Retried only when the server surely did not act (429, 503, or a connection that was never established), and never sent twice otherwise, since {Clause(operation.SideEffect!.May)}.",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Retry, null),
        };
        yield return operation.Auth switch
        {
            AuthKind.None => "It sends no bearer token.",
            AuthKind.Optional => "Called on a <see cref=\"WithAccessToken\"/> view, it sends that token as the bearer; called on the client itself, it sends none.",
            AuthKind.Required when operation.EndsSession => "When the token came from <see cref=\"PopsellClientOptions.ApiKey\"/>, the client forgets it (the next call gets a new one), and a 401 is not answered by renewing it.",
            AuthKind.Required => "A token from <see cref=\"PopsellClientOptions.ApiKey\"/> that the server refuses (401) is renewed once, and the call repeated with it.",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Auth, null),
        };
        if (operation.Docs.Remarks is { } remarks)
        {
            yield return Sentence(remarks);
        }
    }

    private static IEnumerable<(string Type, string Text)> Exceptions(ApiModel api, FacadeMethod method)
    {
        var operation = method.Operation;
        var references = method.Parameters.Where(p => p.IsReference).Select(p => $"<paramref name=\"{p.Name}\"/>").ToList();
        if (references.Count > 0)
        {
            yield return ("ArgumentNullException", $"{Either(references)} is <see langword=\"null\"/>.");
        }

        if (method.Body is { Internal: false })
        {
            yield return ("ArgumentException", "<c>AdditionalProperties</c> of <paramref name=\"request\"/> (or of an object in it) names a field that one of its properties also sends.");
        }

        foreach (var path in method.Parameters.Where(p => p.IsEnvironment))
        {
            var values = operation.PathParameters.Single().Values;
            var others = Environments(api).Except(values, StringComparer.Ordinal)
                .Select(v => $", or is <see cref=\"PopsellEnvironment.{v.Capitalized()}\"/> (the reference documents no <c>{operation.Method} {Xml(operation.Template.Replace("{environment}", v, StringComparison.Ordinal))}</c>)");
            yield return ("ArgumentOutOfRangeException", $"<paramref name=\"{path.Name}\"/> is not a defined value{string.Concat(others)}{Nothing}");
        }

        var missing = new List<string>();
        if (operation.SendsDomain)
        {
            missing.Add("<see cref=\"PopsellClientOptions.Domain\"/> is not set");
        }

        if (operation.Auth == AuthKind.Required)
        {
            missing.Add("no access token is available from any source (or the one found is empty or contains white space or control characters)");
        }

        if (missing.Count > 0)
        {
            yield return ("InvalidOperationException", $"{Either(missing).Capitalized()}{Nothing}");
        }

        if (operation.Docs.Validates)
        {
            yield return ("ValidationProblemException", "The server rejected the request's content (422), such as an empty required field, a malformed e-mail address or a <see langword=\"null\"/> it does not accept: the SDK leaves those checks to the server.");
        }

        var failures = string.Concat(operation.Docs.Failures.Select(f => $"; {f.Status}: {Clause(f.Description)}"));
        var another = operation.Docs.Validates ? "another" : "a";
        yield return ("PopsellApiException", $"The server answered with {another} failure (its words in <see cref=\"PopsellApiException.ServerMessage\"/>{failures}){Answer(method.Result)}, or it could not be reached.");
        yield return ("TimeoutException", "The call did not complete within <see cref=\"PopsellClientOptions.Timeout\"/>.");
        yield return ("OperationCanceledException", "<paramref name=\"cancellationToken\"/> was canceled.");
        yield return ("ObjectDisposedException", "The client was disposed.");
    }

    /// <summary>What can be wrong with a success answer of <paramref name="result"/>, as a clause.</summary>
    private static string Answer(ApiSchema result)
    {
        var required = result.Fields.Where(f => f.Required).Select(f => $"<c>{f.WireName}</c>").ToList();
        var noField = required.Count > 0 ? $"had no {Either(required)}" : null;
        return (result.Internal, noField) switch
        {
            (true, null) => string.Empty,
            (true, _) => $", its answer {noField}",
            (false, null) => $", its answer was not {result.Noun}",
            (false, _) => $", its answer was not {result.Noun} or {noField}",
        };
    }

    /// <summary>Every value of the <c>{environment}</c> path parameter in the document: the members of <c>PopsellEnvironment</c>.</summary>
    private static IEnumerable<string> Environments(ApiModel api) =>
        api.Operations.SelectMany(o => o.PathParameters).Where(p => p.Name == "environment").SelectMany(p => p.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
