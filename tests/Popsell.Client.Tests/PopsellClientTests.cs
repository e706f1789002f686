using System.Reflection;
using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

public class PopsellClientTests : StandInTest
{
    [Fact]
    public async Task RegisterAsync_SendsTheDocumentedJsonWithTheDomainHeader_AndReturnsTheCreatedAmbassador()
    {
        var client = CreateClient();

        var ambassador = await client.RegisterAsync(NewAmbassador() with
        {
            LinkedInAccount = "ada-lovelace",
            Phone1 = "+44 20 7946 0000",
            Roles = [new AmbassadorRole { StatusRole = "ambassador" }],
        });

        ambassador.IdAmbassador.Should().BeGreaterThan(0);
        ambassador.Email.Should().Be("ada@example.com");
        ambassador.LinkedInAccount.Should().Be("ada-lovelace");
        ambassador.Phone1.Should().Be("+44 20 7946 0000");
        Server.AmbassadorCount.Should().Be(1);

        var sent = Server.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be("/api/v2/auth/register");
        sent.Headers["X-Popsell-Domain"].Should().Be(Server.Domain);
        sent.Headers.Should().NotContainKey("Authorization", "register is public and needs no token");
        sent.Headers["Content-Type"].Should().StartWith("application/json");
        sent.Headers["Accept"].Should().Be("application/json", "Laravel answers errors in JSON only when asked to");
        sent.BodyAsJson()!.Select(p => p.Key).Should().BeEquivalentTo(
            "firstname", "lastname", "email", "password", "linkedIn_account", "phone_1", "roles");
    }

    [Fact]
    public async Task RegisterAsync_SendsTheSdkUserAgent()
    {
        await CreateClient().RegisterAsync(NewAmbassador());

        Server.Requests.Single().Headers["User-Agent"].Should().MatchRegex(@"^Popsell\.Client/\d+\.\d+\.\d+");
    }

