using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>
/// Writes the facade of every operation: its method on <c>IPopsellClient</c> with its XML docs, the forwarding methods of
/// <c>PopsellClient</c> and of the views, the core method that checks the arguments, builds the body and sends it, and
/// the reader of each answer. What stays hand-written is what is not per operation: the one send path, the checks of
/// <c>Begin</c>, tokens and options.
/// </summary>
internal static class FacadeEmitter
{
    public static IEnumerable<GeneratedFile> Emit(ApiModel api)
    {
        var methods = FacadeMethod.All(api);
        return [Interface(api, methods), Client(methods), View(methods), Core(methods), Readers(methods)];
    }

    private static GeneratedFile Interface(ApiModel api, IReadOnlyList<FacadeMethod> methods)
    {
        var w = new CSharpWriter();
        w.Line($"namespace {Namespace};").Line();
        using (w.Block("public partial interface IPopsellClient"))
        {
            w.Separated(methods, method =>
            {
                foreach (var line in FacadeDocs.Lines(api, method))
                {
                    w.Line("/// " + line);
                }

                w.Line($"{method.ReturnType} {method.Name}({method.Signature()});");
            });
        }

        return new GeneratedFile("src/Popsell.Client/Generated/IPopsellClient.cs", w.ToString());
    }

    private static GeneratedFile Client(IReadOnlyList<FacadeMethod> methods) =>
        Forwarders(methods, Namespace, "public sealed partial class PopsellClient", "/// <inheritdoc/>", "null", "src/Popsell.Client/Generated/PopsellClient.cs");

    private static GeneratedFile View(IReadOnlyList<FacadeMethod> methods) =>
        Forwarders(methods, Namespace + ".Http", "internal sealed partial class PopsellClientView", null, "_accessToken", "src/Popsell.Client/Generated/Http/PopsellClientView.cs");

    /// <summary>A part of a client type with one method per operation, each forwarding to the core with <paramref name="token"/>.</summary>
    private static GeneratedFile Forwarders(IReadOnlyList<FacadeMethod> methods, string ns, string declaration, string? doc, string token, string path)
    {
        var w = new CSharpWriter();
        w.Line($"namespace {ns};").Line();
        using (w.Block(declaration))
        {
            w.Separated(methods, method =>
            {
                if (doc is not null)
                {
                    w.Line(doc);
                }

                w.Line($"public {method.ReturnType} {method.Name}({method.Signature()}) =>");
                w.Line($"    _core.{method.Name}({method.Arguments()}{token}, cancellationToken);");
            });
        }

        return new GeneratedFile(path, w.ToString());
    }

    private static GeneratedFile Core(IReadOnlyList<FacadeMethod> methods)
    {
        var w = new CSharpWriter("Popsell.Client.Operations");
        w.Line($"namespace {Namespace}.Http;").Line();
        w.Line("/// <summary>Each operation's entry: refuses what is the SDK's own contract, builds the body and sends it.</summary>");
        using (w.Block("internal sealed partial class PopsellClientCore"))
        {
            w.Separated(methods, method =>
            {
                var operation = $"PopsellOperations.{method.Operation.Name}";
                var parameters = string.Concat(method.Parameters.Select(p => $"{p.Type} {p.Name}, "));
                using (w.Block($"public {method.ReturnType} {method.Name}({parameters}string? accessToken, CancellationToken cancellationToken)"))
                {
                    foreach (var parameter in method.Parameters.Where(p => p.IsReference))
                    {
                        w.Line($"ArgumentNullException.ThrowIfNull({parameter.Name});");
                    }

                    if (method.Body is { Internal: false })
                    {
                        w.Line("request.CheckAdditionalProperties();");
                    }

                    var environment = method.Parameters.Any(p => p.IsEnvironment);
                    if (environment)
                    {
                        w.Line($"var segment = Segment({operation}, environment);");
                    }

                    var body = method.FlattensBody
                        ? $"new {method.Body!.Name} {{ {string.Join(", ", method.Parameters.Where(p => p.Field is not null).Select(p => $"{p.Field!.Name} = {p.Name}"))} }}"
                        : method.Body is not null ? "request" : null;
                    var (state, send) = (environment, body) switch
                    {
                        (false, null) => ("0", "static (api, _, call, ct) => api.{0}(call, ct)"),
                        (true, null) => ("segment", "static (api, segment, call, ct) => api.{0}(segment, call, ct)"),
                        (false, _) => (body, "static (api, request, call, ct) => api.{0}(request, call, ct)"),
                        (true, _) => ($"(segment, request: {body})", "static (api, state, call, ct) => api.{0}(state.segment, state.request, call, ct)"),
                    };
                    w.Line("return SendAsync(");
                    w.Line($"    Begin({operation}, {(environment ? "segment" : "null")}, accessToken),");
                    w.Line($"    {state},");
                    w.Line($"    {string.Format(System.Globalization.CultureInfo.InvariantCulture, send, method.Name)},");
                    w.Line($"    OperationResults.{method.Result.Name},");
                    w.Line("    cancellationToken);");
                }
            });
        }

        return new GeneratedFile("src/Popsell.Client/Generated/Http/PopsellClientCore.cs", w.ToString());
    }

    private static GeneratedFile Readers(IReadOnlyList<FacadeMethod> methods)
    {
        var w = new CSharpWriter("System.Text.Json", "Popsell.Client.Operations", "Popsell.Client.Serialization");
        w.Line($"namespace {Namespace}.Http;").Line();
        w.Line("/// <summary>Reads what each operation answers with, through the source-generated metadata of its wire storage (the fast");
        w.Line("/// path), and unwraps the internal answers into what the facade returns. A required field that is missing is refused by");
        w.Line("/// the wire storage.</summary>");
        using (w.Block("internal static class OperationResults"))
        {
            var results = methods.Select(m => m.Result).DistinctBy(r => r.Name).ToList();
            w.Separated(results, result =>
            {
                var data = $"JsonSerializer.Deserialize(body, PopsellJsonContext.Default.{result.Name}Data)";
                if (result.Internal)
                {
                    var field = result.Fields.Single();
                    w.Doc($"The <c>{field.WireName}</c> of {result.Noun}: {Clause(field.Description)}.");
                    w.Line($"public static readonly ResultReader<string> {result.Name} = static body =>");
                    w.Line($"    {data}?.{field.Name};");
                }
                else
                {
                    w.Doc($"{result.Noun.Capitalized()}: {Clause(result.Description)}.");
                    w.Line($"public static readonly ResultReader<{result.Name}> {result.Name} = static body =>");
                    w.Line($"    {data} is {{ }} data ? new {result.Name}(data) : null;");
                }
            });
        }

        return new GeneratedFile("src/Popsell.Client/Generated/Http/OperationResults.cs", w.ToString());
    }
}
