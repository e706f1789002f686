namespace Popsell.Client.Testing.Internal;

/// <summary>The kinds of <see cref="PopsellFault"/>.</summary>
internal enum FaultKind
{
    Status,
    Body,
    Redirect,
    Delay,
    ResetConnection,
    ResetMidBody,
    HeadersNeverCome,
    StallBody,
    LargeBody,
}
