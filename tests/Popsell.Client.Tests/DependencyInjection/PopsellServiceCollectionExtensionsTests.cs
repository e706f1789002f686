using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.DependencyInjection;

public class PopsellServiceCollectionExtensionsTests : StandInTest
{
    [Fact]
    public async Task AddPopsellClient_WithConfigureAction_ResolvesAClientThatTalksToTheServer()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; });
        await using var provider = services.BuildServiceProvider();

        var ambassador = await provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador());

        ambassador.Email.Should().Be("ada@example.com");
        Server.Requests.Single().Headers["X-Popsell-Domain"].Should().Be(Server.Domain);
    }

    [Fact]
    public async Task AddPopsellClient_FromConfiguration_BindsEveryKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Popsell:BaseAddress"] = Server.BaseAddress.ToString().TrimEnd('/'),
            ["Popsell:Domain"] = Server.Domain,
            ["Popsell:AccessToken"] = "configured-token",
            ["Popsell:MaxRetries"] = "1",
            ["Popsell:RetryBaseDelay"] = "00:00:00.001",
            ["Popsell:AttemptTimeout"] = "00:00:05",
            ["Popsell:Timeout"] = "00:00:09",
            ["Popsell:AllowInsecureHttp"] = "true",
            ["Popsell:MaxResponseBodySize"] = "2048",
        }).Build();
        var services = new ServiceCollection();
        services.AddPopsellClient(configuration.GetSection("Popsell"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PopsellClientOptions>>().Value;

        options.BaseAddress.Should().Be(new Uri(Server.BaseAddress.ToString().TrimEnd('/')));
        options.Domain.Should().Be(Server.Domain);
        options.AccessToken.Should().Be("configured-token");
        options.MaxRetries.Should().Be(1);
        options.RetryBaseDelay.Should().Be(TimeSpan.FromMilliseconds(1));
        options.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(5));
        options.Timeout.Should().Be(TimeSpan.FromSeconds(9));
        options.AllowInsecureHttp.Should().BeTrue();
        options.MaxResponseBodySize.Should().Be(2048);

        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));
        var act = () => provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador());
        (await act.Should().ThrowAsync<PopsellApiException>()).Which.Attempts.Should().Be(2, "MaxRetries=1 from configuration");
    }

    [Fact]
    public async Task AddPopsellClient_CalledTwice_RegistersTheHandlersOnce()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => o.BaseAddress = Server.BaseAddress);
        services.AddPopsellClient(o => o.Domain = Server.Domain);
        await using var provider = services.BuildServiceProvider();
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(503));

        var error = await Record.ExceptionAsync(() => provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador()));

        error.Should().BeNull();
        services.Count(d => d.ServiceType == typeof(IPopsellClient)).Should().Be(1);
        HandlerActions(provider).Should().Be(HandlerActionsOfOneRegistration(), "the second call adds no handler");
        Server.CountRequests(PopsellRoute.Register).Should().Be(2, "one pipeline: one retry, not a retry of a retry");
    }

    [Fact]
    public async Task AddPopsellClient_ReturnsTheBuilder_SoCallersCanAddTheirOwnHandlers()
    {
        var services = new ServiceCollection();
        var seen = new List<string>();
        services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; })
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador());

        seen.Should().Equal("POST /api/v2/auth/register domain=" + Server.Domain);
    }

    [Fact]
    public void AddPopsellClient_WithoutBaseAddress_FailsWithAnErrorNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => o.Domain = "brand.example");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IPopsellClient>();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("PopsellClientOptions.BaseAddress is required");
    }

    [Fact]
    public async Task AddPopsellClient_WithAnInvalidOption_FailsWhenTheHostStarts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddPopsellClient(o => o.BaseAddress = new Uri("/api/v2", UriKind.Relative));
        using var host = builder.Build();

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("PopsellClientOptions.BaseAddress must be an absolute URI");
    }

    [Fact]
    public void AddPopsellClient_WithNullArguments_ThrowsArgumentNullException()
    {
        var services = new ServiceCollection();

        services.Invoking(s => s.AddPopsellClient((Action<PopsellClientOptions>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
        services.Invoking(s => s.AddPopsellClient((IConfiguration)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configuration");
        var onNull = () => ((IServiceCollection)null!).AddPopsellClient(o => { });
        onNull.Should().Throw<ArgumentNullException>().WithParameterName("services");
        var onNullFromConfiguration = () => ((IServiceCollection)null!).AddPopsellClient(new ConfigurationBuilder().Build());
        onNullFromConfiguration.Should().Throw<ArgumentNullException>().WithParameterName("services");
        services.Should().BeEmpty("nothing is registered when an argument is missing");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AddPopsellClient_LogsOnlyTheSdksLines_UnlessTheCallerAddsTheDefaultLoggerBack(bool addDefaultLogger)
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var builder = services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; });
        if (addDefaultLogger)
        {
            builder.AddDefaultLogger();
        }

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador());

        logs.Messages.Should().Contain(m => m.Contains(" Popsell.Client: Popsell POST /api/v2/auth/register answered 201", StringComparison.Ordinal));
        var factoryLines = logs.Messages.Count(m => m.Contains(" System.Net.Http.HttpClient.Popsell.Client.", StringComparison.Ordinal));
        if (addDefaultLogger)
        {
            factoryLines.Should().BeGreaterThanOrEqualTo(4, "IHttpClientFactory logs start, send, receive and end of each request");
        }
        else
        {
            factoryLines.Should().Be(0, "the SDK's own line says the same");
        }
    }

    [Fact]
    public async Task ResolvedClients_AreNotTrackedForDisposalByTheContainer()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IPopsellClient>();

        client.Should().NotBeAssignableTo<IDisposable>("a transient disposable resolved from the root would be kept until the container is disposed");
    }

    /// <summary>How many handler-building steps the SDK's named client has (its own handlers, the resilience handler, the primary handler).</summary>
    private static int HandlerActions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get("Popsell.Client").HttpMessageHandlerBuilderActions.Count;

    private int HandlerActionsOfOneRegistration()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; });
        using var provider = services.BuildServiceProvider();
        return HandlerActions(provider);
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri!.AbsolutePath} domain={string.Join(",", request.Headers.GetValues("X-Popsell-Domain"))}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
