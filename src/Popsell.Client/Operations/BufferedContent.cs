using System.Buffers;
using System.Net;

using Popsell.Client.Operations;

namespace Popsell.Client.Operations;

/// <summary>
/// A response body read once into a pooled buffer, so parsing it, retrying around it and reporting it never read the
/// network twice or copy it again.
/// </summary>
internal sealed class BufferedContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;

    private BufferedContent(byte[] buffer, int length, HttpContent original)
    {
        _buffer = buffer;
        _length = length;
        // As received, without parsing them (the view that parses them first allocates a list per header).
        foreach (var header in original.Headers.NonValidated)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>Gets the body's bytes.</summary>
    public ReadOnlySpan<byte> Span => _buffer is { } buffer ? buffer.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(BufferedContent));

    /// <summary>Gets the body's bytes without a leading UTF-8 byte order mark (which PHP sometimes sends).</summary>
    public ReadOnlySpan<byte> Text => Span.StartsWith(Utf8Bom) ? Span[Utf8Bom.Length..] : Span;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Gets the body's length in bytes.</summary>
    public int Length => _length;

    /// <summary>
    /// Reads <paramref name="response"/>'s body to the end (at most <paramref name="maxSize"/> bytes) and puts it back as a
    /// <see cref="BufferedContent"/>.
    /// </summary>
    /// <exception cref="ResponseBodyException">The body is larger than <paramref name="maxSize"/>, or reading it failed.</exception>
    public static async Task BufferAsync(HttpResponseMessage response, int maxSize, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var declared = original.Headers.ContentLength;
        if (declared > maxSize)
        {
            throw ResponseBodyException.TooLarge(response.StatusCode, declared.Value, maxSize);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(declared is { } size ? (int)Math.Max(size, 1) : 16 * 1024);
        var length = 0;
        try
        {
            var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    var limit = Math.Min(buffer.Length, maxSize);
                    if (length == limit)
                    {
                        if (limit == maxSize)
                        {
                            // The body fills the limit: one more byte would go past it.
                            var probe = new byte[1];
                            if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
                            {
                                break;
                            }

                            throw ResponseBodyException.TooLarge(response.StatusCode, null, maxSize);
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxSize));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                        continue;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length, limit - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }
        }
        catch (Exception ex) when (ex is not ResponseBodyException && ex is not OperationCanceledException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw new ResponseBodyException(response.StatusCode, ex);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        response.Content = new BufferedContent(buffer, length, original);
        original.Dispose();
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_buffer ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length);

    /// <inheritdoc/>
    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(_buffer ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length, writable: false));

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }
}
