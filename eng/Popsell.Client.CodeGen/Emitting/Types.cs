using Popsell.Client.CodeGen.Model;

namespace Popsell.Client.CodeGen.Emitting;

/// <summary>How the document's types and words become C# types, public API entries and XML docs.</summary>
internal static class Types
{
    public const string Namespace = "Popsell.Client";

    /// <summary>The C# type of a value of <paramref name="type"/>, without nullability.</summary>
    public static string CSharp(FieldType type) => type.Kind switch
    {
        FieldKind.String => "string",
        FieldKind.Int32 => "int",
        FieldKind.Int64 => "long",
        FieldKind.Boolean => "bool",
        FieldKind.Object => type.Reference!,
        FieldKind.Array => $"IReadOnlyList<{CSharp(type.Items!)}>",
        FieldKind.Json => "JsonElement",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>Whether a value of <paramref name="type"/> is a reference type in C#.</summary>
    public static bool IsReference(FieldType type) => type.Kind is FieldKind.String or FieldKind.Object or FieldKind.Array;

    /// <summary>The C# type of the public property for <paramref name="field"/> in a schema of <paramref name="role"/>.</summary>
    public static string Property(ApiField field, SchemaRole role) => role switch
    {
        SchemaRole.Response => CSharp(field.Type) + (field.Nullable ? "?" : string.Empty),
        SchemaRole.Request when field.Required => CSharp(field.Type),
        SchemaRole.Request or SchemaRole.Nested or SchemaRole.Patch => CSharp(field.Type) + "?",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The value a non-nullable reference property of a response starts with and falls back to.</summary>
    public static string? EmptyValue(ApiField field) =>
        field.Nullable ? null : field.Type.Kind switch
        {
            FieldKind.String => "string.Empty",
            FieldKind.Array => "[]",
            FieldKind.Object => $"new {field.Type.Reference}()",
            _ => null,
        };

    /// <summary>The type as the public API files spell it, such as <c>string!</c> or <c>System.Collections.Generic.IReadOnlyList&lt;int&gt;?</c>.</summary>
    public static string PublicApi(FieldType type, bool nullable)
    {
        var name = type.Kind switch
        {
            FieldKind.String => "string",
            FieldKind.Int32 => "int",
            FieldKind.Int64 => "long",
            FieldKind.Boolean => "bool",
            FieldKind.Object => $"{Namespace}.{type.Reference}",
            FieldKind.Array => $"System.Collections.Generic.IReadOnlyList<{PublicApi(type.Items!, false)}>",
            FieldKind.Json => "System.Text.Json.JsonElement",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
        };
        return name + (nullable ? "?" : IsReference(type) ? "!" : string.Empty);
    }

    /// <summary>The document's words, safe inside an XML doc comment.</summary>
    public static string Xml(string text) => text.Trim().Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A description as a sentence, with a full stop, and CommonMark's <c>`code`</c> as <c>&lt;c&gt;code&lt;/c&gt;</c>.</summary>
    public static string Sentence(string text)
    {
        var escaped = System.Text.RegularExpressions.Regex.Replace(Xml(text), "`([^`]+)`", "<c>$1</c>");
        return escaped.EndsWith('.') ? escaped : escaped + ".";
    }

    /// <summary>A description as the end of a sentence: its full stop dropped and its first letter lower-cased.</summary>
    public static string Clause(string text)
    {
        var sentence = Sentence(text);
        return char.ToLowerInvariant(sentence[0]) + sentence[1..^1];
    }

    /// <summary>The items as words, such as <c>a, b or c</c>.</summary>
    public static string Either(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    /// <summary>The text with its first letter upper-cased.</summary>
    public static string Capitalized(this string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
