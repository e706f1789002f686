using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Popsell.Client.CodeGen;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.CodeGen;

/// <summary>
/// The OpenAPI document is valid, and the checked-in generated layer is exactly what the generator writes from it, so
/// that nobody edits <c>Generated/</c> by hand and nobody forgets to regenerate after changing the document.
/// </summary>
public class GeneratedCodeTests
{
    private const string Command = "dotnet run --project eng/Popsell.Client.CodeGen";

    [Fact]
    public async Task TheDocument_IsOpenApi31_WithNoDiagnostics_AndPassesTheDefaultRules()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();

        var (document, diagnostic) = await OpenApiDocument.LoadAsync(Path.Combine(Repository.Root, Generator.DocumentPath), settings);

        document.Should().NotBeNull();
        diagnostic!.SpecificationVersion.Should().Be(OpenApiSpecVersion.OpenApi3_1);
        diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}").Should().BeEmpty();
        diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}").Should().BeEmpty();
        var validator = new OpenApiValidator(ValidationRuleSet.GetDefaultRuleSet());
        new OpenApiWalker(validator).Walk(document!);
        validator.Errors.Select(e => $"{e.Pointer}: {e.Message}").Should().BeEmpty();
        validator.Warnings.Select(e => $"{e.Pointer}: {e.Message}").Should().BeEmpty();
        document!.Paths.SelectMany(p => p.Value.Operations!.Values).Select(o => o.OperationId).Should().BeEquivalentTo("register", "login", "createAccessToken", "createGuestAccessToken", "connectBrandUser", "logout", "sendPasswordReset", "resetPassword", "getBrand", "getMe", "updateMe");
    }

    [Fact]
    public async Task TheCheckedInGeneratedFiles_AreWhatTheGeneratorWrites()
    {
        var output = Directory.CreateTempSubdirectory("popsell-codegen-");
        try
        {
            var files = await Generator.GenerateAsync(Path.Combine(Repository.Root, Generator.DocumentPath));
            Generator.Write(files, output.FullName);

            foreach (var folder in Generator.GeneratedFolders)
            {
                var expected = Listing(Path.Combine(output.FullName, folder));
                var actual = Listing(Path.Combine(Repository.Root, folder));
                actual.Keys.Should().BeEquivalentTo(expected.Keys, $"{folder} must hold exactly the generated files: run `{Command}`");
                foreach (var (file, content) in expected)
                {
                    actual[file].Should().Be(content, $"{folder}/{file} differs from what the generator writes: run `{Command}`, and never edit it by hand");
                }
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheGenerator_NamesEachPropertyByPascalCasingTheWireName()
    {
        Popsell.Client.CodeGen.Model.ApiField.PascalCase("email_tmp").Should().Be("EmailTmp");
        Popsell.Client.CodeGen.Model.ApiField.PascalCase("linkedIn_account").Should().Be("LinkedInAccount");
        Popsell.Client.CodeGen.Model.ApiField.PascalCase("phone_1").Should().Be("Phone1");
        Popsell.Client.CodeGen.Model.ApiField.PascalCase("product_price_display_limit").Should().Be("ProductPriceDisplayLimit");
    }

    private static Dictionary<string, string> Listing(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText)
            : [];
}
