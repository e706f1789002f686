using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// The baseline: the call an application would write by hand with <see cref="HttpClient"/> and a source-generated
/// System.Text.Json context. No retries, no timeouts beyond HttpClient's, no error mapping beyond EnsureSuccessStatusCode.
/// </summary>
public sealed class HandWrittenClient(HttpClient http, string domain, string accessToken)
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    public Task<HwAmbassador> UpdateMeAsync(HwUpdateMe request, CancellationToken cancellationToken = default) =>
        UpdateMeAsync(request, HandWrittenJsonContext.Default.HwUpdateMe, cancellationToken);

    /// <summary><c>PATCH manager/me</c> with any hand-written body, such as the three-field one of the small-PATCH rows.</summary>
    public async Task<HwAmbassador> UpdateMeAsync<TBody>(TBody request, JsonTypeInfo<TBody> body, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Patch, "manager/me")
        {
            Content = JsonContent.Create(request, body),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(AcceptJson);
        message.Headers.TryAddWithoutValidation("X-Popsell-Domain", domain);
        using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.HwAmbassador, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null ambassador");
    }

    public async Task<HwAmbassador> RegisterAsync(HwRegister request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "auth/register")
        {
            Content = JsonContent.Create(request, HandWrittenJsonContext.Default.HwRegister),
        };
        message.Headers.Accept.Add(AcceptJson);
        message.Headers.TryAddWithoutValidation("X-Popsell-Domain", domain);
        using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.HwAmbassador, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("null ambassador");
    }
}
