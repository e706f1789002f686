using System.Net;
using System.Net.Http.Headers;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// The in-memory server of the micro-benchmarks: drains the request body (so lazy request content is really
/// serialized, as a socket would force) and answers with a canned body: 201 for <c>POST</c>, 200 otherwise.
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly byte[] _body;

    public CannedHandler(byte[] body) => _body = body;

    /// <summary>Gets the size in bytes of the last request body drained.</summary>
    public long LastRequestBytes { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            var counter = new CountingStream();
            await content.CopyToAsync(counter, cancellationToken).ConfigureAwait(false);
            LastRequestBytes = counter.Length;
        }

        var response = new HttpResponseMessage(request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(_body),
        };
        response.Content.Headers.ContentType = Json;
        return response;
    }

    /// <summary>A write-only stream that only counts, like <see cref="Stream.Null"/>.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
