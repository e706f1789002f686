using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>Writes what System.Text.Json needs for each model: wire storage, converters and assignment tracking.</summary>
internal static class SerializationEmitter
{
    private const string Folder = "src/Popsell.Client/Generated/Serialization/";

    /// <summary>Writes the partial of <c>PopsellJsonContext</c> that lists every modelled type for the source generator.</summary>
    public static GeneratedFile Context(ApiModel api)
    {
        var w = new CSharpWriter("System.Text.Json.Serialization");
        w.Line($"namespace {Namespace}.Serialization;").Line();
        foreach (var schema in api.Schemas.Where(s => s.Role is SchemaRole.Request or SchemaRole.Patch or SchemaRole.Response))
        {
            if (!(schema.Role == SchemaRole.Response && schema.Internal))
            {
                w.Line($"[JsonSerializable(typeof({schema.Name}))]");
            }

            if (schema.Role == SchemaRole.Response)
            {
                w.Line($"[JsonSerializable(typeof({schema.Name}Data))]");
            }
        }

        // The converters of the public requests write and read their lists and objects through these.
        var nested = api.Schemas.Where(s => s.Role is SchemaRole.Request or SchemaRole.Nested && !s.Internal)
            .SelectMany(s => s.Fields).Where(f => f.Type.Kind is FieldKind.Array or FieldKind.Object)
            .Select(f => f.Type).Distinct();
        foreach (var type in nested)
        {
            w.Line($"[JsonSerializable(typeof({CSharp(type)}), TypeInfoPropertyName = \"{InfoName(type)}\")]");
        }

        w.Line("internal sealed partial class PopsellJsonContext;");
        return new GeneratedFile($"{Folder}PopsellJsonContext.cs", w.ToString());
    }

    public static IEnumerable<GeneratedFile> Emit(ApiSchema schema) => schema.Role switch
    {
        SchemaRole.Response when schema.Internal => [Data(schema)],
        SchemaRole.Response => [Data(schema), ResponseConverter(schema)],
        SchemaRole.Patch => [Fields(schema), PatchConverter(schema)],
        SchemaRole.Request or SchemaRole.Nested when !schema.Internal => [RequestConverter(schema)],
        _ => [],
    };

