using System.IO;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Tests;

/// <summary>No silent opt-outs: ErrorGen says when it does nothing, or less than the project evidently wants.</summary>
public class ProjectCheckTests
{
    private const string Shop = "catalog: { name: Shop, namespace: Shop.Errors, defaultHttpStatus: 400 }\ncodes:\n  - { code: 1, name: A, message: m }\n";

    [Fact]
    public void A_project_with_the_package_and_no_catalog_is_told_how_to_add_one()
    {
        var run = GeneratorHarness.Run();

        var info = Assert.Single(run.Diagnostics);
        Assert.Equal("EG0059", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("<ErrorCatalog Include=\"errors/*.yaml\" />", info.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_project_with_a_catalog_hears_nothing()
        => Assert.Empty(GeneratorHarness.Run(GeneratorHarness.Catalog("shop.yaml", Shop)).Diagnostics);

    [Fact]
    public void A_web_project_with_an_OpenApi_package_too_old_is_told_why_there_are_no_error_responses()
    {
        // An assembly named like Microsoft.AspNetCore.OpenApi 8.0, without the OpenAPI 2.x model the output needs.
        var oldOpenApi = CSharpCompilation.Create(
            "Microsoft.AspNetCore.OpenApi",
            new[] { CSharpSyntaxTree.ParseText("[assembly: System.Reflection.AssemblyVersion(\"8.0.0.0\")] namespace Old { public class Marker { } }") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(oldOpenApi.Emit(image).Success);
        var web = GeneratorHarness.CreateCompilation(aspNetCore: true, openApi: false)
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var result = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(new[] { GeneratorHarness.Catalog("shop.yaml", Shop) }))
            .RunGenerators(web).GetRunResult();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("EG0060", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("Microsoft.AspNetCore.OpenApi 8.0", warning.GetMessage());
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.EndsWith("OpenApi.g.cs"));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("AspNetCore.g.cs"));
    }

    [Fact]
    public void A_web_project_without_any_OpenApi_package_hears_nothing()
    {
        var web = GeneratorHarness.CreateCompilation(aspNetCore: true, openApi: false);
        var result = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(new[] { GeneratorHarness.Catalog("shop.yaml", Shop) }))
            .RunGenerators(web).GetRunResult();

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.EndsWith("OpenApi.g.cs"));
    }
}
