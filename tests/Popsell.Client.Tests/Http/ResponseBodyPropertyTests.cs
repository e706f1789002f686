using System.Text;
using CsCheck;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Http;

/// <summary>
/// Property-based tests (CsCheck) over real sockets: whatever bytes the server answers with, under whatever status and
/// content type, a call ends in an <see cref="Ambassador"/> or a <see cref="PopsellApiException"/> (never a
/// <see cref="System.Text.Json.JsonException"/>, a decoding error or anything else), and it ends.
/// </summary>
public class ResponseBodyPropertyTests : StandInTest
{
    private static readonly byte[] Example = Encoding.UTF8.GetBytes(WireNames.AmbassadorExample);

    /// <summary>An ambassador's JSON with a few random edits: a byte replaced, a byte inserted, or the body cut short.</summary>
    private static readonly Gen<byte[]> MangledAmbassador =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, Example.Length - 1], Gen.Byte).Array[1, 6].Select(edits =>
        {
            var bytes = new List<byte>(Example);
            foreach (var (kind, at, value) in edits)
            {
                var index = Math.Min(at, bytes.Count - 1);
                if (index < 0)
                {
                    break;
                }

                switch (kind)
                {
                    case 0:
                        bytes[index] = value;
                        break;
                    case 1:
                        bytes.Insert(index, value);
                        break;
                    default:
                        bytes.RemoveRange(index, bytes.Count - index);
                        break;
                }
            }

            return bytes.ToArray();
        });

    private static readonly string[] Tricky =
    [
        "{}", "null", "[]", "\"\"", "0", "true", "{\"id_ambassador\":99999999999999999999}", "{\"id_ambassador\":1e400}",
        "{\"id_ambassador\":\"12abc\"}", "{\"active\":\"maybe\"}", "{\"email\":{\"nested\":[1,2,3]}}", "{\"chat_topics\":\"x\"}",
        "{\"id_ambassador\":1,\"id_ambassador\":2}", "\uFEFF{\"id_ambassador\":3}", "{\"firstname\":\"\\uD800\"}",
        new string('[', 5_000), "{\"a\":" + new string('[', 200) + new string(']', 200) + "}", "{\"message\":\"x\",\"errors\":7}",
    ];

    private static readonly Gen<byte[]> AnyBody = Gen.Frequency(
        (4, Gen.Byte.Array[0, 600]),
        (4, MangledAmbassador),
        (2, Gen.OneOf(Tricky.Select(t => Gen.Const(Encoding.UTF8.GetBytes(t))).ToArray())),
        (2, Gen.Const(Example)));

    private static readonly Gen<int> AnyStatus = Gen.OneOf(Gen.Const(200), Gen.Const(201), Gen.Const(400), Gen.Const(401), Gen.Const(422), Gen.Const(429), Gen.Const(500), Gen.Const(503));

    private static readonly Gen<string> AnyContentType = Gen.OneOf(Gen.Const("application/json"), Gen.Const("text/html; charset=UTF-8"), Gen.Const(""), Gen.Const("application/octet-stream"), Gen.Const("application/json; charset=iso-8859-1"));

    [Fact]
    public async Task AnyResponseBody_OnEitherRoute_EndsInAnAmbassadorOrAPopsellApiException()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.MaxRetries = 0);
        var updates = client.WithAccessToken(seeded.AccessToken);
        var outcomes = new Dictionary<string, int>();
        var email = 0;

        await Gen.Select(AnyBody, AnyStatus, AnyContentType, Gen.Bool).SampleAsync(
            async (body, status, contentType, register) =>
            {
                var route = register ? PopsellRoute.Register : PopsellRoute.UpdateMe;
                Server.EnqueueFault(route, PopsellFault.Body(status, contentType, body));
                var call = register
                    ? client.RegisterAsync(NewAmbassador($"user{Interlocked.Increment(ref email)}@example.com"))
                    : updates.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

                var error = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(20)));

                if (error is not null)
                {
                    error.Should().BeAssignableTo<PopsellApiException>("a body the SDK cannot read is reported as a PopsellApiException, not as {0}", error.GetType().Name);
                    var api = (PopsellApiException)error;
                    ((int)api.StatusCode).Should().Be(status);
                    api.Attempts.Should().Be(1);
                    if ((status is 200 or 201) && body.Length > 0)
                    {
                        api.ResponseBody.Should().NotBeNull("the caller can read what the server sent");
                    }
                }
                else
                {
                    status.Should().BeOneOf(200, 201);
                    (await call).Should().NotBeNull();
                }

                Server.CountPendingFaults(route).Should().Be(0);
                var key = error?.GetType().Name ?? "Ambassador";
                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            },
            iter: 250,
            threads: 1);

        outcomes.Keys.Should().Contain(["Ambassador", nameof(PopsellApiException)], "the generator reaches both outcomes");
    }
}
