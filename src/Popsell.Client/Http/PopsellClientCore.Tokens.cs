using Polly.Timeout;
using Popsell.Client.Operations;

namespace Popsell.Client.Http;

/// <summary>The access token of <see cref="PopsellClientOptions.ApiKey"/>: fetched once, shared, renewed once after a 401.</summary>
internal sealed partial class PopsellClientCore
{
    /// <summary>The token source of last resort that every call of this client carries when an API key is set.</summary>
    private Task<string> ApiKeyTokenAsync(CancellationToken cancellationToken) =>
        _tokens.GetAsync(Options.ApiKey!, _fetchApiKeyToken!).WaitAsync(cancellationToken);

    /// <summary>
    /// Exchanges the API key for a token: a whole call of its own (<c>POST /auth/token</c>, with its retries, logs and span),
    /// bound by <see cref="PopsellClientOptions.Timeout"/> and by no caller's cancellation, since several callers may wait on it.
    /// </summary>
    private async Task<string> FetchApiKeyTokenAsync(string apiKey)
    {
        try
        {
            return await CreateAccessTokenAsync(apiKey, null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (PopsellApiException ex)
        {
            throw PopsellErrors.ApiKeyRefused(ex);
        }
    }

    /// <summary>
    /// After a 401 to a token from the API key: waits for a token other than <paramref name="refused"/> (one request for
    /// all the callers refused at once), within what is left of the caller's <see cref="PopsellClientOptions.Timeout"/>.
    /// </summary>
    private async Task RenewAccessTokenAsync(PopsellCall call, string refused, CancellationToken cancellationToken)
    {
        var left = Options.Timeout - Elapsed(call);
        if (left <= TimeSpan.Zero)
        {
            throw new TimeoutRejectedException();
        }

        try
        {
            await _tokens.RenewAsync(Options.ApiKey!, refused, _fetchApiKeyToken!).WaitAsync(left, TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            // Reported as the caller's own timeout, like an attempt that ran out of time.
            throw new TimeoutRejectedException(ex.Message, ex);
        }
    }
}
