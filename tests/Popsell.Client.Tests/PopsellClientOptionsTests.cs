namespace Popsell.Client.Tests;

public class PopsellClientOptionsTests
{
    private static PopsellClientOptions Valid() => new() { BaseAddress = new Uri("https://brand.example/api/v2/"), Domain = "brand.example" };

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new PopsellClientOptions();

        options.MaxRetries.Should().Be(3);
        options.RetryBaseDelay.Should().Be(TimeSpan.FromSeconds(1));
        options.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(30));
        options.Timeout.Should().Be(TimeSpan.FromSeconds(100));
        options.AllowInsecureHttp.Should().BeFalse();
        options.MaxResponseBodySize.Should().Be(4 * 1024 * 1024);
    }

    public static TheoryData<string, Action<PopsellClientOptions>> InvalidOptions => new()
    {
        { "PopsellClientOptions.BaseAddress is required", o => o.BaseAddress = null },
        { "PopsellClientOptions.BaseAddress must be an absolute URI", o => o.BaseAddress = new Uri("api/v2", UriKind.Relative) },
        { "PopsellClientOptions.BaseAddress must use https", o => o.BaseAddress = new Uri("http://brand.example/api/v2/") },
        { "PopsellClientOptions.BaseAddress must use https", o => o.BaseAddress = new Uri("ftp://brand.example/api/v2/") },
        { "PopsellClientOptions.BaseAddress must not have a query", o => o.BaseAddress = new Uri("https://brand.example/api/v2/?x=1") },
        { "PopsellClientOptions.Domain", o => o.Domain = "brand example" },
        { "PopsellClientOptions.AccessToken", o => o.AccessToken = "a b" },
        { "PopsellClientOptions.MaxRetries", o => o.MaxRetries = -1 },
        { "PopsellClientOptions.MaxRetries", o => o.MaxRetries = 11 },
        { "PopsellClientOptions.RetryBaseDelay", o => o.RetryBaseDelay = TimeSpan.FromSeconds(-1) },
        { "PopsellClientOptions.Timeout", o => o.Timeout = TimeSpan.Zero },
        { "PopsellClientOptions.AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(1) },
        { "PopsellClientOptions.MaxResponseBodySize", o => o.MaxResponseBodySize = 10 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_WithAnInvalidOption_ThrowsArgumentExceptionNamingIt(string expected, Action<PopsellClientOptions> spoil)
    {
        var options = Valid();
        spoil(options);

        var act = () => new PopsellClient(options);

        act.Should().Throw<ArgumentException>().WithParameterName("options").Which.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/api/v2/")]
    [InlineData("http://localhost/api/v2")]
    [InlineData("http://[::1]:8080/api/v2/")]
    public void Constructor_WithHttpToALoopbackHost_IsAllowed(string address)
    {
        var options = Valid();
        options.BaseAddress = new Uri(address);

        using var client = new PopsellClient(options);

        client.Should().NotBeNull();
    }

    [Fact]
    public void Constructor_WithHttpToARemoteHostAndAllowInsecureHttp_IsAllowed()
    {
        var options = Valid();
        options.BaseAddress = new Uri("http://popsell.internal/api/v2/");
        options.AllowInsecureHttp = true;

        using var client = new PopsellClient(options);

        client.Should().NotBeNull();
    }

    [Fact]
    public void Constructor_WithNullOptions_ThrowsArgumentNullException()
    {
        var act = () => new PopsellClient(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
