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
}
