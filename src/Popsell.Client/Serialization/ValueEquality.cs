using System.Text.Json;
using System.Text.Json.Nodes;

namespace Popsell.Client.Serialization;

/// <summary>
/// Value equality for the members of the generated records that compare by reference on their own: lists by their
/// items, free-form JSON by its content, and the bags of fields the SDK does not model by their entries. Each
/// <c>Hash</c> agrees with its <c>Equal</c>: values that are equal hash alike.
/// </summary>
internal static class ValueEquality
{
    /// <summary>Returns whether two lists hold equal items in the same order (<see langword="null"/> equals only <see langword="null"/>).</summary>
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash of a list's items.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var hash = default(HashCode);
        hash.Add(list.Count);
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns whether two JSON values have the same content: objects whatever the order of their members,
    /// numbers by value (<c>1.0</c> equals <c>1</c>), strings once unescaped.</summary>
    public static bool Equal(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var member in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(member.Name, out var other) || !Equal(member.Value, other))
                    {
                        return false;
                    }
                }

                return count == CountMembers(right);
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                using (var l = left.EnumerateArray())
                using (var r = right.EnumerateArray())
                {
                    while (l.MoveNext() && r.MoveNext())
                    {
                        if (!Equal(l.Current, r.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.String:
                return left.GetString() == right.GetString();
            case JsonValueKind.Number:
                return left.GetRawText() == right.GetRawText()
                    || (left.TryGetDecimal(out var a) && right.TryGetDecimal(out var b) ? a == b : left.GetDouble() == right.GetDouble());
            default:
                // Undefined, null, true and false: the kind is the value.
                return true;
        }
    }

    /// <summary>Returns a hash of a JSON value's content.</summary>
    public static int Hash(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                // Order-free, as Equal is: a sum of the members' hashes.
                var sum = 0;
                foreach (var member in value.EnumerateObject())
                {
                    sum = unchecked(sum + HashCode.Combine(member.Name, Hash(member.Value)));
                }

                return HashCode.Combine(JsonValueKind.Object, sum);
            case JsonValueKind.Array:
                var hash = default(HashCode);
                foreach (var item in value.EnumerateArray())
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            case JsonValueKind.String:
                return HashCode.Combine(JsonValueKind.String, value.GetString());
            case JsonValueKind.Number:
                // Equal numbers parse to the same double, whatever their text.
                return HashCode.Combine(JsonValueKind.Number, value.GetDouble());
            default:
                return (int)value.ValueKind;
        }
    }

    /// <summary>Returns whether two bags of unmodelled fields hold the same names with equal values (<see langword="null"/> is empty).</summary>
    public static bool Equal(IReadOnlyDictionary<string, JsonElement>? left, IReadOnlyDictionary<string, JsonElement>? right)
    {
        if ((left?.Count ?? 0) != (right?.Count ?? 0))
        {
            return false;
        }

        foreach (var (name, value) in left ?? EmptyElements)
        {
            if (!right!.TryGetValue(name, out var other) || !Equal(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash of a bag of unmodelled fields, whatever their order.</summary>
    public static int Hash(IReadOnlyDictionary<string, JsonElement>? bag)
    {
        var sum = 0;
        foreach (var (name, value) in bag ?? EmptyElements)
        {
            sum = unchecked(sum + HashCode.Combine(name, Hash(value)));
        }

        return sum;
    }

    /// <summary>Returns whether two bags of extra request fields hold the same names with equal values.</summary>
    public static bool Equal(IDictionary<string, JsonNode?> left, IDictionary<string, JsonNode?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var other) || !JsonNode.DeepEquals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash of a bag of extra request fields: its names, whatever their order.</summary>
    public static int Hash(IDictionary<string, JsonNode?> bag)
    {
        var sum = 0;
        foreach (var name in bag.Keys)
        {
            sum = unchecked(sum + name.GetHashCode(StringComparison.Ordinal));
        }

        return sum;
    }

    private static readonly Dictionary<string, JsonElement> EmptyElements = [];

    private static int CountMembers(JsonElement value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateObject())
        {
            count++;
        }

        return count;
    }
}
