using Popsell.Client.CodeGen;

// Regenerates the checked-in generated layer from the OpenAPI document:
//   dotnet run --project eng/Popsell.Client.CodeGen                  writes into this repository
//   dotnet run --project eng/Popsell.Client.CodeGen -- --output DIR  writes the same files below DIR instead
var repository = Generator.FindRepositoryRoot(AppContext.BaseDirectory);
var output = repository;
for (var i = 0; i < args.Length; i++)
{
    output = args[i] switch
    {
        "--output" when i + 1 < args.Length => Path.GetFullPath(args[++i]),
        _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: dotnet run --project eng/Popsell.Client.CodeGen [-- --output DIR]"),
    };
}

var files = await Generator.GenerateAsync(Path.Combine(repository, Generator.DocumentPath)).ConfigureAwait(false);
var (written, removed) = Generator.Write(files, output);
Console.WriteLine($"{files.Count} generated files under {output}: {written} written, {removed} stale removed.");
