using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Popsell.Client.CodeGen.Model;

namespace Popsell.Client.CodeGen.Parsing;

/// <summary>Reads the OpenAPI document into an <see cref="ApiModel"/>, and refuses a document it cannot read exactly.</summary>
internal static class ApiDocumentReader
{
    public static async Task<ApiModel> ReadAsync(string path)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var (document, diagnostic) = await OpenApiDocument.LoadAsync(path, settings).ConfigureAwait(false);
        var problems = (diagnostic?.Errors ?? []).Concat(diagnostic?.Warnings ?? []).Select(e => $"{e.Pointer}: {e.Message}").ToList();
        if (document is null || problems.Count > 0)
        {
            throw new InvalidDataException($"{path} is not a valid OpenAPI document:\n  " + string.Join("\n  ", problems));
        }

        var operations = new List<ApiOperation>();
        foreach (var (template, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operations.Add(ReadOperation(template, method.Method, operation));
            }
        }

        var roles = Roles(operations);
        var schemas = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .Select(s => ReadSchema(s.Key, s.Value, roles.GetValueOrDefault(s.Key, SchemaRole.Nested)))
            .ToList();
        return new ApiModel(operations, schemas);
    }

    private static ApiOperation ReadOperation(string template, string method, OpenApiOperation operation)
    {
        var id = operation.OperationId ?? throw new InvalidDataException($"{method} {template} has no operationId.");
        var retry = Extension(operation.Extensions, "x-popsell-retry") switch
        {
            "idempotent" => RetryClass.Idempotent,
            "only-when-refused" => RetryClass.OnlyWhenRefused,
            var other => throw new InvalidDataException($"{id}: x-popsell-retry must be idempotent or only-when-refused, not '{other}'."),
        };
        var success = (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).ToList();
        if (success.Count != 1)
        {
            throw new InvalidDataException($"{id} must document exactly one success status.");
        }

        var parameters = operation.Parameters ?? [];
        var pathParameters = parameters.Where(p => p.In == ParameterLocation.Path)
            .Select(p => new ApiPathParameter(p.Name!, (p.Schema?.Enum ?? []).Select(v => v!.GetValue<string>()).ToList()))
            .ToList();
        var sideEffect = operation.Extensions?.TryGetValue("x-popsell-side-effect", out var effect) == true && effect is JsonNodeExtension { Node: JsonObject words }
            ? new ApiSideEffect(Word(words, "may", id), Word(words, "done", id), Word(words, "advice", id))
            : null;
        if ((retry == RetryClass.OnlyWhenRefused) != (sideEffect is not null))
        {
            throw new InvalidDataException($"{id}: an only-when-refused operation, and only one, says what it may have done (x-popsell-side-effect).");
        }

        var requirements = operation.Security ?? [];
        var withBearer = requirements.Count(r => r.Keys.Any(k => k.Reference.Id == "bearer"));
        var auth = withBearer == 0 ? AuthKind.None : withBearer == requirements.Count ? AuthKind.Required : AuthKind.Optional;
        var domain = parameters.Any(p => p.In == ParameterLocation.Header && p.Name == "X-Popsell-Domain");
        var failures = (operation.Responses ?? []).Where(r => !r.Key.StartsWith('2') && r.Key != "422")
            .Select(r => (int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture), r.Value.Description ?? throw new InvalidDataException($"{id}: response {r.Key} has no description.")))
            .ToList();
        var docs = new ApiOperationDocs(
            operation.Description ?? throw new InvalidDataException($"{id} has no description."),
            operation.RequestBody?.Description,
            success[0].Value.Description ?? throw new InvalidDataException($"{id}: its success response has no description."),
            Extension(operation.Extensions, "x-popsell-remarks"),
            Extension(operation.Extensions, "x-popsell-returns") switch
            {
                null => false,
                "nothing" => true,
                var other => throw new InvalidDataException($"{id}: x-popsell-returns can only be nothing, not '{other}'."),
            },
            failures,
            operation.Responses?.ContainsKey("422") == true);
        return new ApiOperation(
            id,
            method.ToUpperInvariant(),
            template,
            operation.Summary ?? throw new InvalidDataException($"{id} has no summary."),
            docs,
            auth,
            domain,
            Extension(operation.Extensions, "x-popsell-ends-session") == "true",
            retry,
            int.Parse(success[0].Key, System.Globalization.CultureInfo.InvariantCulture),
            JsonSchemaName(operation.RequestBody?.Content),
            JsonSchemaName(success[0].Value.Content) ?? throw new InvalidDataException($"{id}: its success response has no JSON schema."),
            pathParameters,
            sideEffect);
    }

    private static string Word(JsonObject words, string key, string id) =>
        words[key] is JsonValue value ? value.ToString() : throw new InvalidDataException($"{id}: x-popsell-side-effect has no '{key}'.");

    private static Dictionary<string, SchemaRole> Roles(List<ApiOperation> operations)
    {
        var roles = new Dictionary<string, SchemaRole>(StringComparer.Ordinal) { ["ErrorMessage"] = SchemaRole.Error, ["ValidationProblem"] = SchemaRole.Error };
        foreach (var operation in operations)
        {
            roles[operation.ResultSchema] = SchemaRole.Response;
            if (operation.RequestSchema is { } request)
            {
                roles[request] = operation.Method == "PATCH" ? SchemaRole.Patch : SchemaRole.Request;
            }
        }

        return roles;
    }

    private static string? JsonSchemaName(IDictionary<string, IOpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var media) ? (media.Schema as OpenApiSchemaReference)?.Reference.Id : null;

    private static ApiSchema ReadSchema(string name, IOpenApiSchema schema, SchemaRole role)
    {
        if (role == SchemaRole.Error)
        {
            // Read by the SDK's error mapping (PopsellErrors), which is liberal about their shape: not modelled.
            return new ApiSchema(name, schema.Description ?? string.Empty, role, []);
        }

        var required = schema.Required ?? new HashSet<string>();
        var fields = (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Select(p =>
        {
            var (type, nullable) = ReadType(name + "." + p.Key, p.Value);
            var extensions = (p.Value as IOpenApiReadOnlyExtensible)?.Extensions;
            return new ApiField(
                p.Key,
                Extension(extensions, "x-popsell-name") ?? ApiField.PascalCase(p.Key),
                type,
                nullable,
                required.Contains(p.Key),
                Extension(extensions, "x-popsell-secret") == "true",
                p.Value.Description ?? throw new InvalidDataException($"{name}.{p.Key} has no description."));
        }).ToList();
        var visibility = Extension((schema as IOpenApiReadOnlyExtensible)?.Extensions, "x-popsell-visibility");
        if (visibility is not (null or "internal"))
        {
            throw new InvalidDataException($"{name}: x-popsell-visibility must be internal, not '{visibility}'.");
        }

        if (visibility is not null && role is not (SchemaRole.Request or SchemaRole.Response))
        {
            throw new InvalidDataException($"{name}: only a POST body or a response can be internal.");
        }

        return new ApiSchema(name, schema.Description ?? throw new InvalidDataException($"{name} has no description."), role, fields, visibility is not null, schema.Title);
    }

    private static (FieldType Type, bool Nullable) ReadType(string where, IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            return (new FieldType(FieldKind.Object, reference.Reference.Id), false);
        }

        if (schema.OneOf is { Count: 2 } oneOf && oneOf.Count(s => s.Type == JsonSchemaType.Null) == 1)
        {
            return (ReadType(where, oneOf.Single(s => s.Type != JsonSchemaType.Null)).Type, true);
        }

        var declared = schema.Type ?? throw new InvalidDataException($"{where} has no type.");
        var nullable = declared.HasFlag(JsonSchemaType.Null);
        var kind = (declared & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.String => FieldKind.String,
            JsonSchemaType.Boolean => FieldKind.Boolean,
            JsonSchemaType.Integer when schema.Format == "int64" => FieldKind.Int64,
            JsonSchemaType.Integer => FieldKind.Int32,
            JsonSchemaType.Array => FieldKind.Array,
            JsonSchemaType.Object when schema.Properties is not { Count: > 0 } => FieldKind.Json,
            var other => throw new InvalidDataException($"{where}: the generator does not handle type {other}."),
        };
        var items = kind == FieldKind.Array
            ? ReadType(where + "[]", schema.Items ?? throw new InvalidDataException($"{where} is an array without items.")).Type
            : null;
        return (new FieldType(kind, null, items), nullable);
    }

    private static string? Extension(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        extensions is not null && extensions.TryGetValue(name, out var value) && value is JsonNodeExtension { Node: JsonValue node }
            ? node.ToString()
            : null;
}
