using Popsell.Client.CodeGen.Model;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>Writes a record's value equality: the fields compared by value (lists by items, JSON by content), then the
/// record's own bag of unmodelled fields, with a hash that agrees.</summary>
internal static class EqualityEmitter
{
    /// <param name="w">Where to write.</param>
    /// <param name="type">The record's name.</param>
    /// <param name="fields">Its documented fields.</param>
    /// <param name="bag">The member holding its other fields, compared and hashed by <c>ValueEquality</c>.</param>
    /// <param name="first">A term compared before the fields (and left out of the hash), or <see langword="null"/>.</param>
    public static void Emit(CSharpWriter w, string type, IEnumerable<ApiField> fields, string bag, string? first = null)
    {
        w.Line();
        w.Doc("Returns whether the other record holds equal values: lists by their items, JSON by its content.");
        using (w.Block($"public bool Equals({type}? other)"))
        {
            w.Line("return other is not null");
            if (first is not null)
            {
                w.Line($"    && {first}");
            }

            foreach (var field in fields)
            {
                w.Line($"    && {Term(field, $"{field.Name} == other.{field.Name}", $"ValueEquality.Equal({field.Name}, other.{field.Name})")}");
            }

            w.Line($"    && ValueEquality.Equal({bag}, other.{bag});");
        }

        w.Line();
        w.Doc($"Returns a hash that agrees with <see cref=\"Equals({type})\"/>.");
        using (w.Block("public override int GetHashCode()"))
        {
            w.Line("var hash = default(HashCode);");
            foreach (var field in fields)
            {
                w.Line($"hash.Add({Term(field, field.Name, $"ValueEquality.Hash({field.Name})")});");
            }

            w.Line($"hash.Add(ValueEquality.Hash({bag}));");
            w.Line("return hash.ToHashCode();");
        }
    }

    /// <summary>Lists and free-form JSON compare by value; everything else (strings, numbers, records) by <c>==</c>.</summary>
    private static string Term(ApiField field, string plain, string byValue) =>
        field.Type.Kind is FieldKind.Array or FieldKind.Json ? byValue : plain;
}
