using System.Buffers;

namespace Popsell.Client.Serialization;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>, whose written bytes are
/// handed over with <see cref="Detach"/> (and then belong to whoever returns them to the pool).
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>
{
    private const int InitialSize = 4096;
    private byte[]? _buffer;
    private int _written;

    /// <summary>Gets the number of bytes written so far.</summary>
    public int WrittenCount => _written;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_buffer is null || count > _buffer.Length - _written)
        {
            throw new InvalidOperationException($"Advanced {count} bytes past what GetMemory or GetSpan gave.");
        }

        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_written);

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_written);

    /// <summary>Hands the buffer (rented now if nothing was written) over with the number of bytes written, and starts empty again.</summary>
    public (byte[] Buffer, int Length) Detach()
    {
        var detached = (Ensure(0), _written);
        _buffer = null;
        _written = 0;
        return detached;
    }

    /// <summary>Returns the buffer, if any, to the pool and starts empty again.</summary>
    public void Clear()
    {
        if (_buffer is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _buffer = null;
        _written = 0;
    }

    private byte[] Ensure(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer is null)
        {
            return _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, InitialSize));
        }

        if (_buffer.Length - _written >= sizeHint)
        {
            return _buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)_buffer.Length * 2, (long)_written + sizeHint)));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        return _buffer = larger;
    }
}
