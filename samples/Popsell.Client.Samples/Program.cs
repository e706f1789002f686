// A tour of Popsell.Client without dependency injection: `dotnet run --project samples/Popsell.Client.Samples`.
//
// With no settings it starts PopsellTestServer (a stand-in Popsell on 127.0.0.1) and talks to it.
// To talk to a real Popsell instead, set all three of:
//   POPSELL_BASE_URL      the API root, such as https://brand.example/api/v2/
//   POPSELL_DOMAIN        the brand's domain, sent as X-Popsell-Domain
//   POPSELL_ACCESS_TOKEN  a bearer token of an existing ambassador, for step 3
// Step 1 then registers a real ambassador with a unique sample+{guid}@example.com address, and step 3 changes the
// username, description and language of the token's ambassador.
using Popsell.Client;
using Popsell.Client.Testing;

try
{
    await RunAsync();
    return 0;
}
catch (Exception ex)
{
    // One line on stderr, whatever went wrong; the SDK's messages name the setting, route and status.
    Console.Error.WriteLine("error: " + ex.Message.ReplaceLineEndings(" "));
    return 1;
}

static async Task RunAsync()
{
    var real = RealPopsell.FromEnvironment();
    await using var server = real is null ? await PopsellTestServer.StartAsync() : null;

    var options = new PopsellClientOptions
    {
        BaseAddress = real?.BaseAddress ?? server!.BaseAddress,
        Domain = real?.Domain ?? server!.Domain,
    };
    if (server is not null)
    {
        // The default first retry waits 1 s; 200 ms keeps this sample fast. Keep the default against a real server.
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
    }

    using var client = new PopsellClient(options);
    Console.WriteLine(server is null
        ? $"Talking to {options.BaseAddress} (domain {options.Domain})."
        : $"Talking to the stand-in server at {options.BaseAddress} (domain {options.Domain}).");

    // 1. Register an ambassador. Only the properties you set are sent.
    var email = server is null ? $"sample+{Guid.NewGuid():N}@example.com" : "ada@example.com";
    var ada = await client.RegisterAsync(new RegisterRequest
    {
        Firstname = "Ada",
        Lastname = "Lovelace",
        Email = email,
        Password = "correct-horse-battery",
    });
    Console.WriteLine();
    Console.WriteLine("1. Registered an ambassador");
    Console.WriteLine($"   id {ada.IdAmbassador}: {ada.Firstname} {ada.Lastname} <{ada.Email}>");

    // 2. A 422 answer becomes a ValidationProblemException with the messages of each field.
    Console.WriteLine();
    Console.WriteLine("2. Registering the same e-mail again, with a too-short password");
    try
    {
        await client.RegisterAsync(new RegisterRequest { Firstname = "Ada", Lastname = "Lovelace", Email = email, Password = "123" });
        throw new InvalidOperationException("The server accepted a duplicate e-mail address; expected 422.");
    }
    catch (ValidationProblemException problem)
    {
        Console.WriteLine($"   rejected ({(int)problem.StatusCode}): {problem.Problem.Message}");
        foreach (var (field, messages) in problem.Errors)
        {
            Console.WriteLine($"   - {field}: {string.Join(" ", messages)}");
        }
    }

    // 3. PATCH /manager/me as one ambassador: WithAccessToken returns a cheap view of the client that sends that
    //    token; it shares the client's connections and retries. Only the properties you assign are sent.
    var token = real?.AccessToken ?? server!.IssueAccessToken(ada.IdAmbassador);
    var me = client.WithAccessToken(token);
    var changes = new UpdateMeRequest { Username = "countess", Description = "Writes the first programs.", Lang = "en" };
    var updated = await me.UpdateMeAsync(PopsellEnvironment.Manager, changes);
    Console.WriteLine();
    Console.WriteLine($"3. Updated ambassador {updated.IdAmbassador} through manager/me");
    Console.WriteLine($"   sent    {changes}");
    Console.WriteLine($"   now     Username = {updated.Username}, Description = {updated.Description}, Lang = {updated.Lang}");

    // 4. A 503 is retried (with exponential back-off) and the caller only sees the final answer.
    Console.WriteLine();
    if (server is null)
    {
        Console.WriteLine("4. Retrying a 503: skipped (fault injection needs the stand-in server).");
    }
    else
    {
        server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
        var before = server.CountRequests(PopsellRoute.UpdateMe);
        updated = await me.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Phone1 = "+44 20 7946 0000" });
        var attempts = server.CountRequests(PopsellRoute.UpdateMe) - before;
        Console.WriteLine("4. The server answered 503 once; the SDK retried");
        Console.WriteLine($"   succeeded: Phone1 = {updated.Phone1} ({attempts} requests reached the server)");
    }
}

/// <summary>The real Popsell to talk to, from POPSELL_* environment variables; <see langword="null"/> when none is set.</summary>
internal sealed record RealPopsell(Uri BaseAddress, string Domain, string AccessToken)
{
    public static RealPopsell? FromEnvironment()
    {
        var baseUrl = Environment.GetEnvironmentVariable("POPSELL_BASE_URL");
        var domain = Environment.GetEnvironmentVariable("POPSELL_DOMAIN");
        var token = Environment.GetEnvironmentVariable("POPSELL_ACCESS_TOKEN");
        if (string.IsNullOrEmpty(baseUrl))
        {
            return string.IsNullOrEmpty(domain) && string.IsNullOrEmpty(token)
                ? null
                : throw new InvalidOperationException("POPSELL_DOMAIN or POPSELL_ACCESS_TOKEN is set but POPSELL_BASE_URL is not; set all three, or none to use the stand-in server.");
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseAddress))
        {
            throw new InvalidOperationException($"POPSELL_BASE_URL must be an absolute URI such as https://brand.example/api/v2/; '{baseUrl}' is not.");
        }

        if (string.IsNullOrWhiteSpace(domain))
        {
            throw new InvalidOperationException("POPSELL_BASE_URL is set but POPSELL_DOMAIN is not: set it to the brand's domain, such as brand.example.");
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("POPSELL_BASE_URL is set but POPSELL_ACCESS_TOKEN is not: set it to an ambassador's bearer token (used by step 3).");
        }

        return new RealPopsell(baseAddress, domain, token);
    }
}
