using Popsell.Client.CodeGen.Model;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>
/// Writes what the stand-in (<c>Popsell.Client.Testing</c>) takes from the document: the fields of each modelled schema
/// with their wire names, JSON types, nullability and required flags. Only data: the stand-in keeps its own
/// implementation, and does not reference the SDK.
/// </summary>
internal static class StandInSchemaEmitter
{
    public static GeneratedFile Emit(ApiModel api)
    {
        var w = new CSharpWriter();
        w.Line("namespace Popsell.Client.Testing.Internal;").Line();
        w.Line("/// <summary>The JSON type of a documented field.</summary>");
        using (w.Block("internal enum ApiType"))
        {
            w.Line("String,");
            w.Line("Integer,");
            w.Line("Boolean,");
            w.Line("Array,");
            w.Line("Object,");
        }

        w.Line();
        w.Line("/// <summary>A documented field: its wire name, JSON type, whether it may be <c>null</c> and whether it is required.</summary>");
        w.Line("internal sealed record ApiField(string Name, ApiType Type, bool Nullable, bool Required);");
        w.Line();
        w.Line("/// <summary>The fields of each schema of the OpenAPI document, in the document's order.</summary>");
        using (w.Block("internal static class ApiSchema"))
        {
            w.Separated(api.Schemas.Where(s => s.Role != SchemaRole.Error), schema =>
            {
                w.Line($"/// <summary>The fields of <c>{schema.Name}</c>.</summary>");
                w.Line($"public static readonly IReadOnlyList<ApiField> {schema.Name} =");
                w.Line("[");
                foreach (var field in schema.Fields)
                {
                    w.Line($"    new(\"{field.WireName}\", ApiType.{Type(field.Type)}, Nullable: {(field.Nullable ? "true" : "false")}, Required: {(field.Required ? "true" : "false")}),");
                }

                w.Line("];");
            });
        }

        return new GeneratedFile("src/Popsell.Client.Testing/Generated/ApiSchema.cs", w.ToString());
    }

    private static string Type(FieldType type) => type.Kind switch
    {
        FieldKind.String => "String",
        FieldKind.Int32 or FieldKind.Int64 => "Integer",
        FieldKind.Boolean => "Boolean",
        FieldKind.Array => "Array",
        FieldKind.Object or FieldKind.Json => "Object",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };
}
