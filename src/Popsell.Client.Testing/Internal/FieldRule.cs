namespace Popsell.Client.Testing.Internal;

/// <summary>One documented request field and how it is validated.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Kind">The validation rule.</param>
/// <param name="Nullable">Whether the documentation marks the field nullable.</param>
internal sealed record FieldRule(string Name, RuleKind Kind, bool Nullable);
