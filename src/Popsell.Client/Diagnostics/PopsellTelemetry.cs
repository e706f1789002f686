using System.Diagnostics.Metrics;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Polly.Timeout;
using Polly;
using Popsell.Client.Operations;

namespace Popsell.Client.Diagnostics;

/// <summary>
/// The SDK's traces and metrics, both named <c>Popsell.Client</c>: one <see cref="Activity"/> per call (of kind
/// <see cref="ActivityKind.Client"/>, around all its attempts), a histogram of call durations and a counter of retries.
/// Tags follow OpenTelemetry's HTTP client conventions where they fit; none carries a body, an email, a password or a token.
/// </summary>
internal sealed class PopsellTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>.</summary>
    public const string Name = "Popsell.Client";

    /// <summary>The name of the histogram of call durations, in seconds.</summary>
    public const string DurationName = "popsell.client.request.duration";

    /// <summary>The name of the counter of retries.</summary>
    public const string RetriesName = "popsell.client.request.retries";

#if NET9_0_OR_GREATER
    // Buckets for durations of calls that may include retries, from a fast loopback answer to the 100 s default timeout.
    private static readonly double[] DurationBuckets =
        [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 100];
#endif

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;

    private PopsellTelemetry(Meter meter)
    {
        const string durationDescription = "Duration of Popsell API calls, from the first attempt to the last response or failure, retries and their waits included.";
#if NET9_0_OR_GREATER
        _duration = meter.CreateHistogram(
            DurationName,
            unit: "s",
            description: durationDescription,
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
#else
        // .NET 8's System.Diagnostics.DiagnosticSource has no InstrumentAdvice: the exporter's default buckets apply.
        _duration = meter.CreateHistogram<double>(DurationName, unit: "s", description: durationDescription);
#endif
        _retries = meter.CreateCounter<long>(
            RetriesName,
            unit: "{retry}",
            description: "Retries of Popsell API calls, tagged with what the failed attempt got (error.type).");
    }

    /// <summary>Gets the source of the SDK's spans.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, PopsellClientInfo.Version);

    /// <summary>Gets the instruments of clients made without dependency injection, on a process-wide meter.</summary>
    public static PopsellTelemetry Shared { get; } = new(new Meter(Name, PopsellClientInfo.Version));

    /// <summary>Creates the instruments on a meter of <paramref name="meterFactory"/> (the container's, on the dependency-injection path).</summary>
    public static PopsellTelemetry Create(IMeterFactory meterFactory) =>
        new(meterFactory.Create(new MeterOptions(Name) { Version = PopsellClientInfo.Version }));

    /// <summary>Starts the span of a call, or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartCall(PopsellCall call, string method, Uri? baseAddress)
    {
        if (!ActivitySource.HasListeners())
        {
            return null;
        }

        var route = call.Route;
        var activity = ActivitySource.StartActivity(method + " " + route, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            foreach (var tag in CommonTags(call, method, baseAddress))
            {
                activity.SetTag(tag.Key, tag.Value);
            }
        }

        return activity;
    }

    /// <summary>Ends a call: closes its span and records its duration.</summary>
    /// <param name="call">The call.</param>
    /// <param name="activity">The call's span, if one was started.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="baseAddress">The API root, for <c>server.address</c> and <c>server.port</c>.</param>
    /// <param name="statusCode">The status of the last response, if one came.</param>
    /// <param name="errorType">Why the call failed (see <see cref="ErrorType(Exception)"/>), or <see langword="null"/> on success.</param>
    /// <param name="elapsed">How long the call took.</param>
    public void EndCall(PopsellCall call, Activity? activity, string method, Uri? baseAddress, HttpStatusCode? statusCode, string? errorType, TimeSpan elapsed)
    {
        if (activity is not null)
        {
            if (activity.IsAllDataRequested)
            {
                if (statusCode is { } status)
                {
                    activity.SetTag("http.response.status_code", (int)status);
                }

                activity.SetTag("popsell.attempts", call.Attempts);
                if (errorType is not null)
                {
                    activity.SetTag("error.type", errorType);
                }
            }

            if (errorType is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }

            activity.Dispose();
        }

        if (_duration.Enabled)
        {
            var tags = CommonTags(call, method, baseAddress);
            if (statusCode is { } status)
            {
                tags.Add("http.response.status_code", (int)status);
            }

            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            _duration.Record(elapsed.TotalSeconds, tags);
        }
    }

    /// <summary>Counts a retry, and notes it on the call's span as a <c>popsell.retry</c> event that names the failed attempt
    /// (<c>popsell.attempt</c>, from 1), what it got (<c>error.type</c>) and the wait before the next (<c>popsell.retry.delay</c>, in seconds).</summary>
    /// <param name="call">The call.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="outcome">What the failed attempt got.</param>
    /// <param name="attemptNumber">Polly's number of the failed attempt, from 0.</param>
    /// <param name="delay">The wait before the next attempt.</param>
    public void RecordRetry(PopsellCall call, string method, Outcome<HttpResponseMessage> outcome, int attemptNumber, TimeSpan delay)
    {
        var errorType = outcome.Result is { } response ? StatusText(response.StatusCode) : ErrorType(outcome.Exception!);
        if (call.Activity is { IsAllDataRequested: true } activity)
        {
            activity.AddEvent(new ActivityEvent("popsell.retry", tags: new ActivityTagsCollection
            {
                ["popsell.attempt"] = attemptNumber + 1,
                ["error.type"] = errorType,
                ["popsell.retry.delay"] = delay.TotalSeconds,
            }));
        }

        if (_retries.Enabled)
        {
            var tags = CommonTags(call, method, call.BaseAddress);
            tags.Add("error.type", errorType);
            _retries.Add(1, tags);
        }
    }

    /// <summary>
    /// Names why an attempt or a call failed, with few values: the .NET names of <see cref="HttpRequestError"/>
    /// (<c>connection_error</c>, <c>response_ended</c> …), <c>timeout</c>, <c>response_too_large</c>, or the exception's type.
    /// </summary>
    public static string ErrorType(Exception exception) => exception switch
    {
        ResponseBodyException { IsTooLarge: true } => "response_too_large",
        HttpRequestException http => http.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "name_resolution_error",
            HttpRequestError.ConnectionError => "connection_error",
            HttpRequestError.SecureConnectionError => "secure_connection_error",
            HttpRequestError.HttpProtocolError => "http_protocol_error",
            HttpRequestError.ExtendedConnectNotSupported => "extended_connect_not_supported",
            HttpRequestError.VersionNegotiationError => "version_negotiation_error",
            HttpRequestError.UserAuthenticationError => "user_authentication_error",
            HttpRequestError.ProxyTunnelError => "proxy_tunnel_error",
            HttpRequestError.InvalidResponse => "invalid_response",
            HttpRequestError.ResponseEnded => "response_ended",
            HttpRequestError.ConfigurationLimitExceeded => "configuration_limit_exceeded",
            _ => exception.GetType().FullName!,
        },
        TimeoutRejectedException or TimeoutException => "timeout",
        _ => exception.GetType().FullName!,
    };

    /// <summary>The status code as text, such as <c>503</c>: the <c>error.type</c> of a response that is not a success.</summary>
    public static string StatusText(HttpStatusCode statusCode) => ((int)statusCode).ToString(CultureInfo.InvariantCulture);

    private static TagList CommonTags(PopsellCall call, string method, Uri? baseAddress)
    {
        var tags = new TagList
        {
            { "http.request.method", method },
            { "url.template", call.Operation.Template },
            { "popsell.operation", call.Operation.TelemetryName },
        };
        if (call.Environment is { } environment)
        {
            tags.Add("popsell.environment", environment);
        }

        if (baseAddress is not null)
        {
            tags.Add("server.address", baseAddress.Host);
            tags.Add("server.port", baseAddress.Port);
        }

        return tags;
    }
}
