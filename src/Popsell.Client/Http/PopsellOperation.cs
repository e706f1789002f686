namespace Popsell.Client.Http;

/// <summary>The documented routes.</summary>
internal enum PopsellOperation
{
    /// <summary><c>POST /auth/register</c>: not idempotent.</summary>
    Register,

    /// <summary><c>PATCH /{environment}/me</c>: idempotent (the same changes applied twice leave the same state).</summary>
    UpdateMe,
}

/// <summary>Descriptions of <see cref="PopsellOperation"/> for messages.</summary>
internal static class PopsellOperationExtensions
{
    /// <summary>Returns the documented method and route, such as <c>POST /auth/register</c>.</summary>
    public static string Path(this PopsellOperation operation) => operation switch
    {
        PopsellOperation.Register => "POST /auth/register",
        _ => "PATCH /{environment}/me",
    };
}
