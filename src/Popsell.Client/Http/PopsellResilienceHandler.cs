using Polly;

namespace Popsell.Client.Http;

/// <summary>
/// Runs the SDK's resilience pipeline (<see cref="PopsellResilience"/>) around the rest of the handler chain: each
/// attempt of the pipeline sends the request once more through the handlers below it. It is what
/// Microsoft.Extensions.Http.Resilience's <c>ResilienceHandler</c> does for a fixed pipeline, without the 16 packages
/// that one class would bring into every app that takes the SDK.
/// </summary>
internal sealed class PopsellResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    try
                    {
                        var response = await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
                        return Outcome.FromResult(response);
                    }
#pragma warning disable CA1031 // Every failure of an attempt is an outcome the pipeline decides on; it is rethrown below.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        return Outcome.FromException<HttpResponseMessage>(e);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(context.ContinueOnCapturedContext);

            // Rethrows with the original stack trace.
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
