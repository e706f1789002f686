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

/// <summary>Whether an operation sends a bearer token (its <c>security</c> requirements).</summary>
internal enum AuthKind
{
    /// <summary>Public: no bearer token.</summary>
    None,

    /// <summary>A bearer token only when the caller chose one (a requirement list with both <c>{}</c> and <c>bearer</c>).</summary>
    Optional,

    /// <summary>A bearer token always.</summary>
    Required,
}

/// <summary>One operation of the document.</summary>
/// <param name="Docs">What the facade method's XML docs say, beyond what the other facts imply.</param>
internal sealed record ApiOperation(
    string Id,
    string Method,
    string Template,
    string Summary,
    ApiOperationDocs Docs,
    AuthKind Auth,
    bool SendsDomain,
    bool EndsSession,
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

/// <summary>The words of an operation that its facade method's XML docs are written from.</summary>
/// <param name="Description">The operation's <c>description</c>: what it does, as a sentence.</param>
/// <param name="Request">The request body's <c>description</c>, or <see langword="null"/> for none.</param>
/// <param name="Result">The success response's <c>description</c>: what it returns.</param>
/// <param name="Remarks">More for the .NET docs (<c>x-popsell-remarks</c>), in CommonMark's inline code, or <see langword="null"/>.</param>
/// <param name="ReturnsNothing">Whether the facade method returns a bare <c>Task</c>, dropping the answer (<c>x-popsell-returns: nothing</c>).</param>
/// <param name="Failures">The documented failure statuses other than 422, with their descriptions.</param>
/// <param name="Validates">Whether the operation documents a 422.</param>
internal sealed record ApiOperationDocs(
    string Description,
    string? Request,
    string Result,
    string? Remarks,
    bool ReturnsNothing,
    IReadOnlyList<(int Status, string Description)> Failures,
    bool Validates);

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
/// <param name="Internal">Whether the SDK keeps the type to itself (<c>x-popsell-visibility: internal</c>): a body the facade
/// builds from its parameters, or an answer it unwraps.</param>
/// <param name="Title">The schema's <c>title</c>, or <see langword="null"/>: what messages call a value of it.</param>
internal sealed record ApiSchema(string Name, string Description, SchemaRole Role, IReadOnlyList<ApiField> Fields, bool Internal = false, string? Title = null)
{
    /// <summary>Gets the schema's title, or else its name, as words for messages, such as <c>a session</c> or <c>an ambassador</c>.</summary>
    public string Noun
    {
        get
        {
            var words = Title?.ToLowerInvariant()
                ?? string.Concat(Name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
        }
    }
}

/// <summary>The JSON shapes a field can have.</summary>
internal enum FieldKind
{
    String,
    Int32,
    Int64,
    Boolean,
    Object,
    Array,

    /// <summary>A free-form JSON object (<c>type: object</c> with no properties), kept as a <c>JsonElement</c>.</summary>
    Json,
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
