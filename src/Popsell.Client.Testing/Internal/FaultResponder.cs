using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Popsell.Client.Testing.Internal;

/// <summary>Carries out a <see cref="PopsellFault"/> for one request.</summary>
internal static class FaultResponder
{
    private const string Padding = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";

    /// <summary>How long to let flushed bytes reach the client before aborting the connection.</summary>
    private static readonly TimeSpan FlushGrace = TimeSpan.FromMilliseconds(100);

    public static async Task ExecuteAsync(HttpContext context, PopsellFault fault, PopsellBackend backend, RequestData request, CancellationToken cancellationToken)
    {
        if (fault.KindValue == FaultKind.Delay)
        {
            var delay = fault.DelayDuration!.Value;
            if (fault.IsAfterProcessing)
            {
                var processed = backend.Process(request);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                await ResponseWriter.WriteAsync(context, processed, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                await ResponseWriter.WriteAsync(context, backend.Process(request), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // The body that ResetMidBody, StallBody and LargeBody show: the real success body after processing, else a
        // sample in the route's success shape.
        JsonObject? successBody = null;
        if (fault.IsAfterProcessing)
        {
            successBody = backend.Process(request).SuccessBody;
        }

        switch (fault.KindValue)
        {
            case FaultKind.Status:
            case FaultKind.Body:
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                if (fault.BodyBytes is { } bytes)
                {
                    await ResponseWriter.WriteAsync(context, fault.StatusCode!.Value, fault.ContentType, bytes, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ResponseWriter.WriteTextAsync(context, fault.StatusCode!.Value, fault.ContentType, fault.ResponseBody!, cancellationToken).ConfigureAwait(false);
                }

                break;

            case FaultKind.Redirect:
                var location = fault.Location!;
                context.Response.Headers.Location = location.IsAbsoluteUri ? location.AbsoluteUri : location.OriginalString;
                await ResponseWriter.WriteAsync(context, fault.StatusCode!.Value, null, [], cancellationToken).ConfigureAwait(false);
                break;

            case FaultKind.ResetConnection:
                context.Abort();
                break;

            case FaultKind.ResetMidBody:
                await WritePartialAsync(context, fault.StatusCode!.Value, Body(successBody ?? backend.SampleSuccessBody(request)), cancellationToken).ConfigureAwait(false);
                await Task.Delay(FlushGrace, cancellationToken).ConfigureAwait(false);
                context.Abort();
                break;

            case FaultKind.HeadersNeverCome:
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                break;

            case FaultKind.StallBody:
                await WritePartialAsync(context, fault.StatusCode!.Value, Body(successBody ?? backend.SampleSuccessBody(request)), cancellationToken).ConfigureAwait(false);
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                break;

            default:
                var padded = Pad(successBody ?? backend.SampleSuccessBody(request), fault.SizeInBytes!.Value);
                await ResponseWriter.WriteAsync(context, fault.StatusCode!.Value, ResponseWriter.JsonContentType, padded, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static byte[] Body(JsonObject body) => JsonText.ToUtf8(body);

    /// <summary>Announces the full length, sends about half of the body and flushes it.</summary>
    private static async Task WritePartialAsync(HttpContext context, int statusCode, byte[] body, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ResponseWriter.JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Pads a string field of a success body with ASCII text so the UTF-8 body is about <paramref name="sizeInBytes"/>
    /// bytes: the ambassador's <c>description</c> (the body's own, or its <c>user</c>'s), else <c>token</c>,
    /// <c>message</c> or <c>label</c>, the first the body has (<c>label</c> is added if it has none of them).
    /// </summary>
    private static byte[] Pad(JsonObject body, int sizeInBytes)
    {
        var (target, field) = PaddingSlot(body);
        target[field] = string.Empty;
        var missing = sizeInBytes - JsonText.ToUtf8(body).Length;
        if (missing <= 0)
        {
            return JsonText.ToUtf8(body);
        }

        var text = new StringBuilder(missing);
        while (text.Length < missing)
        {
            text.Append(Padding, 0, Math.Min(Padding.Length, missing - text.Length));
        }

        target[field] = text.ToString();
        return JsonText.ToUtf8(body);
    }

    private static (JsonObject Target, string Field) PaddingSlot(JsonObject body)
    {
        if (body.ContainsKey("description"))
        {
            return (body, "description");
        }

        if (body["user"] is JsonObject user)
        {
            return (user, "description");
        }

        foreach (var field in (ReadOnlySpan<string>)["token", "message"])
        {
            if (body.ContainsKey(field))
            {
                return (body, field);
            }
        }

        return (body, "label");
    }
}
