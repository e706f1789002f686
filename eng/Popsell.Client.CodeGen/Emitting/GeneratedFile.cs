namespace Popsell.Client.CodeGen.Emitting;

/// <summary>A file the generator writes, by its path from the repository root (with <c>/</c>).</summary>
internal sealed record GeneratedFile(string Path, string Content);
