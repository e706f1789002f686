using Microsoft.Extensions.DependencyInjection;
using Popsell.Client.Http;
using Popsell.Client.Operations;

namespace Popsell.Client.Tests.Http;

public class PopsellRoutesTests
{
    [Theory]
    [InlineData("https://api.popsell.example/api/v2/", "/api/v2/")]
    [InlineData("https://api.popsell.example/api/v2", "/api/v2/")]
    [InlineData("https://api.popsell.example", "/")]
    public void For_GivesTheRoutesBelowTheRoot_WithATrailingSlash(string baseAddress, string root)
    {
        PopsellRoutes? cache = null;

        var routes = PopsellRoutes.For(new Uri(baseAddress), ref cache);

        cache.Should().BeSameAs(routes);
        routes.BaseAddress.AbsolutePath.Should().Be(root);
        routes.Path(PopsellOperations.Register, null).Should().Be(root + "auth/register");
        routes.Path(PopsellOperations.UpdateMe, "manager").Should().Be(root + "manager/me");
        routes.Path(PopsellOperations.UpdateMe, "widget").Should().Be(root + "widget/me");
        routes.Path(PopsellOperations.GetMe, "platform").Should().Be(root + "platform/me");
        routes.Path(PopsellOperations.GetMe, "manager").Should().BeSameAs(routes.Path(PopsellOperations.GetMe, "manager"), "paths are made once");
    }

    [Fact]
    public void Path_ForAnEnvironmentTheOperationHasNoRouteFor_Throws()
    {
        PopsellRoutes? cache = null;
        var routes = PopsellRoutes.For(new Uri("https://api.popsell.example/api/v2/"), ref cache);

        var act = () => routes.Path(PopsellOperations.UpdateMe, "platform");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("PATCH /{environment}/me has no 'platform' route.*");
    }

    [Fact]
    public void For_TheSameAddressAgain_ReusesTheRoutes_EvenFromAnotherUriInstance()
    {
        PopsellRoutes? cache = null;
        var first = PopsellRoutes.For(new Uri("https://reuse.popsell.example/api/v2/"), ref cache);

        PopsellRoutes.For(first.Configured, ref cache).Should().BeSameAs(first);
        PopsellRoutes.For(new Uri("https://reuse.popsell.example/api/v2/"), ref cache).Should().BeSameAs(first);
    }

    [Fact]
    public void For_AnotherAddress_GivesItsOwnRoutes_AndKeepsThem()
    {
        PopsellRoutes? cache = null;
        var first = PopsellRoutes.For(new Uri("https://one.popsell.example/a/"), ref cache);

        var second = PopsellRoutes.For(new Uri("https://two.popsell.example/b/"), ref cache);

        second.Should().NotBeSameAs(first);
        cache.Should().BeSameAs(second);
        second.BaseAddress.Should().Be(new Uri("https://two.popsell.example/b/"));
        second.Path(PopsellOperations.Register, null).Should().Be("/b/auth/register");
    }

    [Fact]
    public void ClientsResolvedFromTheSameOptions_ShareTheirRoutes()
    {
        var services = new ServiceCollection().AddPopsellClient(o =>
        {
            o.BaseAddress = new Uri("https://shared.popsell.example/api/v2");
            o.Domain = "brand.example";
        }).Services;
        using var provider = services.BuildServiceProvider();
        var cache = provider.GetRequiredService<PopsellRoutesCache>();

        _ = provider.GetRequiredService<IPopsellClient>();
        var first = cache.Last;
        _ = provider.GetRequiredService<IPopsellClient>();

        first.Should().NotBeNull();
        cache.Last.Should().BeSameAs(first, "the container's clients share one set of routes, kept off the bindable options");
        first!.Path(PopsellOperations.Register, null).Should().Be("/api/v2/auth/register");
    }
}
