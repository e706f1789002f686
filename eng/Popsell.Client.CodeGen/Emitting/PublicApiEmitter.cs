using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>
/// Writes the public API of the generated types and facade methods as Microsoft.CodeAnalysis.PublicApiAnalyzers spells it, into a pair of
/// files of their own beside the hand-written pair, so that a field added to the document needs no hand edit there.
/// </summary>
internal static class PublicApiEmitter
{
    public static IEnumerable<GeneratedFile> Emit(ApiModel api)
    {
        var lines = new List<string>();
        foreach (var schema in api.Schemas.Where(s => s.Role is not SchemaRole.Error && !s.Internal))
        {
            var type = $"{Namespace}.{schema.Name}";
            lines.Add(type);
            lines.Add($"{type}.<Clone>$() -> {type}!");
            lines.Add($"{type}.{schema.Name}() -> void");
            lines.Add($"{type}.Equals({type}? other) -> bool");
            lines.Add($"override {type}.Equals(object? obj) -> bool");
            lines.Add($"override {type}.GetHashCode() -> int");
            lines.Add($"override {type}.ToString() -> string!");
            lines.Add($"static {type}.operator !=({type}? left, {type}? right) -> bool");
            lines.Add($"static {type}.operator ==({type}? left, {type}? right) -> bool");
            foreach (var field in schema.Fields)
            {
                var nullable = schema.Role switch
                {
                    SchemaRole.Response => field.Nullable,
                    SchemaRole.Request => !field.Required,
                    _ => true,
                };
                lines.Add($"{type}.{field.Name}.get -> {PublicApi(field.Type, nullable)}");
                lines.Add($"{type}.{field.Name}.init -> void");
            }

            if (schema.Role == SchemaRole.Response)
            {
                lines.Add($"{type}.AdditionalProperties.get -> System.Collections.Generic.IReadOnlyDictionary<string!, System.Text.Json.JsonElement>!");
                lines.Add($"{type}.AdditionalProperties.init -> void");
            }

            if (schema.Role is SchemaRole.Request or SchemaRole.Nested or SchemaRole.Patch)
            {
                lines.Add($"{type}.AdditionalProperties.get -> System.Collections.Generic.IDictionary<string!, System.Text.Json.Nodes.JsonNode?>!");
            }

            if (schema.Role == SchemaRole.Patch)
            {
                lines.Add($"{type}.IsEmpty.get -> bool");
            }
        }

        foreach (var method in FacadeMethod.All(api))
        {
            foreach (var type in new[] { "IPopsellClient", "PopsellClient" })
            {
                lines.Add($"{Namespace}.{type}.{method.Name}({method.PublicApiSignature()}) -> {method.PublicApiReturn()}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        const string Folder = "src/Popsell.Client/Generated/";
        return
        [
            new GeneratedFile(Folder + "PublicAPI.Shipped.txt", "#nullable enable\n"),
            new GeneratedFile(Folder + "PublicAPI.Unshipped.txt", "#nullable enable\n" + string.Concat(lines.Select(l => l + "\n"))),
        ];
    }
}
