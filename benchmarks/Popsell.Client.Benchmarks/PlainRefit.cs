using Refit;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// What a user would write instead of the SDK: a Refit interface over the same hand-written DTOs, created with
/// <c>RestService.For&lt;T&gt;(httpClient)</c> and Refit's default settings.
/// </summary>
public interface IPlainPopsellApi
{
    [Patch("/manager/me")]
    Task<HwAmbassador> UpdateMeAsync([Body] HwUpdateMe request, [Header("Authorization")] string authorization, [Header("X-Popsell-Domain")] string domain);

    [Post("/auth/register")]
    Task<HwAmbassador> RegisterAsync([Body] HwRegister request, [Header("X-Popsell-Domain")] string domain);
}