    [Fact]
    public void Version_IsThePackageVersion_WithoutTheSourceRevision()
    {
        var informational = typeof(PopsellClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        PopsellClientInfo.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", "no '+commit' suffix");
        (informational + "+").Should().StartWith(PopsellClientInfo.Version + "+", "it is the informational version up to its first '+'");
    }

    [Theory]
    [InlineData("https://brand.example/api/v2")]
    [InlineData("https://brand.example/api/v2/")]
    public async Task RegisterAsync_WithOrWithoutTrailingSlashOnBaseAddress_CallsTheSameUrl(string shape)
    {
        var baseAddress = new UriBuilder(shape) { Scheme = "http", Port = Server.BaseAddress.Port, Host = "127.0.0.1" }.Uri;
        using var loggerFactory = CapturingLoggerProvider.CreateFactory(out var logs);
        var client = CreateClient(o => o.BaseAddress = baseAddress, loggerFactory: loggerFactory);

        await client.RegisterAsync(NewAmbassador());

        Server.Requests.Single().Path.Should().Be("/api/v2/auth/register");
        logs.Messages.Should().Contain(m => m.Contains("Popsell POST /api/v2/auth/register answered 201", StringComparison.Ordinal), "logs name the same path");
    }

    [Fact]
    public async Task RegisterAsync_WithoutADomain_ThrowsBeforeAnyRequest()
    {
        var client = CreateClient(o => o.Domain = null);

        var act = () => client.RegisterAsync(NewAmbassador());

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("PopsellClientOptions.Domain");
        Server.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "Lovelace", "ada@example.com", "pw-123456", "firstname")]
    [InlineData("Ada", " ", "ada@example.com", "pw-123456", "lastname")]
    [InlineData("Ada", "Lovelace", "not-an-email", "pw-123456", "email")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "", "password")]
    public async Task RegisterAsync_WhenARequiredFieldIsEmpty_SendsIt_AndTheServers422NamesIt(
        string firstname, string lastname, string email, string password, string field)
    {
        var client = CreateClient();

        var act = () => client.RegisterAsync(new RegisterRequest { Firstname = firstname, Lastname = lastname, Email = email, Password = password });

        (await act.Should().ThrowAsync<ValidationProblemException>()).Which.Errors.Should().ContainKey(field);
        Server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task RegisterAsync_WhenRequestIsNull_ThrowsArgumentNullException()
    {
        var act = () => CreateClient().RegisterAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task EveryRoute_SendsItsBodyWithAContentLength_NotChunked()
    {
        // Some PHP front ends refuse chunked request bodies: the SDK serializes each body up front and sends its length.
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);

        await client.RegisterAsync(NewAmbassador("grace@example.com"));
        await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Description = "Ünïcode ✓" });

        Server.Requests.Should().HaveCount(2).And.AllSatisfy(sent =>
        {
            sent.GetHeader("Transfer-Encoding").Should().BeNull();
            sent.GetHeader("Content-Length").Should().Be(System.Text.Encoding.UTF8.GetByteCount(sent.Body).ToString(System.Globalization.CultureInfo.InvariantCulture));
            sent.GetHeader("Content-Type").Should().Be("application/json; charset=utf-8");
        });
    }

    [Fact]
    public async Task UpdateMeAsync_SendsOnlyTheAssignedFieldsWithTheBearerToken_AndLeavesOthersUntouched()
    {
        var seeded = Server.SeedAmbassador("ada@example.com", firstname: "Ada", lastname: "Lovelace");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);

        var updated = await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lastname = "King", Unavailable = true });

        updated.Lastname.Should().Be("King");
        updated.Firstname.Should().Be("Ada", "a partial update must not wipe fields it did not name");
        updated.Unavailable.Should().BeTrue();
        var sent = Server.Requests.Single();
        sent.Method.Should().Be("PATCH");
        sent.Path.Should().Be("/api/v2/manager/me");
        sent.Headers["Authorization"].Should().Be("Bearer " + seeded.AccessToken);
        sent.Body.Should().Be("""{"lastname":"King","unavailable":true}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenNullIsAssigned_ClearsTheFieldOnTheServer()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);
        await client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Username = "ada" });

        var cleared = await client.UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Username = null });

        cleared.Username.Should().BeNull();
        Server.GetAmbassador(seeded.IdAmbassador)!["username"].Should().BeNull();
        Server.Requests.Last().Path.Should().Be("/api/v2/widget/me");
        Server.Requests.Last().Body.Should().Be("""{"username":null}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WhenANonNullableFieldIsAssignedNull_SendsTheNull_AndTheServerDecides()
    {
        var seeded = Server.SeedAmbassador("ada.null@example.com");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);

        var act = () => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Firstname = null });

        (await act.Should().ThrowAsync<ValidationProblemException>()).Which.Errors.Should().ContainKey("firstname");
        Server.Requests.Single().Body.Should().Be("""{"firstname":null}""");
    }

    [Fact]
    public async Task UpdateMeAsync_WithoutAnyToken_ThrowsBeforeAnyRequest()
    {
        var client = CreateClient();

        var act = () => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("AccessToken");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateMeAsync_WithAnUndefinedEnvironment_ThrowsArgumentOutOfRangeBeforeAnyRequest()
    {
        var client = CreateClient(o => o.AccessToken = "token");

        var act = () => client.UpdateMeAsync((PopsellEnvironment)7, new UpdateMeRequest { Lang = "fr" });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("environment");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task WithAccessToken_UsesTheViewsToken_OverTheProviderAndTheFixedToken()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        var grace = Server.SeedAmbassador("grace@example.com", firstname: "Grace");
        var client = CreateClient(o =>
        {
            o.AccessToken = "fixed-token";
            o.AccessTokenProvider = _ => ValueTask.FromResult<string?>("provided-token");
        });

        var asGrace = await client.WithAccessToken(grace.AccessToken).UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "en" });
        var asAda = await client.WithAccessToken(ada.AccessToken).UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        asGrace.IdAmbassador.Should().Be(grace.IdAmbassador);
        asAda.IdAmbassador.Should().Be(ada.IdAmbassador);
        Server.Requests.Select(r => r.Headers["Authorization"]).Should().Equal("Bearer " + grace.AccessToken, "Bearer " + ada.AccessToken);
    }

    [Fact]
    public async Task WithAccessToken_ManyViewsAtOnce_NeverCrossTokens()
    {
        var seeded = Enumerable.Range(0, 20).Select(i => Server.SeedAmbassador($"user{i}@example.com")).ToList();
        var client = CreateClient();

        var results = await Task.WhenAll(seeded.Select(s =>
            client.WithAccessToken(s.AccessToken).UpdateMeAsync(PopsellEnvironment.Widget, new UpdateMeRequest { Description = s.Email })));

        results.Select(a => a.Description).Should().Equal(seeded.Select(s => s.Email));
        results.Select(a => a.IdAmbassador).Should().Equal(seeded.Select(s => s.IdAmbassador));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("line\nbreak")]
    public void WithAccessToken_WithAMalformedToken_ThrowsArgumentException(string token)
    {
        var act = () => CreateClient().WithAccessToken(token);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task AccessTokenProvider_IsAskedBeforeEveryAttempt_SoARetryUsesTheRefreshedToken()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        var calls = 0;
        var client = CreateClient(o => o.AccessTokenProvider = _ =>
            ValueTask.FromResult<string?>(Interlocked.Increment(ref calls) == 1 ? "stale-token" : seeded.AccessToken));
        Server.EnqueueFault(PopsellRoute.UpdateMe, PopsellFault.Status(503));

        await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        calls.Should().Be(2);
        Server.Requests.Select(r => r.Headers["Authorization"]).Should().Equal("Bearer stale-token", "Bearer " + seeded.AccessToken);
    }

    [Fact]
    public async Task AccessTokenProvider_WhenItReturnsNoToken_ThrowsInvalidOperationWithoutSending()
    {
        var client = CreateClient(o => o.AccessTokenProvider = _ => ValueTask.FromResult<string?>(null));

        var act = () => client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest { Lang = "fr" });

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("AccessTokenProvider");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Dispose_ThenACall_ThrowsObjectDisposedException_AlsoThroughViews()
    {
        var client = new PopsellClient(Options());
        var view = client.WithAccessToken("token");
        client.Dispose();

        (await client.Invoking(c => c.RegisterAsync(NewAmbassador())).Should().ThrowAsync<ObjectDisposedException>())
            .Which.ObjectName.Should().Be(typeof(PopsellClient).FullName, "the SDK says it is the client that was disposed, not an HttpClient inside it");
        (await view.Invoking(v => v.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest())).Should().ThrowAsync<ObjectDisposedException>())
            .Which.ObjectName.Should().Be(typeof(PopsellClient).FullName);
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task APrimaryHandler_CarriesEveryRequest_AndIsDisposedWithTheClient()
    {
        using var primary = new CountingHandler();
        var client = new PopsellClient(Options(), primary, loggerFactory: null, timeProvider: null);

        await client.RegisterAsync(NewAmbassador());
        primary.Requests.Should().Be(1);
        primary.Disposed.Should().BeFalse();
        client.Dispose();

        primary.Disposed.Should().BeTrue("the client disposes the handler it was given");
        Server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Options_AreCopied_SoLaterChangesDoNotAffectTheClient()
    {
        var options = Options();
        using var client = new PopsellClient(options);
        options.Domain = "other.example";

        await client.RegisterAsync(NewAmbassador());

        Server.Requests.Single().Headers["X-Popsell-Domain"].Should().Be(Server.Domain);
    }

    [Fact]
    public async Task RegisterAsync_WhenTheServerSendsLaravelStyleScalars_ReadsThemLiberally()
    {
        var seeded = Server.SeedAmbassador("ada@example.com");
        Server.SetAmbassadorField(seeded.IdAmbassador, "gamification_score", JsonValue.Create("12"));
        Server.SetAmbassadorField(seeded.IdAmbassador, "active", JsonValue.Create(1));
        Server.SetAmbassadorField(seeded.IdAmbassador, "optin_cgu", JsonValue.Create("1"));
        Server.RemoveAmbassadorField(seeded.IdAmbassador, "gender");
        var client = CreateClient(o => o.AccessToken = seeded.AccessToken);

        var ambassador = await client.UpdateMeAsync(PopsellEnvironment.Manager, new UpdateMeRequest());

        ambassador.GamificationScore.Should().Be(12);
        ambassador.Active.Should().BeTrue();
        ambassador.OptinCgu.Should().BeTrue();
        ambassador.Gender.Should().BeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_WhenTheServerAddsAnUnknownField_KeepsItInAdditionalProperties()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(201, "application/json", """{"id_ambassador":5,"email":"ada@example.com","vip_since":"2026-01-01"}"""));

        var ambassador = await CreateClient().RegisterAsync(NewAmbassador());

        ambassador.IdAmbassador.Should().Be(5);
        ambassador.AdditionalProperties["vip_since"].GetString().Should().Be("2026-01-01");
    }

    [Fact]
    public async Task RegisterAsync_WhenTheBodyStartsWithAByteOrderMark_ReadsTheAmbassador()
    {
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Body(201, "application/json", "\uFEFF{\"id_ambassador\":9}"));

        var ambassador = await CreateClient().RegisterAsync(NewAmbassador());

        ambassador.IdAmbassador.Should().Be(9);
    }

    [Fact]
    public async Task PublicApi_ExposesNoRefitType()
    {
        var refit = typeof(Refit.ApiException).Assembly;
        var publicTypes = typeof(PopsellClient).Assembly.GetExportedTypes();

        foreach (var type in publicTypes)
        {
            type.BaseType?.Assembly.Should().NotBeSameAs(refit, type.Name);
            foreach (var member in type.GetMembers())
            {
                var exposed = member switch
                {
                    System.Reflection.MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
                    System.Reflection.PropertyInfo p => new[] { p.PropertyType },
                    _ => [],
                };
                exposed.Should().NotContain(t => t.Assembly == refit, $"{type.Name}.{member.Name} is public");
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>The SDK's kind of primary handler (real sockets to the stand-in), counting requests and noticing disposal.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        public int Requests { get; private set; }

        public bool Disposed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return base.SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
