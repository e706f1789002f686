using Popsell.Client.Operations;

namespace Popsell.Client.Http;

/// <summary>The auth family and the brand: each builds its body, refuses what is the SDK's own contract, and sends.</summary>
internal sealed partial class PopsellClientCore
{
    public Task<PopsellSession> LoginAsync(string email, string password, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        return SendAsync(
            Begin(PopsellOperations.Login, null, accessToken),
            new LoginRequest { Email = email, Password = password },
            static (api, body, call, ct) => api.LoginAsync(body, call, ct),
            OperationResults.Session,
            cancellationToken);
    }

    public Task<string> CreateAccessTokenAsync(string apiKey, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return SendAsync(
            Begin(PopsellOperations.CreateAccessToken, null, accessToken),
            new AccessTokenRequest { ApiKey = apiKey },
            static (api, body, call, ct) => api.CreateAccessTokenAsync(body, call, ct),
            OperationResults.Token,
            cancellationToken);
    }

    public Task<string> CreateGuestAccessTokenAsync(string? accessToken, CancellationToken cancellationToken)
    {
        return SendAsync(
            Begin(PopsellOperations.CreateGuestAccessToken, null, accessToken),
            0,
            static (api, _, call, ct) => api.CreateGuestAccessTokenAsync(call, ct),
            OperationResults.Token,
            cancellationToken);
    }

    public Task<string> ConnectBrandUserAsync(BrandUserRequest request, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(
            Begin(PopsellOperations.ConnectBrandUser, null, accessToken),
            request,
            static (api, body, call, ct) => api.ConnectBrandUserAsync(body, call, ct),
            OperationResults.Token,
            cancellationToken);
    }

    public Task LogoutAsync(string? accessToken, CancellationToken cancellationToken)
    {
        return SendAsync(
            Begin(PopsellOperations.Logout, null, accessToken),
            0,
            static (api, _, call, ct) => api.LogoutAsync(call, ct),
            OperationResults.Message,
            cancellationToken);
    }

    public Task<string> SendPasswordResetAsync(string email, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        return SendAsync(
            Begin(PopsellOperations.SendPasswordReset, null, accessToken),
            new PasswordResetEmailRequest { Email = email },
            static (api, body, call, ct) => api.SendPasswordResetAsync(body, call, ct),
            OperationResults.Message,
            cancellationToken);
    }

    public Task<string> ResetPasswordAsync(ResetPasswordRequest request, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(
            Begin(PopsellOperations.ResetPassword, null, accessToken),
            request,
            static (api, body, call, ct) => api.ResetPasswordAsync(body, call, ct),
            OperationResults.Message,
            cancellationToken);
    }

    public Task<Brand> GetBrandAsync(string? accessToken, CancellationToken cancellationToken)
    {
        return SendAsync(
            Begin(PopsellOperations.GetBrand, null, accessToken),
            0,
            static (api, _, call, ct) => api.GetBrandAsync(call, ct),
            OperationResults.Brand,
            cancellationToken);
    }
}
