using System.Diagnostics;

namespace Popsell.Client.Operations;

/// <summary>
/// What the handlers below the facade need to know about one call: its route, its credentials and its clock.
/// Travels with the request in <see cref="HttpRequestMessage.Options"/>, so every attempt of a retried call sees it.
/// </summary>
internal sealed class PopsellCall
{
    /// <summary>The key under which the call is stored in <see cref="HttpRequestMessage.Options"/>.</summary>
    public const string OptionsKey = "Popsell.Client.Call";

    private int _attempts;

    public PopsellCall(
        PopsellOperation operation,
        string? environment,
        PopsellClientOptions options,
        string? accessToken,
        long startTimestamp,
        Uri? baseAddress,
        Func<CancellationToken, Task<string>>? apiKeyToken = null)
    {
        ApiKeyToken = apiKeyToken;
        Operation = operation;
        Environment = environment;
        Options = options;
        AccessToken = accessToken;
        StartTimestamp = startTimestamp;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the operation being called.</summary>
    public PopsellOperation Operation { get; }

    /// <summary>Gets the <c>{environment}</c> segment (<c>manager</c>, <c>platform</c> or <c>widget</c>), or <see langword="null"/> for a route without one.</summary>
    public string? Environment { get; }

    /// <summary>Gets the route relative to the API root, such as <c>/auth/register</c> or <c>/widget/me</c>. Made when
    /// asked (only a traced call names its span with it), not for every call.</summary>
    public string Route => Operation.Route(Environment);

    /// <summary>Gets the API root the call goes to.</summary>
    public Uri? BaseAddress { get; }


    /// <summary>Gets or sets the call's span, if one was started.</summary>
    public Activity? Activity { get; set; }

    /// <summary>Gets the settings of the client that made the call.</summary>
    public PopsellClientOptions Options { get; }

    /// <summary>Gets the token of a <see cref="IPopsellClient.WithAccessToken"/> view, which wins over the options.</summary>
    public string? AccessToken { get; }

    /// <summary>Gets the token source of last resort: the client's token for <see cref="PopsellClientOptions.ApiKey"/>
    /// (fetched once and shared), or <see langword="null"/> when no API key is set.</summary>
    public Func<CancellationToken, Task<string>>? ApiKeyToken { get; }

    /// <summary>Gets or sets the bearer token the last attempt sent, or <see langword="null"/> if it sent none.</summary>
    public string? SentToken { get; set; }

    /// <summary>Gets or sets a value indicating whether the last attempt's token came from <see cref="PopsellClientOptions.ApiKey"/>.</summary>
    public bool TokenFromApiKey { get; set; }

    /// <summary>Gets a value indicating whether the call was repeated once with a renewed token after a 401.</summary>
    public bool Renewed { get; private set; }

    /// <summary>Returns whether a 401 may be answered by renewing the token and repeating the call, at most once: only
    /// for a token from <see cref="PopsellClientOptions.ApiKey"/>, and never for an operation that ends the session.</summary>
    public bool TryBeginRenewal()
    {
        if (Renewed || !TokenFromApiKey || SentToken is null || Operation.EndsSession)
        {
            return false;
        }

        Renewed = true;
        return true;
    }

    /// <summary>Gets when the call started, from the client's <see cref="TimeProvider"/>.</summary>
    public long StartTimestamp { get; }

    /// <summary>Gets how many attempts have been sent.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Counts an attempt and returns its number, from 1.</summary>
    public int BeginAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>Gets the call stored in a request's options, if any.</summary>
    public static PopsellCall? From(HttpRequestMessage? request) =>
        request is not null && ((IDictionary<string, object?>)request.Options).TryGetValue(OptionsKey, out var value)
            ? value as PopsellCall
            : null;
}
