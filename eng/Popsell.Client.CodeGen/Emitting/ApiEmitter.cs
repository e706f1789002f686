using System.Globalization;
using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>Writes the internal Refit interface and the table of operation descriptors: every fact of a route, once.</summary>
internal static class ApiEmitter
{
    private const string Folder = "src/Popsell.Client/Generated/Http/";

    public static IEnumerable<GeneratedFile> Emit(ApiModel api) => [RefitInterface(api), Operations(api)];

    private static GeneratedFile RefitInterface(ApiModel api)
    {
        var w = new CSharpWriter("Popsell.Client.Operations", "Refit");
        w.Line($"namespace {Namespace}.Http;").Line();
        w.Line("/// <summary>");
        w.Line("/// The documented operations, as a Refit interface built through Refit's generated, reflection-free path. Each returns");
        w.Line("/// the raw response: status mapping, body limits and parsing are the SDK's, so no Refit type escapes.");
        w.Line("/// </summary>");
        using (w.Block("internal interface IPopsellApi"))
        {
            w.Separated(api.Operations, operation =>
            {
                w.Doc($"<c>{operation.Method} {Xml(operation.Template)}</c>: {Sentence(operation.Summary)}");
                w.Line($"[{char.ToUpperInvariant(operation.Method[0])}{operation.Method[1..].ToLowerInvariant()}(\"{operation.Template}\")]");
                w.Line($"Task<HttpResponseMessage> {operation.Name}Async(");
                var parameters = operation.PathParameters.Select(p => $"string {p.Name}").ToList();
                if (operation.RequestSchema is { } body)
                {
                    parameters.Add($"[Body(BodySerializationMethod.Serialized)] {body} request");
                }

                parameters.Add("[Property(PopsellCall.OptionsKey)] PopsellCall call");
                parameters.Add("CancellationToken cancellationToken");
                w.Line("    " + string.Join(",\n    ", parameters) + ");");
            });
        }

        return new GeneratedFile(Folder + "IPopsellApi.cs", w.ToString());
    }

    private static GeneratedFile Operations(ApiModel api)
    {
        var w = new CSharpWriter();
        w.Line($"namespace {Namespace}.Operations;").Line();
        w.Line("/// <summary>The descriptor of each documented operation, read by the facade, the handlers, the retry rules, the errors,");
        w.Line("/// the logs and the telemetry.</summary>");
        using (w.Block("internal static class PopsellOperations"))
        {
            foreach (var (operation, index) in api.Operations.Select((o, i) => (o, i)))
            {
                w.Doc($"<c>{operation.Method} {Xml(operation.Template)}</c>: {Sentence(operation.Summary)}");
                w.Line($"public static readonly PopsellOperation {operation.Name} = new(");
                var values = operation.PathParameters.SingleOrDefault()?.Values ?? [];
                var arguments = new List<string>
                {
                    $"index: {index.ToString(CultureInfo.InvariantCulture)}",
                    $"name: \"{operation.Name}\"",
                    $"telemetryName: \"{SnakeCase(operation.Id)}\"",
                    $"method: \"{operation.Method}\"",
                    $"template: \"{operation.Template}\"",
                    $"auth: PopsellAuth.{operation.Auth switch { AuthKind.None => "None", AuthKind.Optional => "Optional", _ => "Bearer" }}",
                    $"requiresDomain: {(operation.SendsDomain ? "true" : "false")}",
                    $"endsSession: {(operation.EndsSession ? "true" : "false")}",
                    $"retry: PopsellRetryClass.{operation.Retry}",
                    $"successStatus: {operation.SuccessStatus.ToString(CultureInfo.InvariantCulture)}",
                    $"result: \"{api.Schema(operation.ResultSchema).Noun}\"",
                    $"secretResult: {(api.Schema(operation.ResultSchema).Fields.Any(f => f.Secret) ? "true" : "false")}",
                    $"environments: [{string.Join(", ", values.Select(v => $"\"{v}\""))}]",
                    operation.SideEffect is { } effect
                        ? $"sideEffect: new(\"{effect.May}\", \"{effect.Done}\", \"{effect.Advice}\")"
                        : "sideEffect: null",
                };
                w.Line("    " + string.Join(",\n    ", arguments) + ");");
                w.Line();
            }

            w.Doc("Every operation, in the document's order.");
            w.Line($"public static readonly IReadOnlyList<PopsellOperation> All = [{string.Join(", ", api.Operations.Select(o => o.Name))}];");
        }

        return new GeneratedFile("src/Popsell.Client/Generated/Operations/PopsellOperations.cs", w.ToString());
    }

    /// <summary><c>updateMe</c> as <c>update_me</c>: the value of the <c>popsell.operation</c> tag.</summary>
    private static string SnakeCase(string id) =>
        string.Concat(id.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
