// Popsell.Client compiled ahead of time:
//   dotnet publish samples/Popsell.Client.AotSample -c Release -r linux-x64
//   samples/Popsell.Client.AotSample/bin/Release/net10.0/linux-x64/publish/Popsell.Client.AotSample
//
// Dependency injection, settings bound from configuration (environment variables Popsell__BaseAddress,
// Popsell__Domain; the SDK's binding is source-generated), a register, a validation error, and an update-me through
// a retried 503. With no settings it starts the stand-in server on 127.0.0.1, as the other samples do. To talk to a
// real Popsell, set Popsell__BaseAddress, Popsell__Domain and POPSELL_ACCESS_TOKEN (an ambassador's token).
// Prints one line per step, and exits 0 on success, 1 with a one-line reason otherwise.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Popsell.Client;
using Popsell.Client.Testing;

try
{
    var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
    var real = !string.IsNullOrEmpty(configuration["Popsell:BaseAddress"]);
    await using var server = real ? null : await PopsellTestServer.StartAsync();
    if (server is not null)
    {
        configuration["Popsell:BaseAddress"] = server.BaseAddress.ToString();
        configuration["Popsell:Domain"] = server.Domain;
        configuration["Popsell:RetryBaseDelay"] = "00:00:00.100";
    }

    var services = new ServiceCollection();
    services.AddPopsellClient(configuration.GetSection("Popsell"));
    await using var provider = services.BuildServiceProvider();
    var popsell = provider.GetRequiredService<IPopsellClient>();
    Console.WriteLine($"aot: talking to {configuration["Popsell:BaseAddress"]}{(server is null ? "" : " (stand-in)")}");

    var email = server is null ? $"sample+{Guid.NewGuid():N}@example.com" : "ada@example.com";
    var ada = await popsell.RegisterAsync(new RegisterRequest { Firstname = "Ada", Lastname = "Lovelace", Email = email, Password = "correct-horse-battery" });
    Console.WriteLine($"aot: registered ambassador {ada.IdAmbassador} <{ada.Email}>");

    try
    {
        await popsell.RegisterAsync(new RegisterRequest { Firstname = "Ada", Lastname = "Lovelace", Email = email, Password = "correct-horse-battery" });
        throw new InvalidOperationException("registering the same email twice was accepted");
    }
    catch (ValidationProblemException e)
    {
        Console.WriteLine($"aot: validation error as expected: {string.Join("; ", e.Errors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))}");
    }

    var token = server?.IssueAccessToken(ada.IdAmbassador) ?? Environment.GetEnvironmentVariable("POPSELL_ACCESS_TOKEN");
    if (string.IsNullOrEmpty(token))
    {
        Console.WriteLine("aot: POPSELL_ACCESS_TOKEN is not set: skipping the update of manager/me");
    }
    else
    {
        server?.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
        var me = await popsell.WithAccessToken(token).UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr", Description = "Compiled ahead of time" });
        Console.WriteLine($"aot: updated manager/me of ambassador {me.IdAmbassador}: lang {me.Lang}{(server is null ? "" : $" after {server.CountRequests(PopsellRoute.UpdateMe)} attempts")}");
    }

    Console.WriteLine("aot: round trip OK");
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine("error: " + ex.Message.ReplaceLineEndings(" "));
    return 1;
}
