// A tour of Popsell.Client without dependency injection: `dotnet run --project samples/Popsell.Client.Samples`.
//
// It walks the journey a user makes: register, log in, get me, update me (through a retried 503), log out, and
// shows that the token is refused afterwards. With no settings it starts PopsellTestServer (a stand-in Popsell on
// 127.0.0.1) and talks to it. To talk to a real Popsell instead, set both of:
//   POPSELL_BASE_URL      the API root, such as https://brand.example/api/v2/
//   POPSELL_DOMAIN        the brand's domain, sent as X-Popsell-Domain
// Step 1 then registers a real ambassador with a unique sample+{guid}@example.com address, and the later steps sign
// in as it and change its username, description and language.
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

    // 3. Log in: the session carries the ambassador and its bearer token. WithAccessToken returns a cheap view of the
    //    client that sends that token; it shares the client's connections and retries.
    var session = await client.LoginAsync(email, "correct-horse-battery");
    var me = client.WithAccessToken(session.AccessToken);
    Console.WriteLine();
    Console.WriteLine($"3. Logged in as ambassador {session.User.IdAmbassador}");
    Console.WriteLine($"   the session's ToString() masks the token: {(session.ToString().Contains("AccessToken = ***", StringComparison.Ordinal) ? "AccessToken = ***" : "NOT MASKED")}");

    // 4. GET /manager/me with the session's token.
    var current = await me.GetMeAsync(PopsellEnvironment.Manager);
    Console.WriteLine();
    Console.WriteLine($"4. Got me: {current.Firstname} {current.Lastname} <{current.Email}>");

    // 5. PATCH /manager/me: only the properties you assign are sent. With the stand-in, the first attempt gets a 503,
    //    which the SDK retries (with exponential back-off); the caller only sees the final answer.
    server?.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));
    var changes = new UpdateMeRequest { Username = "countess", Description = "Writes the first programs.", Lang = "en" };
    var updated = await me.UpdateMeAsync(PopsellEnvironment.Manager, changes);
    Console.WriteLine();
    Console.WriteLine($"5. Updated ambassador {updated.IdAmbassador} through manager/me");
    Console.WriteLine($"   sent    {changes}");
    Console.WriteLine($"   now     Username = {updated.Username}, Description = {updated.Description}, Lang = {updated.Lang}");
    if (server is not null)
    {
        Console.WriteLine($"   the server answered 503 once; {server.CountRequests(PopsellRoute.UpdateMe)} requests reached it");
    }

    // 6. Log out: the token no longer works, so the next call with it is a 401.
    await me.LogoutAsync();
    Console.WriteLine();
    Console.WriteLine("6. Logged out");
    try
    {
        await me.GetMeAsync(PopsellEnvironment.Manager);
        throw new InvalidOperationException("The server accepted a token after logout; expected 401.");
    }
    catch (PopsellApiException refused) when (refused.StatusCode == System.Net.HttpStatusCode.Unauthorized)
    {
        Console.WriteLine($"   the old token is refused ({(int)refused.StatusCode}): {refused.ServerMessage}");
    }
}

/// <summary>The real Popsell to talk to, from POPSELL_* environment variables; <see langword="null"/> when none is set.</summary>
internal sealed record RealPopsell(Uri BaseAddress, string Domain)
{
    public static RealPopsell? FromEnvironment()
    {
        var baseUrl = Environment.GetEnvironmentVariable("POPSELL_BASE_URL");
        var domain = Environment.GetEnvironmentVariable("POPSELL_DOMAIN");
        if (string.IsNullOrEmpty(baseUrl))
        {
            return string.IsNullOrEmpty(domain)
                ? null
                : throw new InvalidOperationException("POPSELL_DOMAIN is set but POPSELL_BASE_URL is not; set both, or neither to use the stand-in server.");
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseAddress))
        {
            throw new InvalidOperationException($"POPSELL_BASE_URL must be an absolute URI such as https://brand.example/api/v2/; '{baseUrl}' is not.");
        }

        if (string.IsNullOrWhiteSpace(domain))
        {
            throw new InvalidOperationException("POPSELL_BASE_URL is set but POPSELL_DOMAIN is not: set it to the brand's domain, such as brand.example.");
        }

        return new RealPopsell(baseAddress, domain);
    }
}
