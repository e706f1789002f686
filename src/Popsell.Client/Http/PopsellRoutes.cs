using Popsell.Client.Operations;

namespace Popsell.Client.Http;

/// <summary>
/// The API root and the path of every documented route below it (each operation with each of its <c>{environment}</c>
/// values), as logged and traced. Made once and kept with the options they came from: on the dependency-injection path a
/// client core is created for every resolution of <see cref="IPopsellClient"/>, with the same options and base address.
/// </summary>
internal sealed class PopsellRoutes
{
    private readonly string[][] _paths;

    private PopsellRoutes(Uri configured)
    {
        Configured = configured;
        BaseAddress = PopsellHttp.NormalizeBaseAddress(configured);
        var root = BaseAddress.AbsolutePath;
        _paths = PopsellOperations.All
            .Select(operation => operation.Environments.Count == 0
                ? [root + operation.Template.TrimStart('/')]
                : operation.Environments.Select(environment => root + operation.Route(environment).TrimStart('/')).ToArray())
            .ToArray();
    }

    /// <summary>Gets the base address these routes were made for, as it was given.</summary>
    public Uri Configured { get; }

    /// <summary>Gets the API root, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Returns the path of <paramref name="operation"/> with <paramref name="environment"/> (one of its
    /// <see cref="PopsellOperation.Environments"/>, or <see langword="null"/> for a route without one), such as
    /// <c>/api/v2/manager/me</c>.</summary>
    public string Path(PopsellOperation operation, string? environment)
    {
        var paths = _paths[operation.Index];
        if (environment is null)
        {
            return paths[0];
        }

        for (var i = 0; i < operation.Environments.Count; i++)
        {
            if (string.Equals(operation.Environments[i], environment, StringComparison.Ordinal))
            {
                return paths[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(environment), environment, $"{operation.Display} has no '{environment}' route.");
    }

    /// <summary>
    /// Returns the routes below <paramref name="baseAddress"/>: those in <paramref name="cache"/> if they were made for the
    /// same address, or new ones, which then replace them.
    /// </summary>
    public static PopsellRoutes For(Uri baseAddress, ref PopsellRoutes? cache)
    {
        if (Volatile.Read(ref cache) is { } cached
            && (ReferenceEquals(cached.Configured, baseAddress) || string.Equals(cached.Configured.OriginalString, baseAddress.OriginalString, StringComparison.Ordinal)))
        {
            return cached;
        }

        var routes = new PopsellRoutes(baseAddress);
        Volatile.Write(ref cache, routes);
        return routes;
    }
}

/// <summary>
/// The routes last made, for the clients of one container (a singleton there) or of one <see cref="PopsellClient"/>: kept
/// here rather than on the caller's bindable <see cref="PopsellClientOptions"/>.
/// </summary>
internal sealed class PopsellRoutesCache
{
    private PopsellRoutes? _last;

    /// <summary>Gets the routes last made, if any.</summary>
    public PopsellRoutes? Last => Volatile.Read(ref _last);

    /// <summary>Returns the routes below <paramref name="baseAddress"/>, made once for as long as the address stays the same.</summary>
    public PopsellRoutes For(Uri baseAddress) => PopsellRoutes.For(baseAddress, ref _last);
}
