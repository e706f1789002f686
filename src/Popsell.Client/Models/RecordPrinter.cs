using System.Globalization;
using System.Text;

namespace Popsell.Client;

/// <summary>Writes the members of a request record for its <c>ToString</c>, masking secrets.</summary>
internal readonly struct RecordPrinter(StringBuilder builder)
{
    private readonly int _start = builder.Length;

    /// <summary>The text printed in place of a secret.</summary>
    internal const string Mask = "***";

    /// <summary>Gets a value indicating whether anything was printed (the record's <c>PrintMembers</c> result).</summary>
    public bool Printed => builder.Length > _start;

    /// <summary>Prints a member when it is not <see langword="null"/>.</summary>
    public void Append(string name, string? value)
    {
        if (value is not null)
        {
            Print(name, value);
        }
    }

    /// <summary>Prints a member of a response record, formatted with the invariant culture.</summary>
    public void AppendValue<T>(string name, T value) =>
        Print(name, value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? "null");

    /// <summary>Prints a member that was assigned, <see langword="null"/> included.</summary>
    public void AppendAssigned(string name, string? value) => Print(name, value ?? "null");

    /// <summary>Prints a member that was assigned, <see langword="null"/> included.</summary>
    public void AppendAssigned(string name, bool? value) =>
        Print(name, value is { } flag ? flag.ToString(CultureInfo.InvariantCulture) : "null");

    /// <summary>Prints a secret as <see cref="Mask"/>.</summary>
    public void AppendSecret(string name) => Print(name, Mask);

    /// <summary>Prints a list's items when the list is not <see langword="null"/>.</summary>
    public void AppendList<T>(string name, IReadOnlyList<T>? items)
    {
        if (items is not null)
        {
            Print(name, "[" + string.Join(", ", items) + "]");
        }
    }

    /// <summary>Prints the names of a bag's entries, not their values (which may be secrets), when it has any.</summary>
    public void AppendNames(string name, ICollection<string> names)
    {
        if (names.Count > 0)
        {
            Print(name, "[" + string.Join(", ", names) + "]");
        }
    }

    private void Print(string name, string value)
    {
        if (builder.Length > _start)
        {
            builder.Append(", ");
        }

        builder.Append(name).Append(" = ").Append(value);
    }
}
