namespace Popsell.Client.Operations;

/// <summary>Reads the body of a success into an operation's result; returns <see langword="null"/> for JSON <c>null</c>.</summary>
/// <typeparam name="TResult">The operation's result type.</typeparam>
/// <param name="body">The whole body, as read by the per-attempt handler.</param>
internal delegate TResult? ResultReader<TResult>(ReadOnlySpan<byte> body)
    where TResult : class;
