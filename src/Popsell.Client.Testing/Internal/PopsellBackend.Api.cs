using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The emulated Laravel API: routing, authentication, validation and persistence.</summary>
internal sealed partial class PopsellBackend
{
    private const string ApiPrefix = "/api/v2/";

    /// <summary>Registration fields that are stored but not part of the response.</summary>
    private static readonly string[] RegisterOnlyFields = ["store_id", "roles", "address"];

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
            _ => PopsellRoute.Any,
        };
    }

    /// <summary>Produces the real response for a request, applying its state changes.</summary>
    public ApiResponse Process(RequestData request)
    {
        switch (request.Route)
        {
            case PopsellRoute.Register:
                return string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase)
                    ? Register(request)
                    : ApiResponse.Message(405, "Method Not Allowed.", allow: "POST");
            case PopsellRoute.UpdateMe:
                return string.Equals(request.Method, "PATCH", StringComparison.OrdinalIgnoreCase)
                    ? UpdateMe(request)
                    : ApiResponse.Message(405, "Method Not Allowed.", allow: "GET, PATCH");
            case PopsellRoute.GetMe:
                return string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase)
                    ? GetMe(request)
                    : ApiResponse.Message(405, "Method Not Allowed.", allow: "GET");
            default:
                return ApiResponse.Message(404, "Not found.");
        }
    }

    /// <summary>
    /// The ambassador a body-carrying fault shows when the request was not processed: the token's ambassador for
    /// <see cref="PopsellRoute.UpdateMe"/>, otherwise an unsaved one built from the request body.
    /// </summary>
    public JsonObject SampleAmbassador(RequestData request)
    {
        lock (_gate)
        {
            if (request.Route is PopsellRoute.UpdateMe or PopsellRoute.GetMe
                && TryGetBearer(request.Authorization, out var token)
                && _tokens.TryGetValue(token, out var id)
                && _ambassadors.TryGetValue(id, out var record))
            {
                return (JsonObject)record.Wire.DeepClone();
            }

            var body = JsonText.TryParse(request.Body, out var node) ? node as JsonObject : null;
            return BuildRegistered(body ?? new JsonObject(), _lastId + 1, Now());
        }
    }

    private ApiResponse Register(RequestData request)
    {
        if (!IsDomainAccepted(request.Domain))
        {
            return ApiResponse.Message(401, "Unauthorized.");
        }

        if (ReadObject(request) is not { } body)
        {
            return ReadError(request);
        }

        lock (_gate)
        {
            var errors = RequestValidator.ValidateRegister(body, _minimumPasswordLength, _emails.ContainsKey);
            if (errors.HasErrors)
            {
                return new ApiResponse { StatusCode = 422, Body = errors.ToJson() };
            }

            var id = ++_lastId;
            var wire = BuildRegistered(body, id, Now());
            var record = new AmbassadorRecord(wire, JsonText.AsString(body["password"])!);
            foreach (var hidden in RegisterOnlyFields)
            {
                if (body.TryGetPropertyValue(hidden, out var value))
                {
                    record.Hidden[hidden] = value?.DeepClone();
                }
            }

            _ambassadors.Add(id, record);
            _emails[JsonText.AsString(wire["email"])!] = id;
            return ApiResponse.ForAmbassador(201, (JsonObject)wire.DeepClone());
        }
    }

    private ApiResponse GetMe(RequestData request)
    {
        if (!TryGetBearer(request.Authorization, out var token))
        {
            return ApiResponse.Message(401, "Unauthenticated.");
        }

        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var id))
            {
                return ApiResponse.Message(401, "Unauthenticated.");
            }

            return _ambassadors.TryGetValue(id, out var record)
                ? ApiResponse.ForAmbassador(200, (JsonObject)record.Wire.DeepClone())
                : ApiResponse.Message(404, "The ambassador does not exist.");
        }
    }

    private ApiResponse UpdateMe(RequestData request)
    {
        if (!TryGetBearer(request.Authorization, out var token))
        {
            return ApiResponse.Message(401, "Unauthenticated.");
        }

        int id;
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out id))
            {
                return ApiResponse.Message(401, "Unauthenticated.");
            }

            if (!_ambassadors.ContainsKey(id))
            {
                return ApiResponse.Message(404, "The ambassador does not exist.");
            }
        }

        if (ReadObject(request) is not { } body)
        {
            return ReadError(request);
        }

        lock (_gate)
        {
            if (!_ambassadors.TryGetValue(id, out var record))
            {
                return ApiResponse.Message(404, "The ambassador does not exist.");
            }

            var errors = RequestValidator.ValidatePatch(
                body,
                _minimumPasswordLength,
                email => _emails.TryGetValue(email, out var owner) && owner != id);
            if (errors.HasErrors)
            {
                return new ApiResponse { StatusCode = 422, Body = errors.ToJson() };
            }

            foreach (var rule in AmbassadorSchema.PatchRules)
            {
                if (!body.TryGetPropertyValue(rule.Name, out var value))
                {
                    continue;
                }

                if (rule.Kind == RuleKind.Password)
                {
                    if (JsonText.AsString(value) is { } password)
                    {
                        record.Password = password;
                    }

                    continue;
                }

                if (rule.Kind == RuleKind.Email)
                {
                    ReindexEmail(record, id, JsonText.AsString(value));
                }

                var target = AmbassadorSchema.ResponseFields.Contains(rule.Name) ? record.Wire : record.Hidden;
                target[rule.Name] = value?.DeepClone();
            }

            record.Wire["date_update"] = Now();
            return ApiResponse.ForAmbassador(200, (JsonObject)record.Wire.DeepClone());
        }
    }

    /// <summary>Builds a new ambassador from a registration body; only string values are copied.</summary>
    private static JsonObject BuildRegistered(JsonObject body, int id, string now)
    {
        var wire = AmbassadorSchema.CreateTemplate();
        wire["id_ambassador"] = id;
        wire["date_insert"] = now;
        wire["date_update"] = now;
        foreach (var rule in AmbassadorSchema.RegisterRules)
        {
            if (AmbassadorSchema.ResponseFields.Contains(rule.Name)
                && body.TryGetPropertyValue(rule.Name, out var value)
                && JsonText.AsString(value) is { } text)
            {
                wire[rule.Name] = text;
            }
        }

        if (body["roles"] is JsonArray { Count: > 0 } roles
            && roles[0] is JsonObject first
            && JsonText.AsString(first["status_role"]) is { } statusRole)
        {
            wire["status_role"] = statusRole;
        }

        return wire;
    }

    private static bool TryGetBearer(string? authorization, out string token)
    {
        token = string.Empty;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = authorization["Bearer ".Length..].Trim();
        return token.Length > 0;
    }

    /// <summary>Laravel's <c>isJson()</c>: the content type contains <c>/json</c> or <c>+json</c>.</summary>
    private static bool IsJsonContentType(string? contentType) =>
        contentType is not null
        && (contentType.Contains("/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the body as a JSON object; an empty body reads as <c>{}</c>.</summary>
    private static JsonObject? ReadObject(RequestData request)
    {
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return new JsonObject();
        }

        if (!IsJsonContentType(request.ContentType))
        {
            return null;
        }

        return JsonText.TryParse(request.Body, out var node) ? node as JsonObject : null;
    }

    private static ApiResponse ReadError(RequestData request) =>
        IsJsonContentType(request.ContentType)
            ? ApiResponse.Message(400, "The request body must be a JSON object.")
            : ApiResponse.Message(415, "Unsupported Media Type.");

    private bool IsDomainAccepted(string? domain) =>
        !string.IsNullOrWhiteSpace(domain)
        && (_acceptAnyDomain || string.Equals(domain.Trim(), _domain, StringComparison.OrdinalIgnoreCase));
}
