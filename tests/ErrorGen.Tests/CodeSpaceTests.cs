using System.IO;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>
/// Catalogs that write codes into one wire field (<c>codeSpace</c>) must not share a code or overlap in module
/// ranges — within a project and across the assemblies it references.
/// </summary>
public class CodeSpaceTests
{
    private const string Orders = """
        catalog: { name: Orders, namespace: Contracts.Errors, defaultHttpStatus: 400, codeSpace: acme-public }
        modules:
          - { name: Lookup, ranges: 40400-40499 }
        codes:
          - { code: 40401, name: OrderNotFound, module: Lookup, httpStatus: 404, message: Order not found. }
          - { code: 40402, name: LineNotFound, module: Lookup, httpStatus: 404, message: Line not found. }
        """;

    private const string Payments = """
        catalog: { name: Payments, namespace: WebB.Errors, defaultHttpStatus: 400, codeSpace: acme-public }
        modules:
          - { name: Cards, ranges: 40450-40550 }
        codes:
          - { code: 40402, name: CardNotFound, module: Cards, httpStatus: 404, message: Card not found. }
          - { code: 40501, name: CardExpired, module: Cards, message: Card expired. }
        """;

    [Fact]
    public void Two_catalogs_of_one_project_in_one_code_space_may_not_share_a_code_or_a_range()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("orders.yaml", Orders), GeneratorHarness.Catalog("payments.yaml", Payments));

        var shared = Assert.Single(run.Diagnostics, d => d.Id == "EG0057");
        Assert.Equal(
            "Code 40402 of catalog 'Orders' (Consumer) is also a code of catalog 'Payments' (Consumer); both are in code space "
                + "'acme-public', so a client reading the code could not tell them apart",
            shared.GetMessage());
        DiagnosticAssert.At(shared, "/catalogs/orders.yaml", (6, 13));
        var overlap = Assert.Single(run.Diagnostics, d => d.Id == "EG0058");
        Assert.Contains("Range 40400-40499 of module 'Lookup' in catalog 'Orders' (Consumer) overlaps range 40450-40550", overlap.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, shared.Severity);
    }

    [Fact]
    public void A_web_projects_catalog_collides_with_a_referenced_librarys_catalog_of_the_same_code_space()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.Catalog("orders.yaml", Orders));
        Assert.Empty(library.Diagnostics);
        using var image = new MemoryStream();
        Assert.True(library.Output.WithAssemblyName("Contracts").Emit(image).Success);

        var web = GeneratorHarness.CreateCompilation(aspNetCore: true).WithAssemblyName("WebB")
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(new[] { GeneratorHarness.Catalog("payments.yaml", Payments) }))
            .RunGenerators(web);
        var diagnostics = driver.GetRunResult().Diagnostics;

        var shared = Assert.Single(diagnostics, d => d.Id == "EG0057");
        Assert.Equal(
            "Code 40402 of catalog 'Payments' (WebB) is also a code of catalog 'Orders' (Contracts); both are in code space "
                + "'acme-public', so a client reading the code could not tell them apart",
            shared.GetMessage());
        DiagnosticAssert.At(shared, "/catalogs/payments.yaml", (5, 13));
        Assert.Single(diagnostics, d => d.Id == "EG0058" && d.GetMessage().Contains("'Payments' (WebB)") && d.GetMessage().Contains("'Orders' (Contracts)"));
    }

    [Fact]
    public void Catalogs_in_different_code_spaces_or_none_may_share_codes()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Catalog("orders.yaml", Orders),
            GeneratorHarness.Catalog("payments.yaml", Payments.Replace("acme-public", "acme-internal")));

        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "EG0057" or "EG0058");
    }
}
