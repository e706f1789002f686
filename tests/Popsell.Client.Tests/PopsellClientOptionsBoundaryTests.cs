namespace Popsell.Client.Tests;

/// <summary>Each option at the edges of its documented range: the last valid value is accepted, the next one is not.</summary>
public class PopsellClientOptionsBoundaryTests
{
    private static PopsellClientOptions Valid() => new() { BaseAddress = new Uri("https://brand.example/api/v2/"), Domain = "brand.example" };

    public static TheoryData<string, Action<PopsellClientOptions>> Accepted => new()
    {
        { "no retries", o => o.MaxRetries = 0 },
        { "ten retries", o => o.MaxRetries = 10 },
        { "no backoff", o => o.RetryBaseDelay = TimeSpan.Zero },
        { "a one-minute backoff", o => o.RetryBaseDelay = TimeSpan.FromMinutes(1) },
        { "a 10 ms timeout", o => { o.Timeout = TimeSpan.FromMilliseconds(10); o.AttemptTimeout = TimeSpan.FromMilliseconds(10); } },
        { "a 24 h timeout", o => { o.Timeout = TimeSpan.FromHours(24); o.AttemptTimeout = TimeSpan.FromHours(24); } },
        { "an attempt timeout equal to the timeout", o => o.AttemptTimeout = o.Timeout },
        { "only a 5 s timeout, shorter than the default attempt timeout", o => o.Timeout = TimeSpan.FromSeconds(5) },
        { "an attempt timeout longer than the timeout", o => { o.Timeout = TimeSpan.FromSeconds(1); o.AttemptTimeout = TimeSpan.FromHours(24); } },
        { "a 1 KiB body limit", o => o.MaxResponseBodySize = 1024 },
        { "a 256 MiB body limit", o => o.MaxResponseBodySize = 256 * 1024 * 1024 },
        { "no domain", o => o.Domain = null },
        { "http to loopback", o => o.BaseAddress = new Uri("http://127.0.0.2/api/v2/") },
        { "http with AllowInsecureHttp", o => { o.BaseAddress = new Uri("http://brand.example/api/v2/"); o.AllowInsecureHttp = true; } },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Constructor_AtTheEdgeOfEachRange_Accepts(string name, Action<PopsellClientOptions> change)
    {
        var options = Valid();
        change(options);

        using var client = new PopsellClient(options);

        client.Should().NotBeNull(name);
    }

    public static TheoryData<string, Action<PopsellClientOptions>> Refused => new()
    {
        { "PopsellClientOptions.MaxRetries must be from 0 to 10; it is 11.", o => o.MaxRetries = 11 },
        { "PopsellClientOptions.RetryBaseDelay must be from 0 to 1 minute; it is 00:01:00.0000001.", o => o.RetryBaseDelay = TimeSpan.FromMinutes(1) + TimeSpan.FromTicks(1) },
        { "PopsellClientOptions.Timeout must be from 10 ms to 24 hours; it is 00:00:00.0099999.", o => o.Timeout = TimeSpan.FromMilliseconds(10) - TimeSpan.FromTicks(1) },
        { "PopsellClientOptions.Timeout must be from 10 ms to 24 hours; it is 1.00:00:00.0000001.", o => o.Timeout = TimeSpan.FromHours(24) + TimeSpan.FromTicks(1) },
        { "PopsellClientOptions.AttemptTimeout must be from 10 ms to 24 hours; it is 1.00:00:00.0000001.", o => { o.Timeout = TimeSpan.FromHours(24); o.AttemptTimeout = TimeSpan.FromHours(24) + TimeSpan.FromTicks(1); } },
        { "PopsellClientOptions.MaxResponseBodySize must be from 1,024 bytes to 256 MiB; it is 1,023.", o => o.MaxResponseBodySize = 1023 },
        { "PopsellClientOptions.MaxResponseBodySize must be from 1,024 bytes to 256 MiB; it is 268,435,457.", o => o.MaxResponseBodySize = (256 * 1024 * 1024) + 1 },
        { "PopsellClientOptions.Domain must be a domain such as brand.example, without white space or control characters.", o => o.Domain = "" },
        { "PopsellClientOptions.Domain must be a domain such as brand.example, without white space or control characters.", o => o.Domain = "brand.example\u0007" },
        { "PopsellClientOptions.BaseAddress must not have a query, a fragment or user information.", o => o.BaseAddress = new Uri("https://brand.example/api/v2/#top") },
        { "PopsellClientOptions.BaseAddress must not have a query, a fragment or user information.", o => o.BaseAddress = new Uri("https://user:pw@brand.example/api/v2/") },
        { "PopsellClientOptions.BaseAddress must use https: brand.example is not a loopback host", o => o.BaseAddress = new Uri("http://brand.example/api/v2/") },
        { "PopsellClientOptions.BaseAddress must use https; 'ftp' is not supported.", o => o.BaseAddress = new Uri("ftp://brand.example/api/v2/") },
        { "'api/v2' is relative.", o => o.BaseAddress = new Uri("api/v2", UriKind.Relative) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Constructor_JustPastTheEdgeOfEachRange_RefusesWithTheExactReason(string message, Action<PopsellClientOptions> change)
    {
        var options = Valid();
        change(options);

        var act = () => new PopsellClient(options);

        act.Should().Throw<ArgumentException>().WithParameterName("options").Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Constructor_WithSeveralInvalidOptions_NamesThemAll()
    {
        var options = Valid();
        options.MaxRetries = 99;
        options.MaxResponseBodySize = 1;

        var act = () => new PopsellClient(options);

        act.Should().Throw<ArgumentException>().Which.Message.Should()
            .Be("PopsellClientOptions.MaxRetries must be from 0 to 10; it is 99. PopsellClientOptions.MaxResponseBodySize must be from 1,024 bytes to 256 MiB; it is 1. (Parameter 'options')");
    }
}
