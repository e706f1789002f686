using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Popsell.Client.Http;
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
    public void DisposedAfterItsLengthWasAsked_DoesNotThrow()
    {
        var content = new JsonRequestContent<UpdateMeRequest>(Request, PopsellJsonContext.Default.UpdateMeRequest);
        _ = content.Headers.ContentLength;

        content.Invoking(c => c.Dispose()).Should().NotThrow();
        content.Invoking(c => c.Dispose()).Should().NotThrow();
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
