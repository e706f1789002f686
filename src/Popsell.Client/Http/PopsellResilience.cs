using System.Net;
using Polly.Retry;
using Polly.Timeout;
using Polly;
using Popsell.Client.Diagnostics;
using Popsell.Client.Operations;

namespace Popsell.Client.Http;

/// <summary>
/// Builds the one resilience pipeline both the dependency-injection path and <see cref="PopsellClient(PopsellClientOptions)"/>
/// use: retries around an attempt timeout that also enforces the call's total timeout.
/// </summary>
/// <remarks>
/// Retries follow the operation's retry class (<see cref="PopsellOperation.Retry"/>). An idempotent one (<c>GET</c> and
/// <c>PATCH /{environment}/me</c>) is retried on 408, 429, 500, 502, 503, 504, connection failures and attempt timeouts.
/// One retried only when refused (<c>POST /auth/register</c>) is retried only when the server surely did not act:
/// 429, 503, or a connection that was never established. A wait (backoff or <c>Retry-After</c>) that would
/// outlive <see cref="PopsellClientOptions.Timeout"/> is not started: the call fails at once with what the server said.
/// </remarks>
internal static class PopsellResilience
{
    /// <summary>The name of the pipeline on the dependency-injection path.</summary>
    public const string PipelineName = "Popsell.Client";

    private const double Jitter = 0.2;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    /// <summary>The shortest timeout an attempt gets: a zero or negative one would switch Polly's timeout off.</summary>
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(1);
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelayKey = new("Popsell.Client.NextDelay");

    /// <summary>Adds the SDK's strategies to <paramref name="builder"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, PopsellClientOptions options, TimeProvider timeProvider, PopsellTelemetry telemetry)
    {
        builder.TimeProvider = timeProvider;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "Popsell.Client.Retry",
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, options, timeProvider)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Context.Properties.GetValue(NextDelayKey, options.RetryBaseDelay)),
                OnRetry = args =>
                {
                    var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
                    if (PopsellCall.From(request) is { } call)
                    {
                        telemetry.RecordRetry(call, request!.Method.Method, args.Outcome, args.AttemptNumber, args.RetryDelay);
                    }

                    return default;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "Popsell.Client.Timeout",
            TimeoutGenerator = args => new ValueTask<TimeSpan>(AttemptTimeout(args.Context, options, timeProvider)),
        });
    }

    /// <summary>
    /// The time an attempt may take: <see cref="PopsellClientOptions.AttemptTimeout"/>, cut to what is left of
    /// <see cref="PopsellClientOptions.Timeout"/>. One timer per attempt enforces both limits: the waits between attempts
    /// need none, because <see cref="ShouldRetry"/> never starts a wait that would outlive the call.
    /// </summary>
    internal static TimeSpan AttemptTimeout(ResilienceContext context, PopsellClientOptions options, TimeProvider timeProvider)
    {
        if (PopsellCall.From(context.GetRequestMessage()) is not { } call)
        {
            return options.AttemptTimeout;
        }

        var left = options.Timeout - timeProvider.GetElapsedTime(call.StartTimestamp);
        return left >= options.AttemptTimeout ? options.AttemptTimeout : left > TimeSpan.Zero ? left : MinimumTimeout;
    }

    /// <summary>Builds the pipeline for a client that has no dependency-injection container.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(PopsellClientOptions options, TimeProvider timeProvider, PopsellTelemetry telemetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = PipelineName };
        Configure(builder, options, timeProvider, telemetry);
        return builder.Build();
    }

    /// <summary>Decides whether an outcome is retried, and if so stores the delay to wait first.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attemptNumber, PopsellClientOptions options, TimeProvider timeProvider)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        // The operation's retry class, from the OpenAPI document (x-popsell-retry): not the HTTP method, since a POST
        // such as /auth/token is harmless to repeat and a GET could, in principle, not be.
        var idempotent = PopsellCall.From(request) is { } requestCall ? requestCall.Operation.IsIdempotent : request is null || request.Method != HttpMethod.Post;
        if (!IsTransient(outcome, idempotent))
        {
            return false;
        }

        var delay = TransientFailures.RetryAfter(outcome.Result, timeProvider) ?? Backoff(options.RetryBaseDelay, attemptNumber);
        if (PopsellCall.From(request) is { } call && delay >= options.Timeout - timeProvider.GetElapsedTime(call.StartTimestamp))
        {
            // Waiting would outlive the call: fail now, with what the server said, rather than time out later.
            return false;
        }

        context.Properties.Set(NextDelayKey, delay);
        return true;
    }

    /// <summary>Returns whether an outcome is a transient failure that the route's idempotence allows to retry.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome, bool idempotent)
    {
        if (outcome.Result is { } response)
        {
            return TransientFailures.IsTransientStatus(response.StatusCode, idempotent);
        }

        return outcome.Exception switch
        {
            ResponseBodyException body => idempotent && !body.IsTooLarge,
            HttpRequestException http => idempotent || TransientFailures.NeverConnected(http),
            TimeoutRejectedException => idempotent,
            _ => false,
        };
    }

    /// <summary>Exponential backoff from <paramref name="baseDelay"/>, doubled each retry, with ±20 % jitter, capped at a minute.</summary>
    internal static TimeSpan Backoff(TimeSpan baseDelay, int attemptNumber)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptNumber, 30));
        var jittered = exponential * (1 - Jitter + (2 * Jitter * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, MaxBackoff.TotalMilliseconds));
    }
}
