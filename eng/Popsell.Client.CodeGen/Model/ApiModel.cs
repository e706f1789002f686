namespace Popsell.Client.CodeGen.Model;

/// <summary>What the generator knows of the API, read from the OpenAPI document: immutable, and nothing else reads the document.</summary>
internal sealed record ApiModel(IReadOnlyList<ApiOperation> Operations, IReadOnlyList<ApiSchema> Schemas)
{
    public ApiSchema Schema(string name) => Schemas.Single(s => s.Name == name);
}

/// <summary>How an operation may be repeated after a failure (<c>x-popsell-retry</c>).</summary>
internal enum RetryClass
{
    /// <summary>Repeating it is harmless: retried on every transient failure.</summary>
    Idempotent,

    /// <summary>It creates or consumes something: retried only when the server surely did not act on it.</summary>
    OnlyWhenRefused,
}

/// <summary>One operation of the document.</summary>
internal sealed record ApiOperation(
    string Id,
    string Method,
    string Template,
    string Summary,
    bool RequiresBearer,
    bool SendsDomain,
    RetryClass Retry,
    int SuccessStatus,
    string? RequestSchema,
    string ResultSchema,
    IReadOnlyList<ApiPathParameter> PathParameters,
    ApiSideEffect? SideEffect)
{
    /// <summary>Gets the operation's name in C#, such as <c>UpdateMe</c> for <c>updateMe</c>.</summary>
    public string Name => char.ToUpperInvariant(Id[0]) + Id[1..];
}

/// <summary>What an operation that is retried only when refused may have done when it fails (<c>x-popsell-side-effect</c>),
/// in the words of the SDK's error messages.</summary>
internal sealed record ApiSideEffect(string May, string Done, string Advice);

/// <summary>A path parameter and the values it takes.</summary>
internal sealed record ApiPathParameter(string Name, IReadOnlyList<string> Values);

/// <summary>How a schema is used, which decides the C# shape it gets.</summary>
internal enum SchemaRole
{
    /// <summary>A response body: read liberally, unknown fields kept, non-nullable properties never null.</summary>
    Response,

    /// <summary>The body of a POST: optional properties left out when null, required ones always sent.</summary>
    Request,

    /// <summary>The body of a PATCH: each property sent only when assigned, null included.</summary>
    Patch,

    /// <summary>An object inside a request body.</summary>
    Nested,

    /// <summary>An error body, read by the SDK's error mapping and not modelled.</summary>
    Error,
}

/// <summary>A schema of the document.</summary>
internal sealed record ApiSchema(string Name, string Description, SchemaRole Role, IReadOnlyList<ApiField> Fields);

/// <summary>The JSON shapes a field can have.</summary>
internal enum FieldKind
{
    String,
    Int32,
    Int64,
    Boolean,
    Object,
    Array,
}

/// <summary>A field's type: a kind, the schema it refers to for objects, and the item type for arrays.</summary>
internal sealed record FieldType(FieldKind Kind, string? Reference = null, FieldType? Items = null);

/// <summary>A property of a schema.</summary>
internal sealed record ApiField(string WireName, string Name, FieldType Type, bool Nullable, bool Required, bool Secret, string Description)
{
    /// <summary>Gets the name of a C# property from a wire name: each <c>_</c>-separated part with its first letter upper-cased.</summary>
    public static string PascalCase(string wireName) =>
        string.Concat(wireName.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
