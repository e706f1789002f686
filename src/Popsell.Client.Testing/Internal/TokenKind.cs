namespace Popsell.Client.Testing.Internal;

/// <summary>Who an access token belongs to.</summary>
internal enum TokenKind
{
    /// <summary>An ambassador: the only kind that <c>GET</c> and <c>PATCH /{environment}/me</c> accept.</summary>
    Ambassador,

    /// <summary>A guest user created by <c>POST /auth/guest</c>.</summary>
    Guest,

    /// <summary>A brand user connected by <c>POST /auth/brand</c>.</summary>
    BrandUser,
}
