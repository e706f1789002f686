using System.Text.Json;
using Popsell.Client.Operations;
using Popsell.Client.Serialization;

namespace Popsell.Client.Http;

/// <summary>Reads what each operation answers with, through the source-generated metadata of its wire storage (the fast
/// path), and unwraps the internal answers into what the facade returns.</summary>
internal static class OperationResults
{
    /// <summary>The <see cref="Client.Ambassador"/> that register, get me and update me answer with.</summary>
    public static readonly ResultReader<Ambassador> Ambassador = static body =>
        JsonSerializer.Deserialize(body, PopsellJsonContext.Default.AmbassadorData) is { } data ? new Ambassador(data) : null;

    /// <summary>The ambassador and token of a login. A body without a token is refused by the wire storage.</summary>
    public static readonly ResultReader<PopsellSession> Session = static body =>
        JsonSerializer.Deserialize(body, PopsellJsonContext.Default.PopsellSessionData) is { } data ? new PopsellSession(data) : null;

    /// <summary>The <c>token</c> of a token, guest or brand answer. A body without a token is refused by the wire storage.</summary>
    public static readonly ResultReader<string> Token = static body =>
        JsonSerializer.Deserialize(body, PopsellJsonContext.Default.AccessTokenAnswerData)?.Token;

    /// <summary>The <c>message</c> of a confirmation; <c>""</c> when the server sent none.</summary>
    public static readonly ResultReader<string> Message = static body =>
        JsonSerializer.Deserialize(body, PopsellJsonContext.Default.MessageAnswerData)?.Message;

    /// <summary>The brand of <c>GET /brand</c>.</summary>
    public static readonly ResultReader<Brand> Brand = static body =>
        JsonSerializer.Deserialize(body, PopsellJsonContext.Default.BrandData) is { } data ? new Brand(data) : null;
}
