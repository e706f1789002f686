using System.Reflection;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests;

/// <summary>The client as a whole: its version, how it sends bodies, its lifetime and handler, and a public API free of Refit.</summary>
public class PopsellClientTests : StandInTest
{
    [Fact]
    public void Version_IsThePackageVersion_WithoutTheSourceRevision()
    {
        var informational = typeof(PopsellClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        PopsellClientInfo.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", "no '+commit' suffix");
        (informational + "+").Should().StartWith(PopsellClientInfo.Version + "+", "it is the informational version up to its first '+'");
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
