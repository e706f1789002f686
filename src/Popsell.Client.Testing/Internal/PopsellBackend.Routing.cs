using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The emulated Laravel API's router: which route a path is, its method, the domain check, and fault samples.</summary>
internal sealed partial class PopsellBackend
{
    private const string ApiPrefix = "/api/v2/";

    /// <summary>Classifies a request path. Trailing slashes are ignored, as Laravel's router does.</summary>
    public static PopsellRoute Classify(string method, string path)
    {
        var trimmed = path.TrimEnd('/');
        if (!trimmed.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return PopsellRoute.Any;
        }

        var rest = trimmed[ApiPrefix.Length..];
        var get = string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);
        return rest switch
        {
            "auth/register" => PopsellRoute.Register,
            "manager/me" or "widget/me" => get ? PopsellRoute.GetMe : PopsellRoute.UpdateMe,
            "platform/me" => PopsellRoute.GetMe,
            "auth/login" => PopsellRoute.Login,
            "auth/token" => PopsellRoute.CreateAccessToken,
            "auth/guest" => PopsellRoute.CreateGuestAccessToken,
            "auth/brand" => PopsellRoute.ConnectBrandUser,
            "auth/logout" => PopsellRoute.Logout,
            "auth/forgot-password" => PopsellRoute.SendPasswordReset,
            "auth/reset-password" => PopsellRoute.ResetPassword,
            "brand" => PopsellRoute.GetBrand,
            _ => PopsellRoute.Any,
        };
    }

    /// <summary>
    /// Produces the real response for a request, applying its state changes: a 405 for another method (before
    /// anything else, as Laravel's router does), then a 401 if the route checks <c>X-Popsell-Domain</c> and the domain
    /// is not accepted, then the route's own answer.
    /// </summary>
    public ApiResponse Process(RequestData request) => request.Route switch
    {
        PopsellRoute.Register => Serve(request, "POST", "POST", checksDomain: true, Register),
        PopsellRoute.UpdateMe => Serve(request, "PATCH", "GET, PATCH", checksDomain: false, UpdateMe),
        PopsellRoute.GetMe => Serve(request, "GET", "GET", checksDomain: false, GetMe),
        PopsellRoute.Login => Serve(request, "POST", "POST", checksDomain: true, Login),
        PopsellRoute.CreateAccessToken => Serve(request, "POST", "POST", checksDomain: true, CreateAccessToken),
        PopsellRoute.CreateGuestAccessToken => Serve(request, "POST", "POST", checksDomain: true, CreateGuestAccessToken),
        PopsellRoute.ConnectBrandUser => Serve(request, "POST", "POST", checksDomain: true, ConnectBrandUser),
        PopsellRoute.Logout => Serve(request, "POST", "POST", checksDomain: true, Logout),
        PopsellRoute.SendPasswordReset => Serve(request, "POST", "POST", checksDomain: true, SendPasswordReset),
        PopsellRoute.ResetPassword => Serve(request, "POST", "POST", checksDomain: true, ResetPassword),
        PopsellRoute.GetBrand => Serve(request, "GET", "GET", checksDomain: true, GetBrand),
        _ => ApiResponse.Message(404, "Not found."),
    };

    /// <summary>
    /// The success body a body-carrying fault shows when the request was not processed (or its processing failed), in
    /// the route's success shape: an ambassador (the token's for <see cref="PopsellRoute.UpdateMe"/> and
    /// <see cref="PopsellRoute.GetMe"/>, otherwise an unsaved one built from the request body), a session whose user is
    /// the ambassador with the body's e-mail address (or an unsaved one) and whose token is not stored, a token answer
    /// with a token that is not stored, a message, or the brand.
    /// </summary>
    public JsonObject SampleSuccessBody(RequestData request)
    {
        lock (_gate)
        {
            return request.Route switch
            {
                PopsellRoute.Login => new JsonObject { ["user"] = SampleAmbassadorLocked(request), ["token"] = NewToken() },
                PopsellRoute.CreateAccessToken or PopsellRoute.CreateGuestAccessToken or PopsellRoute.ConnectBrandUser => TokenAnswer(NewToken()),
                PopsellRoute.Logout => MessageAnswer(LoggedOutMessage),
                PopsellRoute.SendPasswordReset => MessageAnswer(ResetLinkSentMessage),
                PopsellRoute.ResetPassword => MessageAnswer(PasswordDefinedMessage),
                PopsellRoute.GetBrand => (JsonObject)_brand.DeepClone(),
                _ => SampleAmbassadorLocked(request),
            };
        }
    }

    private JsonObject SampleAmbassadorLocked(RequestData request)
    {
        if (request.Route is PopsellRoute.UpdateMe or PopsellRoute.GetMe
            && TryGetBearer(request.Authorization, out var token)
            && _tokens.TryGetValue(token, out var session)
            && session.Kind == TokenKind.Ambassador
            && _ambassadors.TryGetValue(session.OwnerId, out var owner))
        {
            return (JsonObject)owner.Wire.DeepClone();
        }

        var body = JsonText.TryParse(request.Body, out var node) ? node as JsonObject : null;
        if (request.Route == PopsellRoute.Login
            && JsonText.AsString(body?["email"]) is { } email
            && _emails.TryGetValue(email, out var id)
            && _ambassadors.TryGetValue(id, out var known))
        {
            return (JsonObject)known.Wire.DeepClone();
        }

        return BuildRegistered(body ?? new JsonObject(), _lastId + 1, Now());
    }

    private ApiResponse Serve(RequestData request, string method, string allow, bool checksDomain, Func<RequestData, ApiResponse> handler)
    {
        if (!string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return ApiResponse.Message(405, "Method Not Allowed.", allow);
        }

        return checksDomain && !IsDomainAccepted(request.Domain) ? Unauthorized() : handler(request);
    }
}
