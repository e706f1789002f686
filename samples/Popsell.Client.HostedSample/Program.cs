// Popsell.Client with the Generic Host: `dotnet run --project samples/Popsell.Client.HostedSample`.
//
// Settings come from the "Popsell" section of appsettings.json, ApiKey included: the recommended set-up for a brand
// backend, which never handles tokens itself (the client exchanges the key once, shares the token, and renews it when
// it is refused). With no override it starts PopsellTestServer (a stand-in Popsell on 127.0.0.1), issues an API key
// there, and points the section at it. To talk to a real Popsell, override the section, e.g. with environment
// variables Popsell__BaseAddress, Popsell__Domain and Popsell__ApiKey (keep the key out of source control), and give
// ambassadors' tokens for the profile updates (they change those ambassadors' usernames) as Sample__AccessTokens__0, ...
using HostedSample;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Popsell.Client;
using Popsell.Client.Testing;

PopsellTestServer? server = null;
try
{
    // appsettings.json is copied next to the program, so read it from there whatever the working directory.
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
    if (!IsOverridden(builder.Configuration, "Popsell:BaseAddress"))
    {
        // Added after appsettings.json (and the environment), so these two values win; the rest of the section stays.
        server = await PopsellTestServer.StartAsync();
        var backend = server.SeedAmbassador("brand-backend@example.com", "Brand", "Backend");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Popsell:BaseAddress"] = server.BaseAddress.ToString(),
            ["Popsell:Domain"] = server.Domain,
            ["Popsell:ApiKey"] = server.IssueApiKey(backend.IdAmbassador),
        });
    }

    // IPopsellClient on IHttpClientFactory, with the SDK's retries and timeouts. The settings are validated when the
    // client is first resolved or the host starts, with a message that names the setting.
    builder.Services.AddPopsellClient(builder.Configuration.GetSection("Popsell"));
    builder.Services.AddTransient<ProfileService>();

    using var host = builder.Build();
    var popsell = host.Services.GetRequiredService<IPopsellClient>();   // throws here if a setting is invalid
    var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HostedSample");
    await host.StartAsync();
    var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;   // Ctrl+C
    logger.LogInformation("Popsell at {BaseAddress}{StandIn}", builder.Configuration["Popsell:BaseAddress"], server is null ? "" : " (stand-in)");

    // The client's own account, from Popsell:ApiKey: the first call that needs a bearer exchanges the key for a token.
    var brand = await popsell.GetBrandAsync(stopping);
    var account = await popsell.GetMeAsync(PopsellEnvironment.Manager, stopping);
    logger.LogInformation("Brand {Label}; signed in with the API key as ambassador {Id} ({Email})", brand.Label, account.IdAmbassador, account.Email);

    // Registration needs no token: the client sends the X-Popsell-Domain header from the settings.
    var grace = await popsell.RegisterAsync(
        new RegisterRequest
        {
            Firstname = "Grace",
            Lastname = "Hopper",
            Email = server is null ? $"sample+{Guid.NewGuid():N}@example.com" : "grace@example.com",
            Password = "correct-horse-battery",
        },
        stopping);
    logger.LogInformation("Registered ambassador {Id}: {Firstname} {Lastname}", grace.IdAmbassador, grace.Firstname, grace.Lastname);

    // Each request of the backend carries its user's token. With the stand-in: Grace, and Ada whom it seeds directly.
    (string Token, string Name)[] users = server is null
        ? [.. (builder.Configuration.GetSection("Sample:AccessTokens").Get<string[]>() ?? []).Select((token, i) => (token, $"sample-user-{i + 1}"))]
        : [(server.IssueAccessToken(grace.IdAmbassador), "grace-h"), (server.SeedAmbassador("ada@example.com").AccessToken, "ada-l")];
    if (users.Length == 0)
    {
        logger.LogWarning("No Sample:AccessTokens configured: skipping the profile updates.");
    }

    // The requests run at once through the same client, each with its own token.
    var profiles = host.Services.GetRequiredService<ProfileService>();
    var updated = await Task.WhenAll(users.Select(user => profiles.UpdateDisplayNameAsync(user.Token, user.Name, stopping)));

    if (server is not null)
    {
        // The stand-in's own records show that each token changed its own ambassador, and only that one.
        foreach (var me in updated)
        {
            var stored = server.GetAmbassador(me.IdAmbassador)?["username"]?.GetValue<string>();
            logger.LogInformation("Stand-in has ambassador {Id} ({Firstname}) as {Username}", me.IdAmbassador, me.Firstname, stored);
        }

        if (updated[0].IdAmbassador != grace.IdAmbassador || updated[1].IdAmbassador == grace.IdAmbassador)
        {
            throw new InvalidOperationException("A token updated another user's ambassador.");
        }
    }

    await host.StopAsync();
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine("error: " + ex.Message.ReplaceLineEndings(" "));
    return 1;
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync();
    }
}

// True when a source other than the appsettings*.json files sets the key: an environment variable such as
// Popsell__BaseAddress, or a command-line argument such as --Popsell:BaseAddress=https://brand.example/api/v2/.
static bool IsOverridden(IConfigurationRoot configuration, string key) =>
    configuration.Providers.Any(provider => provider is not FileConfigurationProvider && provider.TryGet(key, out _));
