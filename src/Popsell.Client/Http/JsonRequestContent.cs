using System.Buffers;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Popsell.Client.Serialization;

namespace Popsell.Client.Http;

/// <summary>
/// A JSON request body with a <c>Content-Length</c>, serialized by the source-generated context into a pooled buffer
/// when its length is first asked for and returned to the pool as soon as it is written to the connection.
/// </summary>
/// <remarks>
/// A byte array of the body's size, kept by the request for the whole call, is what a call in flight held most of
/// that a hand-written <c>JsonContent</c> call does not: under many concurrent calls the garbage collector promoted it
/// out of generation 0 again and again. Here the bytes live only from the moment the length is needed until the
/// handler has copied them to the connection. A retry serializes the same value again, and must get the same length.
/// </remarks>
/// <typeparam name="T">The type of the body.</typeparam>
internal sealed class JsonRequestContent<T> : HttpContent
{
    private const string JsonContentType = "application/json; charset=utf-8";

    [ThreadStatic]
    private static SerializationState? t_state;

    private readonly T _value;
    private readonly JsonTypeInfo<T> _typeInfo;
    private byte[]? _buffer;
    private int? _length;

    public JsonRequestContent(T value, JsonTypeInfo<T> typeInfo)
    {
        _value = value;
        _typeInfo = typeInfo;
        // A fixed string, added as it is rather than parsed into a header value on every request.
        Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
    }

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        if (_length is not { } known)
        {
            // Kept until the body is written, so the bytes sent are the bytes this length was computed for.
            (var buffer, known) = Serialize();
            ReturnToPool(Interlocked.Exchange(ref _buffer, buffer));
            _length = known;
        }

        length = known;
        return true;
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var (buffer, length) = TakeBytes();
        try
        {
            await stream.WriteAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ReturnToPool(buffer);
        }
    }

    /// <inheritdoc/>
    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var (buffer, length) = TakeBytes();
        try
        {
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ReturnToPool(buffer);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReturnToPool(Interlocked.Exchange(ref _buffer, null));
        }

        base.Dispose(disposing);
    }

    /// <summary>Takes the bytes serialized for the length, or serializes again (a retry, or a second read).</summary>
    /// <exception cref="InvalidOperationException">The body's length changed since its <c>Content-Length</c> was computed.</exception>
    private (byte[] Buffer, int Length) TakeBytes()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } held)
        {
            return (held, _length!.Value);
        }

        var (buffer, length) = Serialize();
        if (_length is { } known && length != known)
        {
            ReturnToPool(buffer);
            throw new InvalidOperationException(
                $"The {typeof(T).Name} serialized to {length} bytes, not the {known} its Content-Length says: it was changed while the request was being sent.");
        }

        _length = length;
        return (buffer, length);
    }

    private (byte[] Buffer, int Length) Serialize()
    {
        // One writer per thread, taken while in use, so a serialization that started another would not share it.
        var state = t_state ?? new SerializationState();
        t_state = null;
        try
        {
            state.Writer.Reset(state.Output);
            JsonSerializer.Serialize(state.Writer, _value, _typeInfo);
            return state.Output.Detach();
        }
        catch
        {
            // Whatever was written before the failure must not prefix the next body serialized on this thread.
            state.Output.Clear();
            throw;
        }
        finally
        {
            t_state = state;
        }
    }

    private static void ReturnToPool(byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A pooled output and the JSON writer bound to it, reused by one thread.</summary>
    private sealed class SerializationState
    {
        public SerializationState()
        {
            var options = PopsellJsonContext.Default.Options;
            Writer = new Utf8JsonWriter(Output, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth });
        }

        public PooledBufferWriter Output { get; } = new();

        public Utf8JsonWriter Writer { get; }
    }
}
