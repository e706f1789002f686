using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Popsell.Client.Http;
using Popsell.Client.Operations;
using Popsell.Client.Serialization;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// The request body that is serialized into a pooled buffer when its length is asked for and given back once written:
/// the bytes, the length and the content type must be those of the value, on the first send and on every retry.
/// </summary>
public class JsonRequestContentTests : StandInTest
{
    private static readonly UpdateMeRequest Request = new()
    {
        Firstname = "Ada",
        Description = "Ünïcode ✓ " + new string('x', 5000),
        Lang = "fr",
        NotificationNewsletter = true,
    };

    private static byte[] Expected => JsonSerializer.SerializeToUtf8Bytes(Request, PopsellJsonContext.Default.UpdateMeRequest);

    private static async Task<byte[]> SendAsync(HttpContent content)
    {
        using var wire = new MemoryStream();
        await content.CopyToAsync(wire);
        return wire.ToArray();
    }

    [Fact]
    public async Task LengthThenSend_GivesTheSerializedBytesAndTheirLength()
    {
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);

        content.Headers.ContentLength.Should().Be(Expected.Length);
        (await SendAsync(content)).Should().Equal(Expected);
    }

    [Fact]
    public async Task SendWithoutAskingTheLength_GivesTheSerializedBytes()
    {
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);

        (await SendAsync(content)).Should().Equal(Expected);
        content.Headers.ContentLength.Should().Be(Expected.Length);
    }

    [Fact]
    public async Task SentTwice_LikeARetry_GivesTheSameBytesBothTimes()
    {
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
        _ = content.Headers.ContentLength;

        var first = await SendAsync(content);
        var second = await SendAsync(content);

        first.Should().Equal(Expected);
        second.Should().Equal(Expected);
    }

    [Fact]
    public void SentSynchronously_GivesTheSerializedBytes()
    {
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
        using var wire = new MemoryStream();

        content.CopyTo(wire, null, CancellationToken.None);

        wire.ToArray().Should().Equal(Expected);
    }

    [Fact]
    public async Task ReadAsString_GivesTheJsonText()
    {
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);

        (await content.ReadAsStringAsync()).Should().Be(System.Text.Encoding.UTF8.GetString(Expected));
    }

    [Fact]
    public void ContentType_IsJsonInUtf8()
    {
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);

        content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
    }

    [Fact]
    public async Task AValueChangedAfterItsLengthWasSent_IsRefusedNamingTheType_NotSentWithAWrongLength()
    {
        var numbers = new List<int> { 1, 2, 3 };
        var typeInfo = (JsonTypeInfo<List<int>>)JsonSerializerOptions.Default.GetTypeInfo(typeof(List<int>));
        using var content = new JsonRequestContent<List<int>>(numbers, typeInfo);
        (await SendAsync(content)).Should().Equal("[1,2,3]"u8.ToArray());

        numbers.Add(4);
        var act = () => SendAsync(content);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("List").And.Contain("Content-Length");
    }

    [Fact]
    public async Task AValueChangedAfterItsLengthWasComputed_SendsTheBytesTheLengthWasComputedFor()
    {
        var numbers = new List<int> { 1, 2, 3 };
        var typeInfo = (JsonTypeInfo<List<int>>)JsonSerializerOptions.Default.GetTypeInfo(typeof(List<int>));
        using var content = new JsonRequestContent<List<int>>(numbers, typeInfo);
        content.Headers.ContentLength.Should().Be(7);

        numbers.Add(4);

        (await SendAsync(content)).Should().Equal("[1,2,3]"u8.ToArray());
    }

    [Fact]
    public async Task Disposed_CanNoLongerBeSent()
    {
        var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
        _ = content.Headers.ContentLength;

        content.Dispose();
        content.Invoking(c => c.Dispose()).Should().NotThrow();

        await FluentActions.Invoking(() => SendAsync(content)).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task SerializationThatFailsHalfway_Throws_AndTheNextBodyOnTheThreadIsNotPrefixedWithItsBytes()
    {
        var typeInfo = (JsonTypeInfo<Halfway>)JsonSerializerOptions.Default.GetTypeInfo(typeof(Halfway));
        // Longer than the first pooled buffer, so the writer hands bytes over before the failing property.
        var failing = new Halfway { Text = new string('a', 10_000), Fail = true };
        using (var content = new JsonRequestContent<Halfway>(failing, typeInfo))
        {
            content.Invoking(c => c.Headers.ContentLength).Should().Throw<InvalidOperationException>().WithMessage("halfway");
        }

        var fine = new Halfway { Text = "short" };
        using var next = new JsonRequestContent<Halfway>(fine, typeInfo);

        (await SendAsync(next)).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(fine, typeInfo));
    }

    [Fact]
    public void SentAgainAndAgain_ReusesPooledBuffers_InsteadOfAllocatingABodyEachTime()
    {
        // Each send after the first serializes again; with the buffer going back to the pool (and the writer kept per
        // thread), a send allocates next to nothing. Without, each would allocate at least the body's 5 KB.
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
        for (var i = 0; i < 3; i++)
        {
            content.CopyTo(Stream.Null, null, CancellationToken.None);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++)
        {
            content.CopyTo(Stream.Null, null, CancellationToken.None);
        }

        ((GC.GetAllocatedBytesForCurrentThread() - before) / 50).Should().BeLessThan(64);
    }

    [Fact]
    public async Task SentAgainAndAgainAsynchronously_ReusesPooledBuffers_InsteadOfAllocatingABodyEachTime()
    {
        // Stream.Null completes every write at once, so the whole send stays on this thread and its pool cache.
        using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
        for (var i = 0; i < 3; i++)
        {
            await content.CopyToAsync(Stream.Null);
        }

        var thread = Environment.CurrentManagedThreadId;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++)
        {
            await content.CopyToAsync(Stream.Null);
        }

        var perSend = (GC.GetAllocatedBytesForCurrentThread() - before) / 50;
        Environment.CurrentManagedThreadId.Should().Be(thread);
        perSend.Should().BeLessThan(1024);
    }

    [Fact]
    public void DisposedAfterItsLengthWasComputed_GivesItsBufferBack()
    {
        static void Cycle()
        {
            using var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
            _ = content.Headers.ContentLength;
        }

        for (var i = 0; i < 3; i++)
        {
            Cycle();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++)
        {
            Cycle();
        }

        // The content and its headers are a few hundred bytes; the body alone would be 8 KB from a fresh array.
        ((GC.GetAllocatedBytesForCurrentThread() - before) / 50).Should().BeLessThan(2048);
    }

    /// <summary>A value whose serialization fails after its first, long property when <see cref="Fail"/> is set.</summary>
    private sealed class Halfway
    {
        public string Text { get; init; } = string.Empty;

        public int Last => Fail ? throw new InvalidOperationException("halfway") : 1;

        [JsonIgnore]
        public bool Fail { get; init; }
    }

    [Fact]
    public async Task UpdateMeAsync_WhenTheFirstAttemptGets503_SendsTheSameBodyAndLengthAgain()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        var ambassador = await client.UpdateMeAsync(PopsellEnvironment.Manager, Request);

        ambassador.Description.Should().Be(Request.Description);
        var attempts = Server.Requests.Where(r => r.Route == PopsellRoute.UpdateMe).ToList();
        attempts.Should().HaveCount(2);
        attempts.Should().AllSatisfy(sent =>
        {
            sent.Body.Should().Be(System.Text.Encoding.UTF8.GetString(Expected));
            sent.GetHeader("Content-Length").Should().Be(Expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
    }
}
