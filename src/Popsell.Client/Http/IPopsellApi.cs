using Refit;

namespace Popsell.Client.Http;

/// <summary>
/// The two documented routes, as a Refit interface built through Refit's generated, reflection-free path.
/// Both return the raw response: status mapping, body limits and parsing are the SDK's, so no Refit type escapes.
/// </summary>
internal interface IPopsellApi
{
    /// <summary><c>POST /auth/register</c>.</summary>
    [Post("/auth/register")]
    Task<HttpResponseMessage> RegisterAsync(
        [Body(BodySerializationMethod.Serialized)] RegisterRequest request,
        [Property(PopsellCall.OptionsKey)] PopsellCall call,
        CancellationToken cancellationToken);

    /// <summary><c>PATCH /{environment}/me</c>.</summary>
    [Patch("/{environment}/me")]
    Task<HttpResponseMessage> UpdateMeAsync(
        string environment,
        [Body(BodySerializationMethod.Serialized)] UpdateMeRequest request,
        [Property(PopsellCall.OptionsKey)] PopsellCall call,
        CancellationToken cancellationToken);
}
