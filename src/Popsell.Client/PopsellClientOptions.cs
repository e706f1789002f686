namespace Popsell.Client;

/// <summary>
/// Settings of a <see cref="PopsellClient"/>. Bind them from configuration with
/// <c>services.AddPopsellClient(configuration.GetSection("Popsell"))</c>, or set them in code.
/// </summary>
/// <remarks>
/// Invalid settings are reported with an error that names the setting: by <see cref="PopsellClient(PopsellClientOptions)"/>
/// when the client is created, and by options validation (at host start) on the dependency-injection path.
/// </remarks>
public sealed class PopsellClientOptions
{
    /// <summary>Gets or sets the root of the Popsell API, such as <c>https://brand.example/api/v2/</c>.</summary>
    /// <value>Required. An absolute <c>https</c> URI, with or without a trailing slash; <c>http</c> is accepted only for
    /// loopback hosts or when <see cref="AllowInsecureHttp"/> is set. No default.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the brand's domain, sent as the <c>X-Popsell-Domain</c> header.</summary>
    /// <value>Required by every operation of <c>/auth/*</c> and by <see cref="IPopsellClient.GetBrandAsync"/> (so also by
    /// <see cref="ApiKey"/>); sent with every request when set. Default: <see langword="null"/>.</value>
    public string? Domain { get; set; }

    /// <summary>Gets or sets a fixed bearer token for the routes that need one (such as <c>GET /{environment}/me</c>).</summary>
    /// <value>Default: <see langword="null"/>. <see cref="AccessTokenProvider"/> wins over it, and a
    /// <see cref="IPopsellClient.WithAccessToken"/> view's token wins over both; <see cref="ApiKey"/> is used when it is empty.</value>
    public string? AccessToken { get; set; }

    /// <summary>Gets or sets a callback that supplies the bearer token. It is asked before every attempt, so a refreshed
    /// token is used on a retry; the SDK keeps no token beyond the attempt.</summary>
    /// <value>Default: <see langword="null"/>. Wins over <see cref="AccessToken"/>; a <see cref="IPopsellClient.WithAccessToken"/>
    /// view's token wins over it. When it returns <see langword="null"/> or an empty string, <see cref="AccessToken"/>, then
    /// <see cref="ApiKey"/>, are used.</value>
    public Func<CancellationToken, ValueTask<string?>>? AccessTokenProvider { get; set; }

    /// <summary>Gets or sets an API key that the client exchanges for a bearer token (<c>POST /auth/token</c>) when it needs
    /// one and has no stronger source; the recommended set-up for a brand backend. A secret: never logged or printed.</summary>
    /// <value>Default: <see langword="null"/>. The weakest token source: a <see cref="IPopsellClient.WithAccessToken"/> view's
    /// token, <see cref="AccessTokenProvider"/> and <see cref="AccessToken"/> win over it. The token is fetched by the first
    /// call that needs one and shared by every later call of the client (on the dependency-injection path, by every
    /// <see cref="IPopsellClient"/> of the container). When the server answers 401 to it, the client gets one new token
    /// (a single request, however many calls were refused at once) and repeats the refused call once.</value>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets how many times a failed attempt is retried.</summary>
    /// <value>Default: 3. From 0 (no retries) to 10. Registration is retried only when the server surely did not
    /// create the ambassador (429, 503, or a connection that was never established).</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; each further retry waits twice as long, with ±20 % jitter.</summary>
    /// <value>Default: 1 second. From 0 to 1 minute. A <c>Retry-After</c> header from the server replaces it.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long one attempt (sending the request and reading the whole response) may take.</summary>
    /// <value>Default: 30 seconds. From 10 milliseconds to 24 hours. An attempt never outlives what is left of
    /// <see cref="Timeout"/>, so a <see cref="Timeout"/> shorter than this simply caps every attempt.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long a whole call may take, retries and their delays included.
    /// When it runs out the call fails with a <see cref="TimeoutException"/>.</summary>
    /// <value>Default: 100 seconds. From 10 milliseconds to 24 hours.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets a value indicating whether <c>http://</c> is allowed for a host that is not loopback.</summary>
    /// <value>Default: <see langword="false"/>: tokens and passwords are only sent over https (or to loopback).</value>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Gets or sets the largest response body, in bytes, the client reads. A larger one fails the call with
    /// a <see cref="PopsellApiException"/> instead of exhausting memory.</summary>
    /// <value>Default: 4 MiB (4,194,304 bytes). From 1 KiB to 256 MiB.</value>
    public int MaxResponseBodySize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Returns a copy, so a client is not affected by later changes to the instance it was given.</summary>
    internal PopsellClientOptions Clone() => (PopsellClientOptions)MemberwiseClone();
}