    private static GeneratedFile Data(ApiSchema schema)
    {
        var name = schema.Name;
        var w = new CSharpWriter("System.Text.Json", "System.Text.Json.Serialization");
        w.Line($"namespace {Namespace}.Serialization;").Line();
        w.Line("/// <summary>");
        var owner = schema.Internal ? $"<c>{name}</c> answer (internal: the facade unwraps it)" : $"<see cref=\"{name}\"/>";
        w.Line($"/// The wire storage of a {owner}: one settable field per documented field, under its wire name.");
        w.Line("/// </summary>");
        w.Line("/// <remarks>");
        w.Line("/// <para>System.Text.Json's source generator reads a type whose members are init-only properties through its");
        w.Line("/// constructor-argument path: it collects every value into an <c>object[]</c> (boxing each number and boolean) and");
        w.Line("/// builds the record at the end, about 1 µs and 400 B more per response (docs/performance.md). .NET 8's generator also");
        w.Line("/// lists init-only properties marked <c>[JsonIgnore]</c> as constructor arguments, which .NET 8's serializer then");
        w.Line("/// refuses. Settable fields take the fast path on every runtime, while the public properties stay init-only.</para>");
        w.Line("/// <para>A field that is not required is read through <see cref=\"TolerantConverter{T, TField}\"/>: a value that cannot");
        w.Line("/// be read as its documented type leaves the field at its default and is kept, raw, in <see cref=\"ExtensionData\"/>.");
        w.Line("/// Equality compares the values: lists by their items, JSON by its content, the unmodelled fields by their entries.</para>");
        w.Line("/// </remarks>");
        using (w.Block($"internal sealed record {name}Data : IJsonOnDeserializing, IJsonOnDeserialized, IKeepsUnreadable"))
        {
            foreach (var field in schema.Fields)
            {
                var empty = EmptyValue(field);
                w.Line("[JsonInclude]");
                w.Line($"[JsonPropertyName(\"{field.WireName}\")]");
                if (field.Type.Kind == FieldKind.Json)
                {
                    // A field the server did not send is an undefined JsonElement, which cannot be written: leave it out.
                    w.Line("[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]");
                }
                else if (!field.Required)
                {
                    w.Line($"[JsonConverter(typeof(TolerantConverter<{ConverterType(field)}, {field.Name}Field>))]");
                }

                w.Line($"public {Property(field, SchemaRole.Response)} {field.Name}{(empty is null ? string.Empty : " = " + empty)};");
                w.Line();
            }

            w.Line("[JsonExtensionData]");
            w.Line("[JsonInclude]");
            w.Line("public Dictionary<string, JsonElement>? ExtensionData;");
            w.Line();
            w.Doc("Receives the fields that could not be read while the serializer fills this storage.");
            w.Line("void IJsonOnDeserializing.OnDeserializing() => UnreadableFields.Open(this);");
            w.Line();
            var required = schema.Fields.Where(f => f.Required).Select(f => $"<c>{Xml(f.WireName)}</c>").ToList();
            w.Doc("Turns a JSON <c>null</c> read into a field that is never <see langword=\"null\"/> into its empty value"
                + (required.Count == 0 ? "." : $", and refuses an answer without {string.Join(" or ", required)}."));
            using (w.Block("void IJsonOnDeserialized.OnDeserialized()"))
            {
                w.Line("UnreadableFields.Close(this);");
                foreach (var field in schema.Fields.Where(f => EmptyValue(f) is not null))
                {
                    w.Line($"{field.Name} ??= {EmptyValue(field)};");
                }

                foreach (var field in schema.Fields.Where(f => f.Required))
                {
                    var missing = field.Type.Kind switch
                    {
                        FieldKind.String => $"{field.Name}.Length == 0",
                        FieldKind.Array => $"{field.Name}.Count == 0",
                        _ => throw new NotSupportedException($"{schema.Name}.{field.WireName}: a required response field of kind {field.Type.Kind} is not handled by the generator yet."),
                    };
                    using (w.Block($"if ({missing})"))
                    {
                        w.Line($"throw new JsonException(\"it has no {field.WireName}\");");
                    }
                }
            }

            w.Line();
            w.Line("void IKeepsUnreadable.Keep(string wireName, JsonElement raw) => (ExtensionData ??= new(StringComparer.Ordinal))[wireName] = raw;");
            w.Line();
            w.Doc("Returns whether a name is the wire name of a documented field.");
            w.Line($"internal static bool IsDocumented(string wireName) => wireName is {string.Join(" or ", schema.Fields.Select(f => $"\"{f.WireName}\""))};");
            w.Line();
            w.Doc("Gets the storage to write: without the kept values of documented fields, which are written from their fields.");
            w.Line($"internal {name}Data ForWriting() => ExtensionData is {{ Count: > 0 }} extra && extra.Keys.Any(IsDocumented)");
            w.Line($"    ? this with {{ ExtensionData = extra.Where(e => !IsDocumented(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal) }}");
            w.Line("    : this;");
            EqualityEmitter.Emit(w, name + "Data", schema.Fields, "ExtensionData");

