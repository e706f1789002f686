using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace Popsell.Client;

/// <summary>Validates <see cref="PopsellClientOptions"/> with messages that name the setting; used by both ways to create a client.</summary>
internal sealed class PopsellClientOptionsValidator : IValidateOptions<PopsellClientOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PopsellClientOptions options)
    {
        var failures = Failures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Returns every problem with <paramref name="options"/>, each naming the setting.</summary>
    internal static List<string> Failures(PopsellClientOptions options)
    {
        var failures = new List<string>();
        if (options.BaseAddress is not { } baseAddress)
        {
            failures.Add("PopsellClientOptions.BaseAddress is required: set it to the root of the Popsell API, such as https://brand.example/api/v2/.");
        }
        else if (!baseAddress.IsAbsoluteUri)
        {
            failures.Add($"PopsellClientOptions.BaseAddress must be an absolute URI, such as https://brand.example/api/v2/; '{baseAddress.OriginalString}' is relative.");
        }
        else if (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)
        {
            failures.Add($"PopsellClientOptions.BaseAddress must use https; '{baseAddress.Scheme}' is not supported.");
        }
        else if (baseAddress.Scheme == Uri.UriSchemeHttp && !options.AllowInsecureHttp && !IsLoopback(baseAddress))
        {
            failures.Add($"PopsellClientOptions.BaseAddress must use https: {baseAddress.Host} is not a loopback host, and bearer tokens and passwords must not travel in clear text. Set AllowInsecureHttp only for a trusted network.");
        }
        else if (!string.IsNullOrEmpty(baseAddress.Query) || !string.IsNullOrEmpty(baseAddress.Fragment) || !string.IsNullOrEmpty(baseAddress.UserInfo))
        {
            failures.Add("PopsellClientOptions.BaseAddress must not have a query, a fragment or user information.");
        }

        if (options.Domain is { } domain && (string.IsNullOrWhiteSpace(domain) || domain.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
        {
            failures.Add("PopsellClientOptions.Domain must be a domain such as brand.example, without white space or control characters.");
        }

        if (options.AccessToken is { } token && !Http.AccessTokens.IsWellFormed(token))
        {
            failures.Add("PopsellClientOptions.AccessToken must not be empty or contain white space or control characters.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add(Format($"PopsellClientOptions.MaxRetries must be from 0 to 10; it is {options.MaxRetries}."));
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add(Format($"PopsellClientOptions.RetryBaseDelay must be from 0 to 1 minute; it is {options.RetryBaseDelay}."));
        }

        if (options.Timeout < MinTimeout || options.Timeout > MaxTimeout)
        {
            failures.Add(Format($"PopsellClientOptions.Timeout must be from 10 ms to 24 hours; it is {options.Timeout}."));
        }

        if (options.AttemptTimeout < MinTimeout || options.AttemptTimeout > MaxTimeout)
        {
            failures.Add(Format($"PopsellClientOptions.AttemptTimeout must be from 10 ms to 24 hours; it is {options.AttemptTimeout}."));
        }

        if (options.MaxResponseBodySize is < 1024 or > 256 * 1024 * 1024)
        {
            failures.Add(Format($"PopsellClientOptions.MaxResponseBodySize must be from 1,024 bytes to 256 MiB; it is {options.MaxResponseBodySize:N0}."));
        }

        return failures;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
