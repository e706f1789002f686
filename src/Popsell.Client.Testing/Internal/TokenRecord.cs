namespace Popsell.Client.Testing.Internal;

/// <summary>An access token the server minted: its owner and whether it has expired.</summary>
/// <param name="kind">Who the token belongs to.</param>
/// <param name="ownerId">The ambassador's <c>id_ambassador</c>, the guest's number or the brand user's number.</param>
internal sealed class TokenRecord(TokenKind kind, int ownerId)
{
    public TokenKind Kind { get; } = kind;

    public int OwnerId { get; } = ownerId;

    /// <summary>Gets or sets a value indicating whether requests with the token get 401 "Token has expired.".</summary>
    public bool Expired { get; set; }
}
