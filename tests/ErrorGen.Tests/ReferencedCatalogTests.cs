using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>
/// A catalog declared once in a class library and served by the web apps that reference it: the library records its
/// catalog files in its assembly; a web project reading that metadata gets the ASP.NET Core integration for them.
/// </summary>
public class ReferencedCatalogTests
{
    private const string Contracts = """
        catalog:
          name: Orders
          namespace: Contracts.Errors
          defaultHttpStatus: 400
          internalErrorCode: 9999
          envelope: { code: code, message: msg, data: data }
        codes:
          - { code: 40401, name: OrderNotFound, httpStatus: 404, message: "Order {orderId} was not found.", parameters: { orderId: string } }
          - { code: 9999, name: InternalError, httpStatus: 500, message: Something went wrong. }
        """;

    /// <summary>The library, built as a build would: generator run, then compiled to an assembly the web app references.</summary>
    private static MetadataReference BuildLibrary(string catalog, bool aspNetCore = false)
    {
        var run = GeneratorHarness.Run(aspNetCore, GeneratorHarness.Catalog("orders.yaml", catalog));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("ErrorGen.CatalogExports.g.cs", run.Sources.Keys);
        using var image = new MemoryStream();
        var emitted = run.Output.WithAssemblyName("Contracts").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    [Fact]
    public void A_web_project_serves_a_referenced_librarys_catalog_without_declaring_it()
    {
        var library = BuildLibrary(Contracts);
        var web = GeneratorHarness.CreateCompilation(aspNetCore: true).AddReferences(library);
        var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files([]), trackSteps: true).RunGeneratorsAndUpdateCompilation(
            web, out var output, out var diagnostics);

        var sources = driver.GetRunResult().GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Empty(diagnostics);
        Assert.Equal(
            new[]
            {
                "Contracts.Errors.Orders.AspNetCore.g.cs", "Contracts.Errors.Orders.Envelope.g.cs", "Contracts.Errors.Orders.ErrorContract.g.cs", "Contracts.Errors.Orders.ErrorResult.g.cs", "Contracts.Errors.Orders.OpenApi.g.cs",
                "ErrorGen.AllCatalogs.g.cs", "ErrorGen.CatalogRuntime.g.cs", // the web plumbing every served catalog shares
            },
            sources.Order());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var aspNetCore = output.GetTypeByMetadataName("Contracts.Errors.OrdersAspNetCore");
        Assert.NotNull(aspNetCore);
        Assert.Equal(output.Assembly, aspNetCore!.ContainingAssembly);
        Assert.Equal("Contracts", output.GetTypeByMetadataName("Contracts.Errors.OrdersException")!.ContainingAssembly.Name);

        // An unrelated edit re-runs nothing, discovery included.
        var edited = output.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace Consumer { class Edited { } }", GeneratorDriverFactory.ParseOptions));
        var rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var step in new[]
        {
            TrackingNames.References, TrackingNames.ReferencedCatalogFiles, TrackingNames.ReferencedCatalogSpecs, TrackingNames.GenerationOptions,
        })
        {
            Assert.All(
                rerun.TrackedSteps[step].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_large_catalog_is_recorded_deflated_and_a_web_project_still_serves_all_of_it()
    {
        var (path, yaml) = SyntheticCatalogs.Catalog("Big", 300, files: 1)[0];
        var run = GeneratorHarness.Run((path, yaml));
        Assert.Empty(run.Diagnostics);
        var export = run.Sources["ErrorGen.CatalogExports.g.cs"];
        Assert.Contains("\"2\\nErrorCatalogs\\nlibrary\\nbig-00.yaml\\n", export);
        Assert.DoesNotContain("Synthetic error 299", export);
        Assert.True(export.Length < yaml.Length / 3, $"{export.Length} characters recorded for {yaml.Length} of YAML");
        using var image = new MemoryStream();
        Assert.True(run.Output.WithAssemblyName("Big").Emit(image).Success);

        var web = GeneratorHarness.CreateCompilation(aspNetCore: true).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files([])).RunGeneratorsAndUpdateCompilation(web, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var openApi = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Synthetic.Big.Big.OpenApi.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(SyntheticCatalogs.Message(299), openApi.ToString());
    }

    [Fact]
    public void Adding_a_referenced_library_changes_discovery_and_removing_it_takes_its_integration_away()
    {
        var web = GeneratorHarness.CreateCompilation(aspNetCore: true);
        var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files([]), trackSteps: true).RunGenerators(web);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);

        var library = BuildLibrary(Contracts);
        driver = driver.RunGenerators(web.AddReferences(library));
        var added = driver.GetRunResult().Results.Single();
        Assert.Contains(added.TrackedSteps[TrackingNames.ReferencedCatalogSpecs].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.New);
        Assert.Contains(added.GeneratedSources, s => s.HintName == "Contracts.Errors.Orders.AspNetCore.g.cs");

        driver = driver.RunGenerators(web);
        var removed = driver.GetRunResult().Results.Single();
        Assert.Contains(removed.TrackedSteps[TrackingNames.ReferencedCatalogSpecs].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Removed);
        Assert.Empty(removed.GeneratedSources);
    }

