using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary>RegisterAsync against the stand-in: what it sends, what it refuses to send, and how liberally it reads the ambassador.</summary>
public class PopsellClientRegisterTests : StandInTest
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
}
