using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Popsell.Client.Benchmarks;

/// <summary>
/// What a user would add to the hand-written call to get retries and timeouts without the SDK: Microsoft.Extensions.Http.Resilience's
/// <see cref="ResilienceHandler"/> with a Polly retry (3 retries of 408, 429 and 5xx answers) around an attempt timeout
/// (30 s), the SDK's defaults. On the success path this is the resilience work the SDK does too.
/// </summary>
public static class HandWrittenResilience
{
    public static RetryStrategyOptions<HttpResponseMessage> Retry() => new()
    {
        MaxRetryAttempts = 3,
        ShouldHandle = static args => new ValueTask<bool>(args.Outcome.Result?.StatusCode is HttpStatusCode.RequestTimeout
            or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError),
    };

    public static TimeoutStrategyOptions Timeout() => new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The retry around the attempt timeout.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Pipeline() => new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(Retry())
        .AddTimeout(Timeout())
        .Build();

    /// <summary>An <see cref="HttpClient"/> that sends through <see cref="Pipeline"/>; its own timeout is off, as the SDK's is.</summary>
    public static HttpClient CreateHttpClient(HttpMessageHandler primary, Uri baseAddress) =>
        new(new ResilienceHandler(Pipeline()) { InnerHandler = primary })
        {
            BaseAddress = baseAddress,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
}
