namespace Popsell.Client.Http;

/// <summary>
/// The one access token of a client that has <see cref="PopsellClientOptions.ApiKey"/>: fetched by the first call that
/// needs it, shared by every later call (one instance per <see cref="PopsellClient"/>, one per container on the
/// dependency-injection path), and renewed with a single request however many calls were refused at once.
/// </summary>
/// <remarks>
/// The fetch is not tied to any caller's cancellation: one caller giving up does not cancel the request that the others
/// wait on. Each caller waits with its own <see cref="CancellationToken"/>. A failed fetch is not kept: the next call tries
/// again.
/// </remarks>
internal sealed class ApiKeyTokens
{
    private readonly object _gate = new();
    private string? _apiKey;
    private Task<string>? _token;

    /// <summary>Returns the token for <paramref name="apiKey"/>: the one fetched or being fetched, or a new fetch.</summary>
    public Task<string> GetAsync(string apiKey, Func<string, Task<string>> fetch) => Get(apiKey, refused: null, fetch);

    /// <summary>Returns a token other than <paramref name="refused"/>: a new fetch when <paramref name="refused"/> is still the
    /// current token, or the one another caller's renewal already fetched (or is fetching).</summary>
    public Task<string> RenewAsync(string apiKey, string refused, Func<string, Task<string>> fetch) => Get(apiKey, refused, fetch);

    /// <summary>Forgets <paramref name="token"/> if it is the current token (after a logout), so the next call fetches another.</summary>
    public void Forget(string token)
    {
        lock (_gate)
        {
            if (_token is { IsCompletedSuccessfully: true } current && string.Equals(current.Result, token, StringComparison.Ordinal))
            {
                _token = null;
            }
        }
    }

    private Task<string> Get(string apiKey, string? refused, Func<string, Task<string>> fetch)
    {
        TaskCompletionSource<string>? mine = null;
        Task<string> token;
        lock (_gate)
        {
            var current = _token;
            var stale = current is null
                || !string.Equals(_apiKey, apiKey, StringComparison.Ordinal)
                || current.IsFaulted
                || current.IsCanceled
                || (refused is not null && current.IsCompletedSuccessfully && string.Equals(current.Result, refused, StringComparison.Ordinal));
            if (stale)
            {
                mine = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                _apiKey = apiKey;
                _token = mine.Task;
            }

            token = _token!;
        }

        if (mine is not null)
        {
            // Outside the lock: the fetch is a whole call of its own (retries, telemetry, logs).
            _ = FillAsync(mine, apiKey, fetch);
        }

        return token;
    }

    private static async Task FillAsync(TaskCompletionSource<string> token, string apiKey, Func<string, Task<string>> fetch)
    {
        try
        {
            token.SetResult(await fetch(apiKey).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            token.SetException(ex);
            // Observed here: when every waiting caller has given up, nobody else reads the failure.
            _ = token.Task.Exception;
        }
    }
}
