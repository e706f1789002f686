namespace Popsell.Client.Testing;

/// <summary>
/// The routes of the Popsell API v2 that <see cref="PopsellTestServer"/> serves, used to classify
/// journal entries and to target injected faults.
/// </summary>
public enum PopsellRoute
{
    /// <summary>
    /// Every route. As a journal classification it marks a request to a path the API does not have;
    /// as a fault or count target it means "whatever route the request is for".
    /// </summary>
    Any = 0,

    /// <summary><c>POST /api/v2/auth/register</c> (any method on that path).</summary>
    Register = 1,

    /// <summary><c>PATCH /api/v2/{environment}/me</c> with environment <c>manager</c> or <c>widget</c> (any method on those paths but <c>GET</c>).</summary>
    UpdateMe = 2,

    /// <summary><c>GET /api/v2/{environment}/me</c> with environment <c>manager</c>, <c>platform</c> or <c>widget</c> (and any method on
    /// <c>/api/v2/platform/me</c>, which has no <c>PATCH</c>).</summary>
    GetMe = 3,

    /// <summary><c>POST /api/v2/auth/login</c> (any method on that path).</summary>
    Login = 4,

    /// <summary><c>POST /api/v2/auth/token</c>, which exchanges an API key for an access token (any method on that path).</summary>
    CreateAccessToken = 5,

    /// <summary><c>POST /api/v2/auth/guest</c> (any method on that path).</summary>
    CreateGuestAccessToken = 6,

    /// <summary><c>POST /api/v2/auth/brand</c>, which connects a brand user (any method on that path).</summary>
    ConnectBrandUser = 7,

    /// <summary><c>POST /api/v2/auth/logout</c> (any method on that path).</summary>
    Logout = 8,

    /// <summary><c>POST /api/v2/auth/forgot-password</c> (any method on that path).</summary>
    SendPasswordReset = 9,

    /// <summary><c>POST /api/v2/auth/reset-password</c> (any method on that path).</summary>
    ResetPassword = 10,

    /// <summary><c>GET /api/v2/brand</c> (any method on that path).</summary>
    GetBrand = 11,
}
