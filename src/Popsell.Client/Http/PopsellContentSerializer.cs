using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Popsell.Client.Serialization;
using Refit;

namespace Popsell.Client.Http;

/// <summary>
/// Refit's serializer for the SDK's request bodies: each body becomes a <see cref="JsonRequestContent{T}"/>, written by
/// <see cref="PopsellJsonContext"/> (source-generated, no reflection) with a <c>Content-Length</c>. Responses are never
/// read through Refit (the SDK parses them itself), but <see cref="FromHttpContentAsync{T}"/> reads with the same context.
/// </summary>
internal sealed class PopsellContentSerializer : IHttpContentSerializer, ISynchronousContentSerializer
{
    /// <summary>Gets the one instance; it holds no state.</summary>
    public static PopsellContentSerializer Instance { get; } = new();

    /// <inheritdoc/>
    public HttpContent ToHttpContent<T>(T item) => new JsonRequestContent<T>(item, TypeInfo<T>());

    /// <inheritdoc/>
    public HttpContent ToHttpContentSynchronous<T>(T item) => ToHttpContent(item);

    /// <inheritdoc/>
    /// <remarks>The SDK does not stream bodies: this too gives the content with a <c>Content-Length</c>.</remarks>
    public HttpContent ToStreamingHttpContent<T>(T item) => ToHttpContent(item);

    /// <inheritdoc/>
    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, TypeInfo<T>(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public string? GetFieldNameForProperty(PropertyInfo propertyInfo)
    {
        ArgumentNullException.ThrowIfNull(propertyInfo);
        return propertyInfo.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => TypeInfoCache<T>.Value
        ?? throw new NotSupportedException($"{typeof(T)} is not a Popsell.Client body: PopsellJsonContext has no metadata for it.");

    /// <summary>The context's metadata for <typeparamref name="T"/>, looked up once.</summary>
    private static class TypeInfoCache<T>
    {
        public static readonly JsonTypeInfo<T>? Value = PopsellJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>;
    }
}
