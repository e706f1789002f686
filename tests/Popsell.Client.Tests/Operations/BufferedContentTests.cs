using System.Net;
using System.Text;
using Popsell.Client.Http;
using Popsell.Client.Operations;

namespace Popsell.Client.Tests.Operations;

/// <summary>
/// The body buffer at the edges the stand-in cannot produce: no <c>Content-Length</c> (chunked or decompressed
/// bodies), a body exactly at the limit, a stream that fails or is canceled mid-read.
/// </summary>
public class BufferedContentTests
{
    /// <summary>A stream that hands out its bytes a few at a time and does not know its length, like a chunked body.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk = 1000, Exception? failAfterFirstRead = null) : Stream
    {
        private int _position;
        private bool _readOnce;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_readOnce && failAfterFirstRead is not null)
            {
                throw failAfterFirstRead;
            }

            _readOnce = true;
            var n = Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static HttpResponseMessage Response(byte[] body, bool declareLength, HttpStatusCode status = HttpStatusCode.OK, Exception? failAfterFirstRead = null)
    {
        var content = new StreamContent(new TrickleStream(body, failAfterFirstRead: failAfterFirstRead));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (declareLength)
        {
            content.Headers.ContentLength = body.Length;
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    private static byte[] Bytes(int length) => Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray();

    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(16 * 1024, false)]
    [InlineData((16 * 1024) + 1, false)]
    [InlineData(100_000, false)]
    [InlineData(100_000, true)]
    [InlineData(131_072, false)]
    [InlineData(131_072, true)]
    public async Task BufferAsync_WithOrWithoutAContentLength_KeepsEveryByte_UpToAndIncludingTheLimit(int length, bool declareLength)
    {
        var body = Bytes(length);
        using var response = Response(body, declareLength);

        await BufferedContent.BufferAsync(response, maxSize: 131_072, CancellationToken.None);

        var content = response.Content.Should().BeOfType<BufferedContent>().Subject;
        content.Length.Should().Be(length);
        content.Span.ToArray().Should().Equal(body);
        content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(body);
        content.Headers.ContentLength.Should().Be(length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BufferAsync_OneBytePastTheLimit_ThrowsTooLarge(bool declareLength)
    {
        using var response = Response(Bytes(4097), declareLength, HttpStatusCode.Created);

        var error = (await FluentActions.Invoking(() => BufferedContent.BufferAsync(response, maxSize: 4096, CancellationToken.None))
            .Should().ThrowAsync<ResponseBodyException>()).Which;

        error.IsTooLarge.Should().BeTrue();
        error.StatusCode.Should().Be(HttpStatusCode.Created);
        error.Message.Should().Be(declareLength
            ? "The response body of 4,097 bytes is larger than PopsellClientOptions.MaxResponseBodySize (4,096 bytes)."
            : "The response body is larger than PopsellClientOptions.MaxResponseBodySize (4,096 bytes).");
        response.Content.Should().NotBeOfType<BufferedContent>();
    }

    [Fact]
    public async Task BufferAsync_WhenTheStreamFails_WrapsTheErrorAsAResponseBodyException()
    {
        var cause = new IOException("connection reset");
        using var response = Response(Bytes(50_000), declareLength: true, failAfterFirstRead: cause);

        var error = (await FluentActions.Invoking(() => BufferedContent.BufferAsync(response, 1024 * 1024, CancellationToken.None))
            .Should().ThrowAsync<ResponseBodyException>()).Which;

        error.IsTooLarge.Should().BeFalse();
        error.InnerException.Should().BeSameAs(cause);
        error.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
        error.Message.Should().Be("The response body could not be read: connection reset");
    }

    [Fact]
    public async Task BufferAsync_OfABodyOfUndeclaredLength_DeclaresTheLengthItRead()
    {
        using var response = Response(Bytes(3_000), declareLength: false);

        await BufferedContent.BufferAsync(response, 1024 * 1024, CancellationToken.None);

        response.Content.Headers.ContentLength.Should().Be(3_000);
    }

    [Fact]
    public async Task BufferAsync_WhenCanceled_LetsTheCancellationThrough()
    {
        using var response = Response(Bytes(10), declareLength: false);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await FluentActions.Invoking(() => BufferedContent.BufferAsync(response, 1024, cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Text_SkipsAUtf8ByteOrderMark_ButSpanKeepsIt()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "{}"u8];
        using var response = Response(body, declareLength: true);

        await BufferedContent.BufferAsync(response, 1024, CancellationToken.None);

        var content = (BufferedContent)response.Content;
        Encoding.UTF8.GetString(content.Text).Should().Be("{}");
        content.Span.Length.Should().Be(5);
    }

    [Fact]
    public async Task Text_OfABodyWithoutAByteOrderMark_IsTheWholeBody()
    {
        using var response = Response("\u00EF{}"u8.ToArray(), declareLength: true);

        await BufferedContent.BufferAsync(response, 1024, CancellationToken.None);

        ((BufferedContent)response.Content).Text.Length.Should().Be(4);
    }

    [Fact]
    public async Task Dispose_ReleasesTheBuffer_AndLaterReadsThrow()
    {
        using var response = Response(Bytes(10), declareLength: true);
        await BufferedContent.BufferAsync(response, 1024, CancellationToken.None);
        var content = (BufferedContent)response.Content;

        content.Dispose();
        content.Dispose();

        FluentActions.Invoking(() => content.Span.Length).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public async Task CopyTo_WritesExactlyTheBody()
    {
        var body = Bytes(3000);
        using var response = Response(body, declareLength: false);
        await BufferedContent.BufferAsync(response, 1024 * 1024, CancellationToken.None);
        using var target = new MemoryStream();

        await response.Content.CopyToAsync(target);

        target.ToArray().Should().Equal(body);
    }

    [Fact]
    public async Task ReadAsStream_GivesExactlyTheBody_WithoutCopyingIt()
    {
        var body = Bytes(3000);
        using var response = Response(body, declareLength: true);
        await BufferedContent.BufferAsync(response, 1024 * 1024, CancellationToken.None);

        await using var stream = await response.Content.ReadAsStreamAsync();

        stream.CanWrite.Should().BeFalse();
        stream.Length.Should().Be(3000);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.ToArray().Should().Equal(body);
    }

    [Fact]
    public async Task BufferAsync_KeepsEveryContentHeader_WithEachOfItsValues()
    {
        using var response = Response(Bytes(10), declareLength: true);
        response.Content.Headers.ContentLanguage.Add("en");
        response.Content.Headers.ContentLanguage.Add("fr");
        response.Content.Headers.TryAddWithoutValidation("Content-Disposition", "inline");

        await BufferedContent.BufferAsync(response, 1024, CancellationToken.None);

        var headers = response.Content.Should().BeOfType<BufferedContent>().Subject.Headers;
        headers.ContentLanguage.Should().Equal("en", "fr");
        headers.ContentDisposition!.DispositionType.Should().Be("inline");
        headers.ContentType!.MediaType.Should().Be("application/json");
        headers.ContentLength.Should().Be(10);
    }
}
