using Popsell.Client.CodeGen.Emitting;
using Popsell.Client.CodeGen.Model;
using Popsell.Client.CodeGen.Parsing;

namespace Popsell.Client.CodeGen;

/// <summary>The generator as a whole: parse the document, emit every file, write them. Parser, model and emitters stay apart.</summary>
internal static class Generator
{
    /// <summary>The document, from the repository root.</summary>
    public const string DocumentPath = "api/popsell-v2.openapi.yaml";

    /// <summary>The folders the generator owns entirely, from the repository root: anything else in them is stale.</summary>
    public static readonly string[] GeneratedFolders = ["src/Popsell.Client/Generated", "src/Popsell.Client.Testing/Generated"];

    public static async Task<IReadOnlyList<GeneratedFile>> GenerateAsync(string documentPath)
    {
        var api = await ApiDocumentReader.ReadAsync(documentPath).ConfigureAwait(false);
        return Emit(api);
    }

    public static IReadOnlyList<GeneratedFile> Emit(ApiModel api)
    {
        var files = new List<GeneratedFile>();
        foreach (var schema in api.Schemas.Where(s => s.Role != SchemaRole.Error))
        {
            files.AddRange(ModelEmitter.Emit(api, schema));
            files.AddRange(SerializationEmitter.Emit(schema));
        }

        files.Add(SerializationEmitter.Context(api));
        files.AddRange(ApiEmitter.Emit(api));
        files.AddRange(FacadeEmitter.Emit(api));
        files.AddRange(PublicApiEmitter.Emit(api));
        files.Add(StandInSchemaEmitter.Emit(api));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes <paramref name="files"/> below <paramref name="root"/> (only those that changed) and removes any other
    /// file in the generated folders there.</summary>
    public static (int Written, int Removed) Write(IReadOnlyList<GeneratedFile> files, string root)
    {
        var written = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != file.Content)
            {
                File.WriteAllText(path, file.Content);
                written++;
            }
        }

        var expected = files.Select(f => Path.GetFullPath(Path.Combine(root, f.Path))).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var folder in GeneratedFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !expected.Contains(Path.GetFullPath(f))))
            {
                File.Delete(stale);
                removed++;
            }
        }

        return (written, removed);
    }

    /// <summary>Finds the repository root (the folder with <c>Popsell.Client.sln</c>) at or above <paramref name="start"/>.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Popsell.Client.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Popsell.Client.sln at or above {start}.");
    }
}
