using System.Text.Json;

namespace Popsell.Client.Serialization;

/// <summary>A field of an answer, named for <see cref="TolerantConverter{T, TField}"/>: one generated type per field.</summary>
internal interface IWireField
{
    /// <summary>Gets the field's name on the wire.</summary>
    static abstract string WireName { get; }
}

/// <summary>The wire storage of an answer that keeps what it could not read (the generated <c>*Data</c> records).</summary>
internal interface IKeepsUnreadable
{
    /// <summary>Keeps the raw JSON of a field that could not be read as its documented type, under its wire name.</summary>
    void Keep(string wireName, JsonElement raw);
}

/// <summary>
/// Where a field that cannot be read as its documented type goes, so that one odd value does not cost the whole answer:
/// the field takes its default, and its raw JSON is kept with the object it belongs to (in its <c>AdditionalProperties</c>).
/// </summary>
/// <remarks>
/// System.Text.Json gives a converter the value but not the object it is read into, so the objects being read are
/// tracked here: the wire storage opens itself when the serializer creates it (<c>IJsonOnDeserializing</c>), and the
/// innermost open one receives the fields its converters could not read. A read is synchronous on one thread (the
/// SDK reads a buffered body, and a custom converter is handed a whole value), so the state is per thread.
/// </remarks>
internal static class UnreadableFields
{
    [ThreadStatic]
    private static List<IKeepsUnreadable>? t_open;

    [ThreadStatic]
    private static List<string>? t_names;

    [ThreadStatic]
    private static int t_reads;

    /// <summary>Marks <paramref name="data"/> as the object the next unreadable fields belong to.</summary>
    public static void Open(IKeepsUnreadable data) => (t_open ??= []).Add(data);

    /// <summary>Ends what <see cref="Open"/> began, once the object's fields are read.</summary>
    public static void Close(IKeepsUnreadable data)
    {
        if (t_open is { Count: > 0 } open && ReferenceEquals(open[^1], data))
        {
            open.RemoveAt(open.Count - 1);
        }
    }

    /// <summary>Gets how many names of unreadable fields this thread holds: none once its outermost read has ended.</summary>
    public static int NameCount => t_names?.Count ?? 0;

    /// <summary>Gets how many objects are open on this thread.</summary>
    public static int OpenCount => t_open?.Count ?? 0;

    /// <summary>Closes the objects opened after <see cref="OpenCount"/> was <paramref name="count"/>: a read that failed
    /// partway through an object leaves it open.</summary>
    public static void CloseTo(int count)
    {
        if (t_open is { } open && open.Count > count)
        {
            open.RemoveRange(count, open.Count - count);
        }
    }

    /// <summary>Reads the value at <paramref name="reader"/> (left on its last token) and keeps it for the innermost
    /// open object, under <paramref name="wireName"/>.</summary>
    public static void Keep(string wireName, ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var raw = document.RootElement.Clone();
        if (t_open is { Count: > 0 } open)
        {
            open[^1].Keep(wireName, raw);
        }

        if (t_reads > 0)
        {
            (t_names ??= []).Add(wireName);
        }
    }

    /// <summary>Starts a read: whatever it leaves open (when it throws) is closed when the scope ends, and the names of the
    /// fields it could not read are in <see cref="Scope.Names"/>. Reads nest (an answer's converter reads an ambassador
    /// inside it): the outermost one forgets the names when it ends.</summary>
    public static Scope Begin()
    {
        t_reads++;
        return new(OpenCount, t_names?.Count ?? 0);
    }

    /// <summary>One read, from <see cref="Begin"/> to <see cref="Dispose"/>.</summary>
    internal readonly struct Scope(int open, int names) : IDisposable
    {
        /// <summary>Gets the wire names of the fields this read could not read so far, in the order they were met.</summary>
        public IReadOnlyList<string> Names => t_names is { } all && all.Count > names ? all.GetRange(names, all.Count - names) : [];

        /// <inheritdoc/>
        public void Dispose()
        {
            CloseTo(open);
            if (--t_reads == 0)
            {
                t_names?.Clear();
            }
        }
    }
}
