namespace Popsell.Client.Testing.Internal;

/// <summary>Validation rules of request fields.</summary>
internal enum RuleKind
{
    String,
    RequiredString,
    Email,
    Password,
    Boolean,
    Roles,
    Address,
}