    [Fact]
    public void One_call_registers_the_apps_own_catalogs_then_the_referenced_ones()
    {
        var library = BuildLibrary(Contracts);
        var web = GeneratorHarness.CreateCompilation(aspNetCore: true).AddReferences(library);
        const string Payments = """
            catalog: { name: Payments, namespace: Web.Errors, defaultHttpStatus: 400, accessibility: internal }
            codes:
              - { code: 1, name: CardDeclined, httpStatus: 402, message: Declined. }
            """;
        GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(new[] { GeneratorHarness.Catalog("payments.yaml", Payments) }))
            .RunGeneratorsAndUpdateCompilation(web, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("ErrorGen.AllCatalogs.g.cs")).ToString();
        var payments = source.IndexOf("global::Web.Errors.PaymentsAspNetCore.AddPaymentsErrors(services);", System.StringComparison.Ordinal);
        var orders = source.IndexOf("global::Contracts.Errors.OrdersAspNetCore.AddOrdersErrors(services);", System.StringComparison.Ordinal);
        Assert.True(payments > 0 && orders > payments, source);
        Assert.Contains("in this order: Payments, Orders (Contracts).", source);
        var extensions = output.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ErrorCatalogsServiceCollectionExtensions");
        Assert.Equal(Accessibility.Internal, extensions!.DeclaredAccessibility);
    }

    [Fact]
    public void A_library_project_gets_no_integration_and_a_web_assemblys_catalogs_are_not_served_twice()
    {
        var plainLibrary = GeneratorHarness.CreateCompilation().AddReferences(BuildLibrary(Contracts));
        var fromLibrary = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files([])).RunGenerators(plainLibrary).GetRunResult();
        Assert.Empty(fromLibrary.GeneratedTrees);

        // A test project of a web app references the app, which serves its catalog itself.
        var webApp = BuildLibrary(Contracts, aspNetCore: true);
        var testProject = GeneratorHarness.CreateCompilation(aspNetCore: true).AddReferences(webApp);
        var fromWebApp = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files([])).RunGenerators(testProject).GetRunResult();
        Assert.Empty(fromWebApp.GeneratedTrees);
    }

    [Fact]
    public void A_project_that_declares_the_catalog_itself_does_not_get_it_twice()
    {
        var web = GeneratorHarness.CreateCompilation(aspNetCore: true).AddReferences(BuildLibrary(Contracts));
        var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files([GeneratorHarness.Catalog("orders.yaml", Contracts)]))
            .RunGenerators(web);
        var names = driver.GetRunResult().GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Single(names, n => n == "Contracts.Errors.Orders.AspNetCore.g.cs");
    }

    [Fact]
    public void A_reference_without_catalogs_or_unreadable_metadata_has_none()
    {
        Assert.Empty(ErrorGen.Reading.ReferencedCatalogReader.Read(Net100.References.SystemRuntime));
        Assert.Empty(ErrorGen.Reading.ReferencedCatalogReader.Read(MetadataReference.CreateFromImage(new byte[] { 1, 2, 3, 4 })));
    }
}
