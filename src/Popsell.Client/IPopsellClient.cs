namespace Popsell.Client;

/// <summary>
/// The Popsell API v2: register ambassadors, sign in and out, get access tokens, reset passwords, read the brand, and read
/// and update the connected ambassador. Get one with
/// <c>services.AddPopsellClient(...)</c>, or create a <see cref="PopsellClient"/>.
/// </summary>
/// <remarks>One method per operation of the OpenAPI document is generated into the other part of this interface
/// (<c>Generated/IPopsellClient.cs</c>), with its XML docs.</remarks>
public partial interface IPopsellClient
{
    /// <summary>
    /// Returns a view of this client that authenticates as the ambassador <paramref name="accessToken"/> belongs to. The view
    /// shares this client's connections, settings and retries; for backends that act for many ambassadors at once.
    /// </summary>
    /// <param name="accessToken">The bearer token. It wins over <see cref="PopsellClientOptions.AccessTokenProvider"/>, <see cref="PopsellClientOptions.AccessToken"/>
    /// and <see cref="PopsellClientOptions.ApiKey"/>; it is never renewed (a 401 reaches the caller).</param>
    /// <returns>A view that is cheap to create and needs no disposal; it stops working when this client is disposed.</returns>
    /// <exception cref="ArgumentException"><paramref name="accessToken"/> is <see langword="null"/>, empty, or contains white space or control characters.</exception>
    IPopsellClient WithAccessToken(string accessToken);
}
