namespace Popsell.Client.Testing.Internal;

/// <summary>A close-enough stand-in for Laravel's RFC <c>email</c> rule (dot-atom local part, host name domain).</summary>
internal static class EmailAddress
{
    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

    public static bool IsValid(string value)
    {
        if (value.Length is 0 or > 254)
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        return IsLocalPart(value.AsSpan(0, at)) && IsDomain(value[(at + 1)..]);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > 64 || local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        var previousDot = false;
        foreach (var c in local)
        {
            if (c == '.')
            {
                if (previousDot)
                {
                    return false;
                }

                previousDot = true;
                continue;
            }

            previousDot = false;
            if (!(char.IsAsciiLetterOrDigit(c) || AtextSymbols.Contains(c, StringComparison.Ordinal) || (c > 127 && char.IsLetterOrDigit(c))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain)
    {
        if (domain.Length > 253)
        {
            return false;
        }

        foreach (var label in domain.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || (c > 127 && char.IsLetterOrDigit(c))))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