            foreach (var field in schema.Fields.Where(f => f.Type.Kind != FieldKind.Json && !f.Required))
            {
                w.Line();
                w.Doc($"Names <c>{Xml(field.WireName)}</c> for its converter.");
                using (w.Block($"internal abstract class {field.Name}Field : IWireField"))
                {
                    w.Line($"public static string WireName => \"{field.WireName}\";");
                }
            }
        }

        return new GeneratedFile($"{Folder}{name}Data.cs", w.ToString());
    }

    /// <summary>The type a field's converter converts: the property's type, with <c>?</c> only where it makes another type.</summary>
    private static string ConverterType(ApiField field) =>
        CSharp(field.Type) + (field.Nullable && !IsReference(field.Type) ? "?" : string.Empty);

    private static GeneratedFile ResponseConverter(ApiSchema schema)
    {
        var name = schema.Name;
        var w = new CSharpWriter("System.Text.Json", "System.Text.Json.Serialization");
        w.Line($"namespace {Namespace}.Serialization;").Line();
        w.Line("/// <summary>");
        w.Line($"/// Reads and writes a <see cref=\"{name}\"/> in its wire form (the wire names, unknown fields kept) through the");
        w.Line($"/// source-generated metadata of <see cref=\"{name}Data\"/>, whatever <see cref=\"JsonSerializerOptions\"/> the caller uses.");
        w.Line("/// A field that cannot be read as its documented type is kept raw in <c>AdditionalProperties</c>; when the record is");
        w.Line("/// written, each documented field is written from its property.");
        w.Line("/// </summary>");
        using (w.Block($"internal sealed class {name}JsonConverter : JsonConverter<{name}>"))
        {
            using (w.Block($"public override {name}? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)"))
            {
                w.Line("using var read = UnreadableFields.Begin();");
                w.Line($"return JsonSerializer.Deserialize(ref reader, PopsellJsonContext.Default.{name}Data) is {{ }} data ? new {name}(data) : null;");
            }

            w.Line();
            w.Line($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options) =>");
            w.Line($"    JsonSerializer.Serialize(writer, value.Data.ForWriting(), PopsellJsonContext.Default.{name}Data);");
        }

        return new GeneratedFile($"{Folder}{name}JsonConverter.cs", w.ToString());
    }

    private static GeneratedFile Fields(ApiSchema schema)
    {
        var name = schema.Name + "Fields";
        var count = schema.Fields.Count;
        var words = (count + 63) / 64;
        var w = new CSharpWriter("System.Runtime.CompilerServices");
        w.Line($"namespace {Namespace}.Serialization;").Line();
        w.Line($"/// <summary>Which properties of a <see cref=\"{schema.Name}\"/> were assigned: one bit per documented field, in documented");
        w.Line("/// order, in as many 64-bit words as the fields need.</summary>");
        using (w.Block($"internal struct {name} : IEquatable<{name}>"))
        {
            w.Doc("The number of fields.");
            w.Line($"public const int Count = {count};");
            for (var i = 0; i < count; i++)
            {
                w.Line();
                w.Doc($"<see cref=\"{schema.Name}.{schema.Fields[i].Name}\"/>, wire name <c>{Xml(schema.Fields[i].WireName)}</c>.");
                w.Line($"public const int {schema.Fields[i].Name} = {i};");
            }

            w.Line();
            w.Line("private Words _words;");
            w.Line();
            w.Doc("Gets the property name of each field, by field.");
            w.Line("public static ReadOnlySpan<string> PropertyNames => s_propertyNames;");
            w.Line();
            w.Doc("Gets the wire name of each field, by field.");
            w.Line("public static ReadOnlySpan<string> WireNames => s_wireNames;");
            w.Line();
            w.Doc("Gets whether the reference documents each field as nullable, by field.");
            w.Line("public static ReadOnlySpan<bool> Nullable => s_nullable;");
            w.Line();
            w.Doc("Gets a value indicating whether no field is assigned.");
            w.Line("public readonly bool IsEmpty => ((ReadOnlySpan<ulong>)_words).IndexOfAnyExcept(0UL) < 0;");
            w.Line();
            w.Doc("Returns whether <paramref name=\"field\"/> is assigned.");
            w.Line("public readonly bool Has(int field) => (((ReadOnlySpan<ulong>)_words)[field >> 6] & (1UL << field)) != 0;");
            w.Line();
            w.Doc("Marks <paramref name=\"field\"/> as assigned.");
            w.Line("public void Set(int field) => _words[field >> 6] |= 1UL << field;");
            w.Line();
            w.Line($"public readonly bool Equals({name} other) => ((ReadOnlySpan<ulong>)_words).SequenceEqual(other._words);");
            w.Line();
            w.Line($"public override readonly bool Equals(object? obj) => obj is {name} other && Equals(other);");
            w.Line();
            using (w.Block("public override readonly int GetHashCode()"))
            {
                w.Line("var hash = default(HashCode);");
                w.Line("hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes((ReadOnlySpan<ulong>)_words));");
                w.Line("return hash.ToHashCode();");
            }

            w.Line();
            w.Line($"private static readonly string[] s_propertyNames = [{string.Join(", ", schema.Fields.Select(f => $"\"{f.Name}\""))}];");
            w.Line();
            w.Line($"private static readonly string[] s_wireNames = [{string.Join(", ", schema.Fields.Select(f => $"\"{f.WireName}\""))}];");
            w.Line();
            w.Line($"private static readonly bool[] s_nullable = [{string.Join(", ", schema.Fields.Select(f => f.Nullable ? "true" : "false"))}];");
            w.Line();
            w.Line($"[InlineArray({words})]");
            using (w.Block("private struct Words"))
            {
                w.Line("private ulong _word;");
            }
        }

        return new GeneratedFile($"{Folder}{name}.cs", w.ToString());
    }

    private static GeneratedFile PatchConverter(ApiSchema schema)
    {
        var name = schema.Name;
        var fields = name + "Fields";
        var w = new CSharpWriter("System.Text.Json", "System.Text.Json.Serialization");
        w.Line($"namespace {Namespace}.Serialization;").Line();
        w.Line("/// <summary>");
        w.Line($"/// Writes a <see cref=\"{name}\"/> with only its assigned properties, and reads one back with exactly the");
        w.Line("/// properties present in the JSON assigned. Attached to the type itself, so every serializer honours it.");
        w.Line("/// </summary>");
        using (w.Block($"internal sealed class {name}JsonConverter : JsonConverter<{name}>"))
        {
            EncodedNames(w, schema);

            w.Line();
            using (w.Block($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options)"))
            {
                w.Line("var assigned = value.AssignedFields;");
                w.Line("writer.WriteStartObject();");
                foreach (var field in schema.Fields)
                {
                    w.Line($"if (assigned.Has({fields}.{field.Name})) PatchJson.Write(writer, {field.Name}Name, value.{field.Name});");
                }

                w.Line("RequestJson.WriteAdditional(writer, value.AdditionalProperties);");
                w.Line("writer.WriteEndObject();");
            }

            w.Line();
            using (w.Block($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)"))
            {
                MustBeAnObject(w, name);

                w.Line();
                w.Line($"var request = new {name}();");
                w.Line("Dictionary<string, System.Text.Json.Nodes.JsonNode?>? additional = null;");
                ReadFields(w, schema, field => $"request = request with {{ {field.Name} = PatchJson.Read{Reader(field)}(ref reader) }};");

                w.Line();
                w.Line("RequestJson.AddTo(request.AdditionalProperties, additional);");
                w.Line("return request;");
            }
        }

        return new GeneratedFile($"{Folder}{name}JsonConverter.cs", w.ToString());
    }

    /// <summary>The name of the context's metadata for a list or object type of a request, such as <c>ListOfAmbassadorRole</c>.</summary>
    private static string InfoName(FieldType type) => type.Kind == FieldKind.Array ? "ListOf" + InfoName(type.Items!) : CSharp(type);

    private static GeneratedFile RequestConverter(ApiSchema schema)
    {
        var name = schema.Name;
        var w = new CSharpWriter("System.Text.Json", "System.Text.Json.Nodes", "System.Text.Json.Serialization");
        w.Line($"namespace {Namespace}.Serialization;").Line();
        w.Line("/// <summary>");
        w.Line($"/// Writes a <see cref=\"{name}\"/> with the properties that are not <see langword=\"null\"/> (and the required ones), then its");
        w.Line("/// <c>AdditionalProperties</c>; reads one back with the fields it does not model in <c>AdditionalProperties</c>. Attached");
        w.Line("/// to the type itself, so every serializer sends the extra fields too.");
        w.Line("/// </summary>");
        using (w.Block($"internal sealed class {name}JsonConverter : JsonConverter<{name}>"))
        {
            EncodedNames(w, schema);

            w.Line();
            using (w.Block($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options)"))
            {
                w.Line("writer.WriteStartObject();");
                foreach (var field in schema.Fields)
                {
                    var write = field.Type.Kind switch
                    {
                        FieldKind.String => $"writer.WriteString({field.Name}Name, v);",
                        FieldKind.Boolean => $"writer.WriteBoolean({field.Name}Name, v);",
                        FieldKind.Int32 or FieldKind.Int64 => $"writer.WriteNumber({field.Name}Name, v);",
                        FieldKind.Array or FieldKind.Object => $"{{ writer.WritePropertyName({field.Name}Name); JsonSerializer.Serialize(writer, v, PopsellJsonContext.Default.{InfoName(field.Type)}); }}",
                        _ => throw new NotSupportedException($"{name}.{field.WireName}: a request field of kind {field.Type.Kind} is not handled by the generator yet."),
                    };
                    var named = write.Replace("v)", $"v{field.Name})", StringComparison.Ordinal).Replace("v,", $"v{field.Name},", StringComparison.Ordinal);
                    // A required property is always sent, null included: the server judges it (a 422), not the SDK.
                    w.Line(field.Required
                        ? $"if (value.{field.Name} is {{ }} v{field.Name}) {named} else writer.WriteNull({field.Name}Name);"
                        : $"if (value.{field.Name} is {{ }} v{field.Name}) {named}");
                }

                w.Line("RequestJson.WriteAdditional(writer, value.AdditionalProperties);");
                w.Line("writer.WriteEndObject();");
            }

            w.Line();
            using (w.Block($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)"))
            {
                MustBeAnObject(w, name);

                w.Line();
                foreach (var field in schema.Fields)
                {
                    w.Line($"{Property(field, SchemaRole.Nested)} v{field.Name} = null;");
                }

                w.Line("Dictionary<string, JsonNode?>? additional = null;");
                ReadFields(w, schema, field => field.Type.Kind is FieldKind.Array or FieldKind.Object
                    ? $"v{field.Name} = JsonSerializer.Deserialize(ref reader, PopsellJsonContext.Default.{InfoName(field.Type)});"
                    : $"v{field.Name} = PatchJson.Read{Reader(field)}(ref reader);");
                w.Line();
                w.Line($"var request = new {name}");
                w.Line("{");
                foreach (var field in schema.Fields)
                {
                    w.Line($"    {field.Name} = v{field.Name}{(field.Required ? "!" : string.Empty)},");
                }

                w.Line("};");
                w.Line("RequestJson.AddTo(request.AdditionalProperties, additional);");
                w.Line("return request;");
            }
        }

        return new GeneratedFile($"{Folder}{name}JsonConverter.cs", w.ToString());
    }

    /// <summary>Writes a request converter's encoded wire names, one per field.</summary>
    private static void EncodedNames(CSharpWriter w, ApiSchema schema)
    {
        foreach (var field in schema.Fields)
        {
            w.Line($"private static readonly JsonEncodedText {field.Name}Name = JsonEncodedText.Encode(\"{field.WireName}\");");
        }
    }

    /// <summary>Writes a request converter's loop over the JSON object's members: each documented field by
    /// <paramref name="read"/>, every other one into the local <c>additional</c>.</summary>
    private static void ReadFields(CSharpWriter w, ApiSchema schema, Func<ApiField, string> read)
    {
        using (w.Block("while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)"))
        {
            w.Line("var name = reader.GetString()!;");
            w.Line("reader.Read();");
            using (w.Block("switch (name)"))
            {
                foreach (var field in schema.Fields)
                {
                    w.Line($"case \"{field.WireName}\": {read(field)} break;");
                }

                w.Line("default: RequestJson.ReadAdditional(ref reader, name, ref additional); break;");
            }
        }
    }

    /// <summary>Writes the start of a request converter's <c>Read</c>: a request must be a JSON object.</summary>
    private static void MustBeAnObject(CSharpWriter w, string name)
    {
        using (w.Block("if (reader.TokenType != JsonTokenType.StartObject)"))
        {
            w.Line($"throw new JsonException(\"{(IsVowel(name[0]) ? "An" : "A")} {name} must be a JSON object.\");");
        }
    }

    private static bool IsVowel(char c) => "AEIOU".Contains(c, StringComparison.Ordinal);

    private static string Reader(ApiField field) => field.Type.Kind switch
    {
        FieldKind.String => "String",
        FieldKind.Boolean => "Boolean",
        _ => throw new NotSupportedException($"{field.WireName}: a PATCH field of kind {field.Type.Kind} is not handled by the generator yet."),
    };
}
