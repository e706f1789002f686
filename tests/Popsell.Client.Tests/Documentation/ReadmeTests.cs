using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Documentation;

/// <summary>
/// README.md's C# blocks are the regions of <c>tests/Popsell.Client.Tests/Documentation/*.cs</c>: they compile with the
/// tests, and these tests run the ones that can run against the stand-in.
/// </summary>
public partial class ReadmeTests : StandInTest
{
    private static readonly string Readme = File.ReadAllText(Repository.PathOf("README.md"));

    [Fact]
    public void Readme_EveryCSharpBlock_IsACompiledSnippetShownExactly()
    {
        var regions = Directory.EnumerateFiles(Repository.PathOf("tests/Popsell.Client.Tests/Documentation"), "*.cs")
            .SelectMany(file => RegionPattern().Matches(File.ReadAllText(file)))
            .ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["body"].Value));
        var blocks = CSharpBlockPattern().Matches(Readme).ToList();

        blocks.Should().NotBeEmpty();
        foreach (var block in blocks)
        {
            var name = block.Groups["name"].Value;
            name.Should().NotBeEmpty($"every C# block of README.md is a snippet (<!-- snippet: NAME --> above the fence); this one is not:\n{block.Value}");
            regions.Should().ContainKey(name, $"README.md shows snippet '{name}'");
            Dedent(block.Groups["body"].Value).Should().Be(regions[name], $"README.md's snippet '{name}' must be the compiled region");
        }

        regions.Keys.Should().BeSubsetOf(blocks.Select(b => b.Groups["name"].Value), "every snippet region is shown in README.md");
    }

    [Fact]
    public void Readme_ConfigurationJson_BindsToValidOptions()
    {
        var json = Regex.Match(Readme, "```json\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        var options = new PopsellClientOptions();

        configuration.GetSection("Popsell").Bind(options);

        options.BaseAddress.Should().Be(new Uri("https://brand.example/api/v2/"));
        options.Timeout.Should().Be(TimeSpan.FromSeconds(100));
        new PopsellClientOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void DependencyInjectionSnippet_RegistersAClientWhoseSettingsAreValid()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        ReadmeSnippets.DependencyInjection(builder);

        using var host = builder.Build();
        host.Services.GetRequiredService<IPopsellClient>().Should().NotBeNull();
    }

    [Fact]
    public async Task SignupHandlerSnippet_AgainstTheStandIn_RegistersThenRenamesThroughAWidgetView()
    {
        var services = new ServiceCollection();
        services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; });
        await using var provider = services.BuildServiceProvider();
        var handler = new SignupHandler(provider.GetRequiredService<IPopsellClient>());

        var id = await handler.SignUpAsync("ada@example.com", "correct-horse-battery", CancellationToken.None);
        var renamed = await handler.RenameAsync(Server.IssueAccessToken(id), "Byron", CancellationToken.None);

        renamed.IdAmbassador.Should().Be(id);
        Server.GetAmbassador(id)!["lastname"]!.GetValue<string>().Should().Be("Byron");
        Server.Requests.Last().Path.Should().EndWith("/widget/me");
    }

    [Fact]
    public async Task ErrorsSnippet_WhenTheEmailIsTaken_PutsTheFieldErrorsInModelState()
    {
        Server.SeedAmbassador("ada@example.com");
        var page = new SignupPage(CreateClient());

        await page.SubmitAsync(NewAmbassador("ada@example.com"), CancellationToken.None);

        page.ModelState.Should().ContainKey("email").WhoseValue.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task ErrorsSnippet_WhenRegisterGets500_SwallowsItAsMayHaveBeenProcessed()
    {
        var page = new SignupPage(CreateClient());
        Server.EnqueueFault(PopsellRoute.Register, PopsellFault.Status(500));

        await page.SubmitAsync(NewAmbassador(), CancellationToken.None);

        page.ModelState.Should().BeEmpty();
        Server.CountRequests(PopsellRoute.Register).Should().Be(1);
    }

    [Fact]
    public async Task OpenTelemetrySnippet_ExportsTheSdksSpanAndDurationThroughOpenTelemetry()
    {
        var spans = new List<System.Diagnostics.Activity>();
        var metrics = new List<Metric>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddPopsellClient(o => { o.BaseAddress = Server.BaseAddress; o.Domain = Server.Domain; });

        ReadmeSnippets.OpenTelemetry(builder);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        builder.Services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));

        using var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IPopsellClient>().RegisterAsync(NewAmbassador());
        host.Services.GetRequiredService<TracerProvider>().ForceFlush().Should().BeTrue();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush().Should().BeTrue();
        await host.StopAsync();

        var port = Server.BaseAddress.Port;
        spans.Should().Contain(s => s.Source.Name == "Popsell.Client" && s.DisplayName == "POST /auth/register" && Equals(s.GetTagItem("server.port"), port));
        var duration = metrics.Should().Contain(m => m.Name == "popsell.client.request.duration").Which;
        duration.Unit.Should().Be("s");
        duration.MetricType.Should().Be(MetricType.Histogram);
    }

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.TrimEnd()));
    }

    [GeneratedRegex(@"#region snippet: (?<name>[\w-]+)\n(?<body>.*?)\n[ \t]*#endregion", RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"(?:<!-- snippet: (?<name>[\w-]+) -->\n)?```csharp\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlockPattern();
}
