using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The auth family of the emulated API (login, API keys, guests, brand users, logout, passwords) and GET /brand.</summary>
internal sealed partial class PopsellBackend
{
    private const string LoggedOutMessage = "Successfully logged out";
    private const string ResetLinkSentMessage = "Reset password link sent";
    private const string PasswordDefinedMessage = "Password defined successfully";

    private static JsonObject TokenAnswer(string token) => new() { ["token"] = token };

    private static JsonObject MessageAnswer(string message) => new() { ["message"] = message };

    private ApiResponse Login(RequestData request)
    {
        if (!TryReadValid(request, AuthSchema.LoginRules, 0, out var body, out var refusal))
        {
            return refusal;
        }

        var email = JsonText.AsString(body["email"])!;
        var password = JsonText.AsString(body["password"])!;
        lock (_gate)
        {
            if (!_emails.TryGetValue(email, out var id)
                || !_ambassadors.TryGetValue(id, out var record)
                || !string.Equals(record.Password, password, StringComparison.Ordinal))
            {
                return ApiResponse.Message(401, "Invalid email or password");
            }

            return ApiResponse.Success(200, new JsonObject
            {
                ["user"] = record.Wire.DeepClone(),
                ["token"] = IssueTokenLocked(id),
            });
        }
    }

    private ApiResponse CreateAccessToken(RequestData request)
    {
        if (!TryReadValid(request, AuthSchema.AccessTokenRules, 0, out var body, out var refusal))
        {
            return refusal;
        }

        var apiKey = JsonText.AsString(body["api_key"])!;
        lock (_gate)
        {
            return _apiKeys.TryGetValue(apiKey, out var id) && _ambassadors.ContainsKey(id)
                ? ApiResponse.Success(200, TokenAnswer(IssueTokenLocked(id)))
                : Unauthorized();
        }
    }

    private ApiResponse CreateGuestAccessToken(RequestData request)
    {
        lock (_gate)
        {
            var id = ++_guestCount;
            return ApiResponse.Success(200, TokenAnswer(IssueTokenLocked(TokenKind.Guest, id)));
        }
    }

    private ApiResponse ConnectBrandUser(RequestData request)
    {
        if (!TryReadValid(request, AuthSchema.BrandUserRules, 0, out var body, out var refusal))
        {
            return refusal;
        }

        var emailTmp = JsonText.AsString(body["email_tmp"])!;
        var apiKey = JsonText.AsString(body["user_api_key"])!;
        lock (_gate)
        {
            if (_brandUserApiKey is { } expected && !string.Equals(apiKey, expected, StringComparison.Ordinal))
            {
                return Unauthorized();
            }

            string? guestToken = null;
            if (!string.IsNullOrWhiteSpace(request.Authorization))
            {
                if (!TryAuthenticateLocked(request.Authorization, out var token, out var session, out var bearerRefusal))
                {
                    return bearerRefusal;
                }

                if (session.Kind != TokenKind.Guest)
                {
                    return Unauthenticated();
                }

                guestToken = token;
            }

            if (!_brandUsersByEmail.TryGetValue(emailTmp, out var user))
            {
                var fields = new JsonObject();
                foreach (var rule in AuthSchema.BrandUserRules)
                {
                    if (rule.Name != "user_api_key" && body.TryGetPropertyValue(rule.Name, out var value))
                    {
                        fields[rule.Name] = value?.DeepClone();
                    }
                }

                user = new BrandUserRecord(emailTmp, JsonText.AsString(body["firstname"])!, fields);
                _brandUsers.Add(user);
                _brandUsersByEmail.Add(emailTmp, user);
            }

            if (guestToken is not null)
            {
                // A guest is bound to one brand user: the latest connection wins.
                foreach (var other in _brandUsers)
                {
                    other.BoundGuestTokens.Remove(guestToken);
                }

                user.BoundGuestTokens.Add(guestToken);
            }

            return ApiResponse.Success(200, TokenAnswer(IssueTokenLocked(TokenKind.BrandUser, _brandUsers.IndexOf(user) + 1)));
        }
    }

    private ApiResponse Logout(RequestData request)
    {
        lock (_gate)
        {
            if (!TryAuthenticateLocked(request.Authorization, out var token, out _, out var refusal))
            {
                return refusal;
            }

            _tokens.Remove(token);
            return ApiResponse.Success(200, MessageAnswer(LoggedOutMessage));
        }
    }

    private ApiResponse SendPasswordReset(RequestData request)
    {
        if (!TryReadValid(request, AuthSchema.PasswordResetEmailRules, 0, out var body, out var refusal))
        {
            return refusal;
        }

        var email = JsonText.AsString(body["email"])!;
        lock (_gate)
        {
            if (!_emails.TryGetValue(email, out var id))
            {
                var errors = new LaravelErrorBag();
                errors.NoUserWithEmail("email");
                return ApiResponse.Invalid(errors);
            }

            _resetTokens[id] = RandomNumberGenerator.GetHexString(64, lowercase: true);
            return ApiResponse.Success(200, MessageAnswer(ResetLinkSentMessage));
        }
    }

    private ApiResponse ResetPassword(RequestData request)
    {
        if (!TryReadValid(request, AuthSchema.ResetPasswordRules, _minimumPasswordLength, out var body, out var refusal))
        {
            return refusal;
        }

        var email = JsonText.AsString(body["email"])!;
        var token = JsonText.AsString(body["token"])!;
        lock (_gate)
        {
            if (!_emails.TryGetValue(email, out var id)
                || !_ambassadors.TryGetValue(id, out var record)
                || !_resetTokens.TryGetValue(id, out var expected)
                || !string.Equals(token, expected, StringComparison.Ordinal))
            {
                return ApiResponse.Message(400, "Bad Request.");
            }

            record.Password = JsonText.AsString(body["password"])!;
            _resetTokens.Remove(id);
            return ApiResponse.Success(200, MessageAnswer(PasswordDefinedMessage));
        }
    }

    private ApiResponse GetBrand(RequestData request)
    {
        lock (_gate)
        {
            return ApiResponse.Success(200, (JsonObject)_brand.DeepClone());
        }
    }
}
