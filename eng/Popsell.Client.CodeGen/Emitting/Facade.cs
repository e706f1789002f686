using Popsell.Client.CodeGen.Model;
using static Popsell.Client.CodeGen.Emitting.Types;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>A parameter of a facade method, before the <c>CancellationToken</c>.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="Type">The C# type.</param>
/// <param name="PublicApi">The type as the public API files spell it.</param>
/// <param name="Doc">The <c>param</c> text, as XML doc.</param>
/// <param name="IsEnvironment">Whether it is the <c>{environment}</c> path parameter, a <c>PopsellEnvironment</c>.</param>
/// <param name="Field">The field of the internal body it is sent as, or <see langword="null"/>.</param>
internal sealed record FacadeParameter(string Name, string Type, string PublicApi, string Doc, bool IsEnvironment, ApiField? Field)
{
    /// <summary>Gets whether the parameter is a reference type, refused when <see langword="null"/>.</summary>
    public bool IsReference => !IsEnvironment;
}

/// <summary>
/// The public method of <c>IPopsellClient</c> that an operation becomes: its name, parameters and result, read from the
/// document. A path parameter becomes a <c>PopsellEnvironment</c>; an internal body is flattened into one parameter per
/// field; a public body is one <c>request</c>; an internal answer is unwrapped to its one field.
/// </summary>
internal sealed record FacadeMethod(
    ApiOperation Operation,
    IReadOnlyList<FacadeParameter> Parameters,
    ApiSchema? Body,
    ApiSchema Result,
    string? ResultType)
{
    /// <summary>Gets the method's name, such as <c>UpdateMeAsync</c>.</summary>
    public string Name => Operation.Name + "Async";

    /// <summary>Gets the C# return type, such as <c>Task&lt;Ambassador&gt;</c>, or <c>Task</c> when the answer is dropped.</summary>
    public string ReturnType => ResultType is null ? "Task" : $"Task<{ResultType}>";

    /// <summary>Gets whether the body is built from the method's parameters rather than passed in.</summary>
    public bool FlattensBody => Body is { Internal: true };

    /// <summary>The parameter list of the public method, with the cancellation token.</summary>
    public string Signature() =>
        string.Join(", ", Parameters.Select(p => $"{p.Type} {p.Name}").Append("CancellationToken cancellationToken = default"));

    /// <summary>The parameter list of the public method as the public API files spell it.</summary>
    public string PublicApiSignature() =>
        string.Join(", ", Parameters.Select(p => $"{p.PublicApi} {p.Name}")
            .Append("System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken)"));

    /// <summary>The return type as the public API files spell it.</summary>
    public string PublicApiReturn() => ResultType is null
        ? "System.Threading.Tasks.Task!"
        : $"System.Threading.Tasks.Task<{(ResultType == "string" ? "string" : $"{Namespace}.{ResultType}")}!>!";

    /// <summary>The arguments that forward the public parameters, such as <c>environment, request</c>.</summary>
    public string Arguments() => string.Join(string.Empty, Parameters.Select(p => p.Name + ", "));

    public static IReadOnlyList<FacadeMethod> All(ApiModel api) => api.Operations.Select(o => For(api, o)).ToList();

    public static FacadeMethod For(ApiModel api, ApiOperation operation)
    {
        var parameters = new List<FacadeParameter>();
        foreach (var path in operation.PathParameters)
        {
            if (path.Name != "environment")
            {
                throw new InvalidDataException($"{operation.Id}: the generator maps only the {{environment}} path parameter (to PopsellEnvironment), not {{{path.Name}}}.");
            }

            var values = Either(path.Values.Select(v => $"<c>{v}</c>").ToList());
            parameters.Add(new FacadeParameter("environment", "PopsellEnvironment", $"{Namespace}.PopsellEnvironment", $"The application whose route to use: {values}.", true, null));
        }

        var body = operation.RequestSchema is { } name ? api.Schema(name) : null;
        if (body is { Internal: true })
        {
            foreach (var field in body.Fields)
            {
                if (!field.Required || field.Type.Kind != FieldKind.String)
                {
                    throw new InvalidDataException($"{body.Name}.{field.WireName}: the fields of an internal body become parameters, so each must be a required string.");
                }

                var secret = field.Secret ? " Never logged, printed or kept in an exception." : string.Empty;
                parameters.Add(new FacadeParameter(CamelCase(field.Name), "string", "string!", Sentence(field.Description) + secret, false, field));
            }
        }
        else if (body is not null)
        {
            parameters.Add(new FacadeParameter("request", body.Name, $"{Namespace}.{body.Name}!", Sentence(operation.Docs.Request ?? body.Description), false, null));
        }

        var result = api.Schema(operation.ResultSchema);
        string resultType;
        if (result.Internal)
        {
            if (result.Fields is not [{ Type.Kind: FieldKind.String }])
            {
                throw new InvalidDataException($"{result.Name}: an internal answer is unwrapped to its one field, so it must have exactly one, a string.");
            }

            resultType = "string";
        }
        else
        {
            resultType = result.Name;
        }

        return new FacadeMethod(operation, parameters, body, result, operation.Docs.ReturnsNothing ? null : resultType);
    }

    /// <summary><c>ApiKey</c> as <c>apiKey</c>.</summary>
    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
