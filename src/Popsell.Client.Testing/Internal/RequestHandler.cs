using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Popsell.Client.Testing.Internal;

/// <summary>The single terminal middleware: reads the request, journals it, then answers it or applies its fault.</summary>
internal sealed class RequestHandler(PopsellBackend backend, CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancellationToken = linked.Token;
        try
        {
            await HandleCoreAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ConnectionResetException or BadHttpRequestException)
        {
            // The client went away, or the server is stopping: drop the connection.
            context.Abort();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // A bug in the stand-in: answer like Laravel's production handler rather than hang the client.
            if (context.Response.HasStarted)
            {
                context.Abort();
            }
            else
            {
                await ResponseWriter.WriteAsync(context, ApiResponse.Message(500, "Server Error"), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleCoreAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var httpRequest = context.Request;
        var body = await ReadBodyAsync(httpRequest, cancellationToken).ConfigureAwait(false);
        var path = httpRequest.PathBase.Add(httpRequest.Path).Value ?? "/";
        var route = PopsellBackend.Classify(httpRequest.Method, path);
        var headers = SnapshotHeaders(httpRequest.Headers);
        var receivedAt = backend.Time.GetUtcNow();

        var fault = backend.Record(route, fault => new RecordedRequest
        {
            Method = httpRequest.Method,
            Path = path,
            Query = httpRequest.QueryString.Value ?? string.Empty,
            Route = route,
            Headers = headers,
            Body = body,
            ReceivedAt = receivedAt,
            Fault = fault,
        });

        var request = new RequestData
        {
            Method = httpRequest.Method,
            Route = route,
            Body = body,
            ContentType = headers.GetValueOrDefault("Content-Type"),
            Domain = headers.GetValueOrDefault("X-Popsell-Domain"),
            Authorization = headers.GetValueOrDefault("Authorization"),
        };

        if (fault is null)
        {
            await ResponseWriter.WriteAsync(context, backend.Process(request), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await FaultResponder.ExecuteAsync(context, fault, backend, request, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static FrozenDictionary<string, string> SnapshotHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            copy[name] = string.Join(", ", values.ToArray());
        }

        return copy.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
