using Popsell.Client.Serialization;

namespace Popsell.Client;

/// <summary>Checks requests before anything is sent, with messages that name the property.</summary>
internal static class RequestValidation
{
    /// <summary>Throws when a required property of <paramref name="request"/> is empty.</summary>
    /// <exception cref="ArgumentException">A required property is <see langword="null"/>, empty or white space, the email has
    /// no <c>@</c>, or a role or address is <see langword="null"/>.</exception>
    public static void Validate(RegisterRequest request)
    {
        var problem = Missing(request.Firstname, "RegisterRequest.Firstname")
            ?? Missing(request.Lastname, "RegisterRequest.Lastname")
            ?? Missing(request.Email, "RegisterRequest.Email")
            ?? Missing(request.Password, "RegisterRequest.Password")
            ?? NotAnEmail(request.Email)
            ?? NullItem(request.Roles, "RegisterRequest.Roles")
            ?? NullItem(request.Address, "RegisterRequest.Address");
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(request));
        }
    }

    /// <summary>Throws when <paramref name="request"/> assigns <see langword="null"/> to a field the API does not let callers clear.</summary>
    /// <exception cref="ArgumentException">A non-nullable field was assigned <see langword="null"/>.</exception>
    public static void Validate(UpdateMeRequest request)
    {
        var assigned = request.AssignedFields & UpdateMeRequestJsonConverter.NonNullable;
        for (var bit = 0; assigned != UpdateMeFields.None && bit < 64; bit++)
        {
            var field = (UpdateMeFields)(1UL << bit);
            if ((assigned & field) != 0 && UpdateMeRequestJsonConverter.IsNull(request, field))
            {
                throw new ArgumentException(
                    $"UpdateMeRequest.{field} was assigned null, but the API does not let '{UpdateMeRequestJsonConverter.WireName(field)}' be cleared. Leave it unassigned to keep the current value.",
                    nameof(request));
            }
        }
    }

    private static string? Missing(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? $"{name} is required and must not be empty." : null;

    private static string? NotAnEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 || at == email.Length - 1 ? "RegisterRequest.Email must be an email address, such as ada@example.com." : null;
    }

    private static string? NullItem<T>(IReadOnlyList<T>? items, string name)
        where T : class
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return $"{name}[{i}] is null.";
            }
        }

        return null;
    }
}
