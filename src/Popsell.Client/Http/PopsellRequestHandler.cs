using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Popsell.Client.Operations;

namespace Popsell.Client.Http;

/// <summary>
/// Runs once per attempt, inside the resilience pipeline: adds <c>X-Popsell-Domain</c>, the bearer token (asked for
/// afresh each attempt), <c>User-Agent</c> and <c>Accept</c>; reads the body into memory within the size limit so
/// the attempt timeout covers it; logs the attempt without bodies or secrets.
/// </summary>
internal sealed class PopsellRequestHandler : DelegatingHandler
{
    private const string DomainHeader = "X-Popsell-Domain";
    private const string AuthorizationHeader = "Authorization";
    private static readonly string UserAgent = "Popsell.Client/" + PopsellClientInfo.Version;

    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public PopsellRequestHandler(ILoggerFactory? loggerFactory, TimeProvider timeProvider)
    {
        _logger = (ILogger?)loggerFactory?.CreateLogger(PopsellClientInfo.LoggerCategory) ?? NullLogger.Instance;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = PopsellCall.From(request)
            ?? throw new InvalidOperationException("The request was not made by Popsell.Client: the Popsell handler only sends requests of IPopsellClient.");
        var options = call.Options;
        var attempt = call.BeginAttempt();

        if (attempt == 1)
        {
            // A retry sends the same request message again, so these are added once. The values are fixed strings
            // (the domain was checked when the options were validated), so they are added as they are, not parsed.
            var headers = request.Headers;
            if (!string.IsNullOrEmpty(options.Domain))
            {
                headers.TryAddWithoutValidation(DomainHeader, options.Domain);
            }

            headers.TryAddWithoutValidation("User-Agent", UserAgent);
            headers.TryAddWithoutValidation("Accept", "application/json");
        }

        var bearer = call.Operation.Auth switch
        {
            // Asked for afresh on every attempt: a provider may hand out a refreshed token for a retry, and a token from
            // ApiKey may have been renewed by another call.
            PopsellAuth.Bearer => await ResolveAccessTokenAsync(call, cancellationToken).ConfigureAwait(false),
            // POST /auth/brand: a view's (guest) token binds the guest; the client itself sends none.
            PopsellAuth.Optional => call.AccessToken,
            PopsellAuth.None => null,
            _ => throw new InvalidOperationException($"{call.Operation.Display} has an unknown kind of authentication."),
        };
        if (bearer is not null)
        {
            if (attempt > 1)
            {
                request.Headers.Remove(AuthorizationHeader);
            }

            request.Headers.TryAddWithoutValidation(AuthorizationHeader, "Bearer " + bearer);
        }

        call.SentToken = bearer;

        var started = _timeProvider.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                await BufferedContent.BufferAsync(response, options.MaxResponseBodySize, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                PopsellLog.AttemptFailed(_logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, attempt, _timeProvider.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name, ex.Message);
            }

            throw;
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            PopsellLog.AttemptCompleted(_logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, attempt, (int)response.StatusCode, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }

        return response;
    }

    /// <summary>The token of the strongest source that yields one: a view's token, <see cref="PopsellClientOptions.AccessTokenProvider"/>,
    /// <see cref="PopsellClientOptions.AccessToken"/>, then the client's token for <see cref="PopsellClientOptions.ApiKey"/>.</summary>
    private static async ValueTask<string> ResolveAccessTokenAsync(PopsellCall call, CancellationToken cancellationToken)
    {
        var options = call.Options;
        string? token = call.AccessToken;
        var source = "WithAccessToken";
        call.TokenFromApiKey = false;
        if (string.IsNullOrEmpty(token) && options.AccessTokenProvider is { } provider)
        {
            (token, source) = (await provider(cancellationToken).ConfigureAwait(false), "PopsellClientOptions.AccessTokenProvider");
        }

        if (string.IsNullOrEmpty(token) && !string.IsNullOrEmpty(options.AccessToken))
        {
            (token, source) = (options.AccessToken, "PopsellClientOptions.AccessToken");
        }

        if (string.IsNullOrEmpty(token) && call.ApiKeyToken is { } apiKeyToken)
        {
            (token, source) = (await apiKeyToken(cancellationToken).ConfigureAwait(false), "PopsellClientOptions.ApiKey");
            call.TokenFromApiKey = true;
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException(
                $"{source} gave no access token: {call.Operation.Display} needs a bearer token for the connected ambassador.");
        }

        if (!AccessTokens.IsWellFormed(token))
        {
            throw new InvalidOperationException(
                $"The access token from {source} contains white space or control characters, so it cannot be sent as a bearer token.");
        }

        return token;
    }
}
