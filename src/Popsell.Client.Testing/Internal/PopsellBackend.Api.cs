using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The emulated Laravel API: registration, the signed-in ambassador, and the helpers every route shares.</summary>
internal sealed partial class PopsellBackend
{
    /// <summary>Registration fields that are stored but not part of the response.</summary>
    private static readonly string[] RegisterOnlyFields = ["store_id", "roles", "address"];

    private ApiResponse Register(RequestData request)
    {
        if (ReadObject(request) is not { } body)
        {
            return ReadError(request);
        }

        lock (_gate)
        {
            var errors = RequestValidator.ValidateRegister(body, _minimumPasswordLength, _emails.ContainsKey);
            if (errors.HasErrors)
            {
                return ApiResponse.Invalid(errors);
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
        lock (_gate)
        {
            if (!TryAuthenticateAmbassadorLocked(request.Authorization, out var id, out var refusal))
            {
                return refusal;
            }

            return _ambassadors.TryGetValue(id, out var record)
                ? ApiResponse.ForAmbassador(200, (JsonObject)record.Wire.DeepClone())
                : ApiResponse.Message(404, "The ambassador does not exist.");
        }
    }

    private ApiResponse UpdateMe(RequestData request)
    {
        int id;
        lock (_gate)
        {
            if (!TryAuthenticateAmbassadorLocked(request.Authorization, out id, out var refusal))
            {
                return refusal;
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
                return ApiResponse.Invalid(errors);
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

    private static ApiResponse Unauthenticated() => ApiResponse.Message(401, "Unauthenticated.");

    private static ApiResponse Unauthorized() => ApiResponse.Message(401, "Unauthorized.");

    /// <summary>
    /// Checks the bearer token of a request, holding <see cref="_gate"/>: on failure <paramref name="refusal"/> is the
    /// 401 to answer ("Unauthenticated." for a missing, malformed, unknown or revoked token, "Token has expired." for an
    /// expired one).
    /// </summary>
    private bool TryAuthenticateLocked(
        string? authorization,
        out string token,
        [NotNullWhen(true)] out TokenRecord? session,
        [NotNullWhen(false)] out ApiResponse? refusal)
    {
        session = null;
        refusal = null;
        if (!TryGetBearer(authorization, out token) || !_tokens.TryGetValue(token, out var found))
        {
            refusal = Unauthenticated();
            return false;
        }

        if (found.Expired)
        {
            refusal = ApiResponse.Message(401, "Token has expired.");
            return false;
        }

        session = found;
        return true;
    }

    /// <summary>
    /// <see cref="TryAuthenticateLocked"/> for the routes of the signed-in ambassador: a guest's or a brand user's token
    /// gets 401 "Unauthenticated." too.
    /// </summary>
    private bool TryAuthenticateAmbassadorLocked(string? authorization, out int idAmbassador, [NotNullWhen(false)] out ApiResponse? refusal)
    {
        idAmbassador = 0;
        if (!TryAuthenticateLocked(authorization, out _, out var session, out refusal))
        {
            return false;
        }

        if (session.Kind != TokenKind.Ambassador)
        {
            refusal = Unauthenticated();
            return false;
        }

        idAmbassador = session.OwnerId;
        return true;
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

    /// <summary>Reads the body as a JSON object and validates it: <paramref name="refusal"/> is the 415, 400 or 422 to answer.</summary>
    private static bool TryReadValid(
        RequestData request,
        IReadOnlyList<FieldRule> rules,
        int minimumPasswordLength,
        [NotNullWhen(true)] out JsonObject? body,
        [NotNullWhen(false)] out ApiResponse? refusal)
    {
        refusal = null;
        body = ReadObject(request);
        if (body is null)
        {
            refusal = ReadError(request);
            return false;
        }

        var errors = RequestValidator.Validate(body, rules, minimumPasswordLength);
        if (errors.HasErrors)
        {
            body = null;
            refusal = ApiResponse.Invalid(errors);
            return false;
        }

        return true;
    }

    private static ApiResponse ReadError(RequestData request) =>
        IsJsonContentType(request.ContentType)
            ? ApiResponse.Message(400, "The request body must be a JSON object.")
            : ApiResponse.Message(415, "Unsupported Media Type.");

    private bool IsDomainAccepted(string? domain) =>
        !string.IsNullOrWhiteSpace(domain)
        && (_acceptAnyDomain || string.Equals(domain.Trim(), _domain, StringComparison.OrdinalIgnoreCase));
}
