namespace Popsell.Client.Http;

/// <summary>
/// The API root and the paths of the documented routes below it, as logged and traced. Kept with the options they came
/// from: on the dependency-injection path a client core is created for every resolution of <see cref="IPopsellClient"/>,
/// with the same options and base address every time.
/// </summary>
internal sealed class PopsellRoutes
{
    private PopsellRoutes(Uri configured)
    {
        Configured = configured;
        BaseAddress = PopsellHttp.NormalizeBaseAddress(configured);
        var root = BaseAddress.AbsolutePath;
        RegisterPath = root + "auth/register";
        ManagerMePath = root + "manager/me";
        WidgetMePath = root + "widget/me";
    }

    /// <summary>Gets the base address these routes were made for, as it was given.</summary>
    public Uri Configured { get; }

    /// <summary>Gets the API root, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the path of <c>POST /auth/register</c>.</summary>
    public string RegisterPath { get; }

    /// <summary>Gets the path of <c>PATCH /manager/me</c>.</summary>
    public string ManagerMePath { get; }

    /// <summary>Gets the path of <c>PATCH /widget/me</c>.</summary>
    public string WidgetMePath { get; }

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
