using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Popsell.Client;
using Popsell.Client.Diagnostics;
using Popsell.Client.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IPopsellClient"/> with dependency injection.</summary>
public static class PopsellServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPopsellClient"/> on an <c>IHttpClientFactory</c> client named <c>Popsell.Client</c>, with the
    /// SDK's headers, retries and timeouts, configured in code.
    /// </summary>
    /// <param name="services">The services to add to.</param>
    /// <param name="configure">Sets the <see cref="PopsellClientOptions"/>.</param>
    /// <returns>The builder of the SDK's <see cref="HttpClient"/>, to add handlers or configure the primary handler.</returns>
    /// <remarks>The settings are validated when the host starts (and at the latest when the client is first resolved);
    /// an invalid setting fails with an <see cref="OptionsValidationException"/> that names it. Calling this more than
    /// once adds to the settings and registers nothing twice. The SDK logs its calls itself (category
    /// <c>Popsell.Client</c>), so <c>IHttpClientFactory</c>'s default request logging is removed from this client; call
    /// <c>AddDefaultLogger()</c> on the returned builder to have it back.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddPopsellClient(this IServiceCollection services, Action<PopsellClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddPopsellClientCore();
    }

    /// <summary>
    /// Registers <see cref="IPopsellClient"/> on an <c>IHttpClientFactory</c> client named <c>Popsell.Client</c>, with the
    /// SDK's headers, retries and timeouts, bound from configuration (keys are the names of <see cref="PopsellClientOptions"/>'s
    /// properties, such as <c>BaseAddress</c>, <c>Domain</c>, <c>MaxRetries</c>, <c>Timeout</c>).
    /// </summary>
    /// <param name="services">The services to add to.</param>
    /// <param name="configuration">The section to bind, such as <c>configuration.GetSection("Popsell")</c>.</param>
    /// <returns>The builder of the SDK's <see cref="HttpClient"/>, to add handlers or configure the primary handler.</returns>
    /// <remarks>The settings are validated when the host starts (and at the latest when the client is first resolved);
    /// an invalid setting fails with an <see cref="OptionsValidationException"/> that names it. The SDK logs its calls
    /// itself (category <c>Popsell.Client</c>), so <c>IHttpClientFactory</c>'s default request logging is removed from
    /// this client; call <c>AddDefaultLogger()</c> on the returned builder to have it back.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddPopsellClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<PopsellClientOptions>(configuration);
        return services.AddPopsellClientCore();
    }

    private static IHttpClientBuilder AddPopsellClientCore(this IServiceCollection services)
    {
        services.AddOptions<PopsellClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PopsellClientOptions>, PopsellClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PopsellRoutesCache>();
        // One token for PopsellClientOptions.ApiKey per container, not one per resolution of IPopsellClient.
        services.TryAddSingleton<ApiKeyTokens>();
        services.TryAddSingleton(static sp => sp.GetService<IMeterFactory>() is { } meterFactory
            ? PopsellTelemetry.Create(meterFactory)
            : PopsellTelemetry.Shared);
        if (services.Any(static d => d.ServiceType == typeof(PopsellClientMarker)))
        {
            return new PopsellHttpClientBuilder(services);
        }

        services.AddSingleton<PopsellClientMarker>();
        var builder = services
            .AddHttpClient(PopsellHttp.HttpClientName)
            .ConfigureHttpClient(static (sp, client) => PopsellHttp.Configure(client, CurrentOptions(sp)))
            .ConfigurePrimaryHttpMessageHandler(PopsellHttp.CreatePrimaryHandler)
            // The SDK logs each call and attempt itself (category Popsell.Client). IHttpClientFactory's own two logging
            // handlers would add four lines per request and cost about 0.8 µs and 450 B per call even when nothing
            // listens; callers who want them back call AddDefaultLogger() on the returned builder.
            .RemoveAllLoggers();
        // The same pipeline as new PopsellClient(...), behind the SDK's own handler. Microsoft.Extensions.Http.Resilience's
        // AddResilienceHandler would add Polly's registry and its own telemetry listener (a Warning line per retry,
        // resilience.polly.* metrics) for what the SDK already logs and records itself (docs/performance.md), and its
        // package would bring 16 more packages into every app.
        builder.AddHttpMessageHandler(static sp => new PopsellResilienceHandler(PopsellResilience.Build(
            CurrentOptions(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<PopsellTelemetry>())));
        builder.AddHttpMessageHandler(static sp => new PopsellRequestHandler(sp.GetService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>()));

        services.TryAddTransient<IPopsellClient>(static sp => new PopsellClientView(
            new PopsellClientCore(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(PopsellHttp.HttpClientName),
                CurrentOptions(sp),
                sp.GetService<ILoggerFactory>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<PopsellTelemetry>(),
                sp.GetRequiredService<PopsellRoutesCache>(),
                sp.GetRequiredService<ApiKeyTokens>(),
                ownsHttpClient: false),
            accessToken: null));
        return builder;
    }

    private static PopsellClientOptions CurrentOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<PopsellClientOptions>>().Get(Options.Options.DefaultName);

    /// <summary>Marks that the SDK's client is registered, so a second call registers nothing twice.</summary>
    private sealed class PopsellClientMarker;

    /// <summary>The builder a repeated call returns: the same named client.</summary>
    private sealed class PopsellHttpClientBuilder(IServiceCollection services) : IHttpClientBuilder
    {
        public string Name => PopsellHttp.HttpClientName;

        public IServiceCollection Services => services;
    }
}
