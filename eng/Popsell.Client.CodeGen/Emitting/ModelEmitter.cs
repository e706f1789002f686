using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>Writes the public record of each modelled schema, in the shape its role asks for.</summary>
internal static class ModelEmitter
{
    public static IEnumerable<GeneratedFile> Emit(ApiModel api, ApiSchema schema) => schema.Role switch
    {
        // An internal answer is read through its wire storage alone (SerializationEmitter): the facade unwraps it.
        SchemaRole.Response when schema.Internal => [],
        SchemaRole.Response => [Response(api, schema)],
        SchemaRole.Request or SchemaRole.Nested => [Request(api, schema)],
        SchemaRole.Patch => [Patch(api, schema)],
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema.Role, "error bodies are not modelled"),
    };

    private static string Summary(ApiField field) =>
        $"{Sentence(field.Description)}{(field.Secret ? " Never printed by <c>ToString</c>." : string.Empty)} Wire name: <c>{Xml(field.WireName)}</c>.";

    /// <summary>The operations that take or return <paramref name="schema"/>, as <c>POST /auth/register</c>.</summary>
    private static string Routes(ApiModel api, ApiSchema schema, bool asResult)
    {
        var routes = api.Operations.Where(o => (asResult ? o.ResultSchema : o.RequestSchema) == schema.Name)
            .Select(o => $"<c>{o.Method} {Xml(o.Template)}</c>").ToList();
        return routes.Count <= 1 ? string.Concat(routes) : string.Join(", ", routes[..^1]) + " and " + routes[^1];
    }

    private static GeneratedFile Response(ApiModel api, ApiSchema schema)
    {
        var name = schema.Name;
        var w = new CSharpWriter("System.Text.Json", "System.Text.Json.Serialization", "Popsell.Client.Serialization");
        w.Line($"namespace {Namespace};").Line();
        w.Line($"/// <summary>{Sentence(schema.Description)} Returned by {Routes(api, schema, asResult: true)}.</summary>");
        w.Line("/// <remarks>");
        w.Line("/// <para>Every documented response field has a property. Reading is liberal, because the API is a PHP application:");
        w.Line("/// integers sent as strings, booleans sent as <c>0</c>/<c>1</c> or <c>\"0\"</c>/<c>\"1\"</c>, and missing fields are accepted.</para>");
        w.Line("/// <para>A property whose type is not nullable is never <see langword=\"null\"/>: a missing or <c>null</c> field reads as");
        w.Line("/// <c>\"\"</c>, <c>0</c>, <see langword=\"false\"/> or an empty list. Fields this version of the SDK does not know are kept in");
        w.Line("/// <see cref=\"AdditionalProperties\"/>.</para>");
        w.Line("/// <para>Dates are kept as the strings the server sent, since the API does not document their format.</para>");
        foreach (var required in schema.Fields.Where(f => f.Required))
        {
            w.Line($"/// <para>An answer without <c>{Xml(required.WireName)}</c> is not {schema.Noun}: the SDK reports it as a <see cref=\"PopsellApiException\"/>.</para>");
        }

        foreach (var secret in schema.Fields.Where(f => f.Secret))
        {
            w.Line($"/// <para><see cref=\"ToString\"/> never prints <see cref=\"{secret.Name}\"/>: it shows <c>***</c> instead.</para>");
        }

        w.Line("/// </remarks>");
        w.Line($"[JsonConverter(typeof({name}JsonConverter))]");
        using (w.Block($"public sealed partial record {name}"))
        {
            w.Line("private static readonly IReadOnlyDictionary<string, JsonElement> EmptyAdditionalProperties =");
            w.Line("    new System.Collections.ObjectModel.ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());");
            w.Line();
            w.Line($"// The wire storage, read and written through System.Text.Json's source-generated metadata of {name}Data. Every");
            w.Line("// instance has its own: a `with` expression copies it before its initializers run.");
            w.Line($"private readonly {name}Data _data;");
            w.Line();
            w.Doc("Initializes a record with every property at its empty value.");
            w.Line($"public {name}() => _data = new {name}Data();");
            w.Line();
            w.Line($"internal {name}({name}Data data) => _data = data;");
            w.Line();
            w.Line($"private {name}({name} original) => _data = original._data with {{ }};");
            w.Line();
            w.Doc("Gets the wire storage, for the serializer.");
            w.Line($"internal {name}Data Data => _data;");
            foreach (var field in schema.Fields)
            {
                var empty = EmptyValue(field);
                w.Line();
                w.Doc(Summary(field), field.Required
                    ? "Never <see langword=\"null\"/> or empty in an answer the SDK returns: one without it is a <see cref=\"PopsellApiException\"/>."
                    : ResponseValue(field));
                w.Line($"public {Property(field, SchemaRole.Response)} {field.Name} {{ get => _data.{field.Name}; init => _data.{field.Name} = value{(empty is null ? string.Empty : " ?? " + empty)}; }}");
            }

            w.Line();
            w.Doc("Fields the server sent that this version of the SDK does not model, by wire name.", "Never <see langword=\"null\"/>; empty when every field was known.");
            using (w.Block("public IReadOnlyDictionary<string, JsonElement> AdditionalProperties"))
            {
                w.Line("get => _data.ExtensionData is { Count: > 0 } data ? data : EmptyAdditionalProperties;");
                w.Line("init => _data.ExtensionData = value is null ? null : new Dictionary<string, JsonElement>(value, StringComparer.Ordinal);");
            }

            if (schema.Fields.Any(f => f.Secret))
            {
                w.Line();
                using (w.Block("private bool PrintMembers(System.Text.StringBuilder builder)"))
                {
                    w.Line("var printer = new RecordPrinter(builder);");
                    foreach (var field in schema.Fields)
                    {
                        w.Line(field.Secret ? $"printer.AppendSecret(nameof({field.Name}));" : $"printer.AppendValue(nameof({field.Name}), {field.Name});");
                    }

                    w.Line("printer.AppendValue(nameof(AdditionalProperties), AdditionalProperties.Count);");
                    w.Line("return printer.Printed;");
                }
            }
        }

        return new GeneratedFile($"src/Popsell.Client/Generated/Models/{name}.cs", w.ToString());
    }

    private static string ResponseValue(ApiField field) => field switch
    {
        { Nullable: true } => "<see langword=\"null\"/> when the server sent <c>null</c> or left the field out.",
        { Type.Kind: FieldKind.String } => "Never <see langword=\"null\"/>; <c>\"\"</c> when the server did not send it.",
        { Type.Kind: FieldKind.Array } => "Never <see langword=\"null\"/>; empty when the server did not send it.",
        { Type.Kind: FieldKind.Boolean } => "<see langword=\"false\"/> when the server sent <c>null</c> or left the field out.",
        { Type.Kind: FieldKind.Int32 or FieldKind.Int64 } => "<c>0</c> when the server sent <c>null</c> or left the field out.",
        { Type.Kind: FieldKind.Object } => "Never <see langword=\"null\"/>; an empty record when the server did not send it.",
        { Type.Kind: FieldKind.Json } => "A <see cref=\"JsonElement\"/> whose <see cref=\"JsonElement.ValueKind\"/> is <see cref=\"JsonValueKind.Undefined\"/> when the server did not send it.",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type.Kind, $"{field.WireName}: a response object field must be nullable"),
    };

    private static GeneratedFile Request(ApiModel api, ApiSchema schema)
    {
        var name = schema.Name;
        var nested = schema.Role == SchemaRole.Nested;
        var extras = !schema.Internal;
        var w = extras
            ? new CSharpWriter("System.Diagnostics.CodeAnalysis", "System.Text", "System.Text.Json.Nodes", "System.Text.Json.Serialization", "Popsell.Client.Serialization")
            : new CSharpWriter("System.Text", "System.Text.Json.Serialization");
        w.Line($"namespace {Namespace};").Line();
        var required = schema.Fields.Where(f => f.Required).Select(f => $"<see cref=\"{f.Name}\"/>").ToList();
        if (nested)
        {
            w.Line($"/// <summary>{Sentence(schema.Description)}</summary>");
            w.Line("/// <remarks>Every property is optional and is not sent when <see langword=\"null\"/> (the default). Fields this version");
            w.Line("/// of the SDK does not model can be sent through <see cref=\"AdditionalProperties\"/>.</remarks>");
        }
        else
        {
            w.Line($"/// <summary>{Sentence(schema.Description)} The body of {Routes(api, schema, asResult: false)}.</summary>");
            w.Line("/// <remarks>");
            w.Line($"/// <para>{string.Join(", ", required)} {(required.Count == 1 ? "is" : "are")} required. Every other property is optional: a property left");
            w.Line("/// <see langword=\"null\"/> is not sent. The server validates the values (a 422 is a <see cref=\"ValidationProblemException\"/>).</para>");
            foreach (var secret in schema.Fields.Where(f => f.Secret))
            {
                w.Line($"/// <para><see cref=\"ToString\"/> never prints <see cref=\"{secret.Name}\"/>: it shows <c>***</c> instead.</para>");
            }

            if (extras)
            {
                w.Line(ExtrasRemark);
            }

            w.Line("/// </remarks>");
        }

        if (extras)
        {
            w.Line($"[JsonConverter(typeof({name}JsonConverter))]");
        }

        using (w.Block($"{(schema.Internal ? "internal" : "public")} sealed partial record {name}"))
        {
            w.Separated(schema.Fields, field =>
            {
                w.Doc(Summary(field), field.Required ? "Required." : "Optional; not sent when <see langword=\"null\"/> (the default).");
                w.Line($"[JsonPropertyName(\"{field.WireName}\")]");
                if (!field.Required)
                {
                    w.Line("[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]");
                }

                w.Line($"public {(field.Required ? "required " : string.Empty)}{Property(field, schema.Role)} {field.Name} {{ get; init; }}");
            });

            if (extras)
            {
                ExtraMembers(w, schema, sends: f => f.Required ? "true" : $"{f.Name} is not null", copy: f => $"{f.Name} = original.{f.Name};", afterCopy: null);
            }

            if (!nested || extras)
            {
                w.Line();
                using (w.Block("private bool PrintMembers(StringBuilder builder)"))
                {
                    w.Line("var printer = new RecordPrinter(builder);");
                    foreach (var field in schema.Fields)
                    {
                        w.Line(field switch
                        {
                            { Secret: true } => $"printer.AppendSecret(nameof({field.Name}));",
                            { Type.Kind: FieldKind.Array } => $"printer.AppendList(nameof({field.Name}), {field.Name});",
                            _ => $"printer.Append(nameof({field.Name}), {field.Name});",
                        });
                    }

                    if (extras)
                    {
                        w.Line("printer.AppendNames(nameof(AdditionalProperties), AdditionalProperties.Keys);");
                    }

                    w.Line("return printer.Printed;");
                }
            }
        }

        return new GeneratedFile($"src/Popsell.Client/Generated/Models/{name}.cs", w.ToString());
    }

    private static GeneratedFile Patch(ApiModel api, ApiSchema schema)
    {
        var name = schema.Name;
        var fields = name + "Fields";
        var w = new CSharpWriter("System.Diagnostics.CodeAnalysis", "System.Text", "System.Text.Json.Nodes", "System.Text.Json.Serialization", "Popsell.Client.Serialization");
        w.Line($"namespace {Namespace};").Line();
        w.Line($"/// <summary>{Sentence(schema.Description)} The body of {Routes(api, schema, asResult: false)}.</summary>");
        w.Line("/// <remarks>");
        w.Line("/// <para>Set the properties to change in an object initializer (or a <see langword=\"with\"/> expression). Only the");
        w.Line("/// properties you assign are sent, so a partial update never wipes data: an unassigned property is left as it is on");
        w.Line("/// the server, and assigning <see langword=\"null\"/> sends JSON <c>null</c>, which clears the field. The server");
        w.Line("/// validates the values: a field it does not let you clear answers with a 422 (<see cref=\"ValidationProblemException\"/>).</para>");
        w.Line("/// <para>The record remembers which properties were assigned, and so does its JSON form with any");
        w.Line("/// <see cref=\"System.Text.Json.JsonSerializer\"/> options, because the type carries its own converter.</para>");
        var secrets = schema.Fields.Where(f => f.Secret).Select(f => $"<see cref=\"{f.Name}\"/>").ToList();
        w.Line($"/// <para><see cref=\"ToString\"/> prints only the assigned properties, and never the value of {string.Join(" or ", secrets)}.</para>");
        w.Line(ExtrasRemark);
        w.Line("/// </remarks>");
        w.Line($"[JsonConverter(typeof({name}JsonConverter))]");
        using (w.Block($"public sealed partial record {name}"))
        {
            w.Line($"private {fields} _assigned;");
            foreach (var field in schema.Fields)
            {
                w.Line();
                var clear = field.Nullable
                    ? "assigning <see langword=\"null\"/> clears the field."
                    : "assigning <see langword=\"null\"/> sends JSON <c>null</c>, which the reference does not document for this field: the server may answer with a 422.";
                w.Doc(Summary(field), "Not sent unless assigned; " + clear);
                w.Line($"public {Property(field, SchemaRole.Patch)} {field.Name} {{ get; init {{ field = value; _assigned.Set({fields}.{field.Name}); }} }}");
            }

            w.Line();
            w.Doc("Gets the fields that were assigned.");
            w.Line($"internal {fields} AssignedFields => _assigned;");
            w.Line();
            w.Doc("Gets a value indicating whether no property was assigned and no additional property added.", "<see langword=\"true\"/> when the request would send an empty JSON object.");
            w.Line("public bool IsEmpty => _assigned.IsEmpty && AdditionalProperties.Count == 0;");
            ExtraMembers(w, schema, sends: f => $"_assigned.Has({fields}.{f.Name})", copy: f => $"{f.Name} = original.{f.Name};", afterCopy: "_assigned = original._assigned;");
            w.Line();
            using (w.Block("private bool PrintMembers(StringBuilder builder)"))
            {
                w.Line("var printer = new RecordPrinter(builder);");
                foreach (var field in schema.Fields)
                {
                    var print = field.Secret ? $"printer.AppendSecret(nameof({field.Name}))" : $"printer.AppendAssigned(nameof({field.Name}), {field.Name})";
                    w.Line($"if (_assigned.Has({fields}.{field.Name})) {print};");
                }

                w.Line("printer.AppendNames(nameof(AdditionalProperties), AdditionalProperties.Keys);");
                w.Line("return printer.Printed;");
            }
        }

        return new GeneratedFile($"src/Popsell.Client/Generated/Models/{name}.cs", w.ToString());
    }

    private const string ExtrasRemark = "/// <para>Fields this version of the SDK does not model go in <see cref=\"AdditionalProperties\"/>: they are sent beside the\n"
        + "/// properties (a <see langword=\"null\"/> value as JSON <c>null</c>), and <see cref=\"ToString\"/> prints their names only.</para>";

    /// <summary>Writes what every public request record has for its extra fields: the bag, a copy constructor that does not
    /// share it, value equality, and the check that no extra field is one a property sends.</summary>
    private static void ExtraMembers(CSharpWriter w, ApiSchema schema, Func<ApiField, string> sends, Func<ApiField, string> copy, string? afterCopy)
    {
        var name = schema.Name;
        w.Line();
        w.Doc("Gets the fields to send that this version of the SDK does not model, by wire name.",
            "Empty unless you add to it. A <see langword=\"null\"/> value is sent as JSON <c>null</c>. A name that one of the properties also sends is refused before anything is sent.");
        w.Line("public IDictionary<string, JsonNode?> AdditionalProperties { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);");
        w.Line();
        w.Doc("Copies a record for a <see langword=\"with\"/> expression, with a copy of <see cref=\"AdditionalProperties\"/> of its own.");
        w.Line("[SetsRequiredMembers]");
        using (w.Block($"private {name}({name} original)"))
        {
            foreach (var field in schema.Fields)
            {
                w.Line(copy(field));
            }

            w.Line("AdditionalProperties = RequestJson.Copy(original.AdditionalProperties);");
            if (afterCopy is not null)
            {
                w.Line(afterCopy);
            }
        }

        EqualityEmitter.Emit(w, name, schema.Fields, "AdditionalProperties", afterCopy is null ? null : "_assigned.Equals(other._assigned)");

        w.Line();
        w.Doc("Returns whether a property of this record sends the field with that wire name.");
        w.Line($"internal bool Sends(string wireName) => wireName switch");
        w.Line("{");
        foreach (var field in schema.Fields)
        {
            w.Line($"    \"{field.WireName}\" => {sends(field)},");
        }

        w.Line("    _ => false,");
        w.Line("};");
        w.Line();
        w.Doc("Refuses an additional property that a property of this record (or of an object in it) also sends.");
        using (w.Block("internal void CheckAdditionalProperties()"))
        {
            w.Line($"RequestJson.CheckAdditional(AdditionalProperties, Sends, nameof({name}));");
            foreach (var field in schema.Fields.Where(f => f.Type.Kind == FieldKind.Array && f.Type.Items!.Kind == FieldKind.Object))
            {
                using (w.Block($"foreach (var item in {field.Name} ?? [])"))
                {
                    w.Line("item?.CheckAdditionalProperties();");
                }
            }

            foreach (var field in schema.Fields.Where(f => f.Type.Kind == FieldKind.Object))
            {
                w.Line($"{field.Name}?.CheckAdditionalProperties();");
            }
        }
    }
}
