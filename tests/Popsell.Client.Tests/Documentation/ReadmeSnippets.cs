// The C# snippets of README.md live here, between "#region snippet: NAME" and "#endregion", so they compile with the
// tests; ReadmeTests checks that README.md shows them exactly, and runs the ones that can run against the stand-in.
#pragma warning disable CA1822 // Snippets read like application code.
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Popsell.Client.Tests.Documentation;

internal static class ReadmeSnippets
{
    public static void DependencyInjection(HostApplicationBuilder builder)
    {
        #region snippet: dependency-injection
        // Program.cs: binds the "Popsell" section of appsettings.json
        builder.Services.AddPopsellClient(builder.Configuration.GetSection("Popsell"));

        // or in code
        builder.Services.AddPopsellClient(options =>
        {
            options.BaseAddress = new Uri("https://brand.example/api/v2/");
            options.Domain = "brand.example";
        });
        #endregion
    }

    public static async Task<Ambassador> WithoutDependencyInjection(ITokenCache tokenCache)
    {
        #region snippet: without-dependency-injection
        using var client = new PopsellClient(new PopsellClientOptions
        {
            BaseAddress = new Uri("https://brand.example/api/v2/"),
            Domain = "brand.example",
            AccessTokenProvider = ct => tokenCache.GetTokenAsync(ct),   // asked before every attempt
        });

        var me = await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest
        {
            Description = "Sells the spring collection",
            AbsentMsg = null,          // clears the field
            // everything not assigned here stays as it is on the server
        });
        #endregion
        return me;
    }

    public static void ApiKey(HostApplicationBuilder builder)
    {
        #region snippet: api-key
        // A brand backend: set the API key once and never think about tokens. The client exchanges it
        // (POST /auth/token) when a call first needs a bearer, shares that token, and renews it once when refused.
        builder.Services.AddPopsellClient(options =>
        {
            options.BaseAddress = new Uri("https://brand.example/api/v2/");
            options.Domain = "brand.example";
            options.ApiKey = builder.Configuration["Popsell:ApiKey"];   // user secrets, or Popsell__ApiKey in the environment
        });
        #endregion
    }

    public static async Task<Ambassador> SignIn(IPopsellClient popsell, string email, string password, CancellationToken ct)
    {
        #region snippet: sign-in
        // An app whose users sign in: log in, act as the user with a view, log out.
        var session = await popsell.LoginAsync(email, password, ct);   // 401 "Invalid email or password" is a PopsellApiException
        var user = popsell.WithAccessToken(session.AccessToken);
        var me = await user.GetMeAsync(PopsellEnvironment.Widget, ct);
        await user.LogoutAsync(ct);                                     // the token no longer works
        #endregion
        return me;
    }

    public static async Task<Ambassador> UnreadableField(IPopsellClient popsell, string token)
    {
        #region snippet: unreadable-field
        var me = await popsell.WithAccessToken(token).GetMeAsync(PopsellEnvironment.Manager);
        if (me.AdditionalProperties.TryGetValue("status", out var raw))
        {
            // The server sent a status the SDK could not read as a number; me.Status is 0.
            Console.WriteLine($"status as sent: {raw.GetRawText()}");
        }
        #endregion
        return me;
    }

    public static async Task<RegisterRequest> AdditionalProperties(IPopsellClient popsell, string email, string password)
    {
        #region snippet: additional-properties
        var request = new RegisterRequest { Firstname = "Ada", Lastname = "Lovelace", Email = email, Password = password };
        request.AdditionalProperties["referral_code"] = "SPRING";
        request.AdditionalProperties["preferences"] = new JsonObject { ["newsletter"] = true };
        await popsell.RegisterAsync(request);
        #endregion
        return request;
    }

    public static void OpenTelemetry(HostApplicationBuilder builder)
    {
        #region snippet: opentelemetry
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource("Popsell.Client"))   // then your exporter, e.g. .AddOtlpExporter()
            .WithMetrics(metrics => metrics.AddMeter("Popsell.Client"));
        #endregion
    }

    /// <summary>Where an application keeps its tokens: what the snippet's <c>tokenCache</c> is.</summary>
    public interface ITokenCache
    {
        ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
    }
}

#region snippet: signup-handler
public sealed class SignupHandler(IPopsellClient popsell)
{
    public async Task<int> SignUpAsync(string email, string password, CancellationToken ct)
    {
        var ambassador = await popsell.RegisterAsync(new RegisterRequest
        {
            Firstname = "Ada",
            Lastname = "Lovelace",
            Email = email,
            Password = password,
            Lang = "en",
        }, ct);
        return ambassador.IdAmbassador;
    }

    // A widget backend acts for many ambassadors at once: one view a user, same connections.
    public Task<Ambassador> RenameAsync(string accessToken, string lastname, CancellationToken ct) =>
        popsell.WithAccessToken(accessToken)
               .UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Lastname = lastname }, ct);
}
#endregion

/// <summary>The snippet on errors, in a page model of a web application (<c>ModelState</c> is a small stand-in for MVC's).</summary>
public sealed class SignupPage(IPopsellClient popsell)
{
    public Dictionary<string, string> ModelState { get; } = [];

    public async Task SubmitAsync(RegisterRequest request, CancellationToken ct)
    {
        #region snippet: errors
        try
        {
            await popsell.RegisterAsync(request, ct);
        }
        catch (ValidationProblemException e)
        {
            foreach (var (field, messages) in e.Errors)
                ModelState.AddModelError(field, string.Join(" ", messages));
        }
        catch (PopsellApiException e) when (e.RequestMayHaveBeenProcessed)
        {
            // A 500 or a timeout on register: the ambassador may exist. Check before registering again.
        }
        #endregion
    }
}

/// <summary>MVC's <c>ModelState.AddModelError</c>, for the snippet.</summary>
internal static class ModelStateExtensions
{
    public static void AddModelError(this Dictionary<string, string> modelState, string field, string message) => modelState[field] = message;
}
