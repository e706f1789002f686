using Polly;

namespace Popsell.Client.Http;

/// <summary>The request an attempt of the resilience pipeline sends, kept in the pipeline's context.</summary>
internal static class ResilienceContextRequest
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Popsell.Client.RequestMessage");

    /// <summary>Gets the request <see cref="PopsellResilienceHandler"/> runs the pipeline for, or <see langword="null"/>.</summary>
    public static HttpRequestMessage? GetRequestMessage(this ResilienceContext context) =>
        context.Properties.TryGetValue(RequestKey, out var request) ? request : null;

    /// <summary>Sets the request the pipeline runs for.</summary>
    public static void SetRequestMessage(this ResilienceContext context, HttpRequestMessage request) =>
        context.Properties.Set(RequestKey, request);
}
