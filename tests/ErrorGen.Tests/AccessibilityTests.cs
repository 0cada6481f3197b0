using System.Collections.Generic;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary><c>accessibility: internal</c> (or MSBuild's ErrorGenAccessibility): a catalog that stays inside its assembly.</summary>
public class AccessibilityTests
{
    private const string Catalog = """
        catalog:
          name: Billing
          namespace: Billing.Errors
          defaultHttpStatus: 400
          ACCESSIBILITY
          internalErrorCode: 9999
        modules:
          - { name: Cards, ranges: 1000-1999 }
        codes:
          - { code: 1001, name: CardDeclined, module: Cards, message: "Card {last4} was declined.", parameters: { last4: string } }
          - { code: 9999, name: Internal, httpStatus: 500, message: Something went wrong. }
        """;

    private static readonly string[] s_generatedTypes =
    {
        "BillingCode", "BillingModule", "BillingErrorInfo", "BillingErrors", "BillingException", "BillingCardsException",
        "BillingExceptions", "BillingClient", "BillingResponse", "BillingAspNetCore", "BillingExceptionHandler",
        "BillingErrorsOptions", "BillingOpenApi",
    };

    [Fact]
    public void An_internal_catalog_generates_internal_types_that_compile_and_is_not_exported()
    {
        var run = GeneratorHarness.Run(aspNetCore: true, GeneratorHarness.Catalog("billing.yaml", Catalog.Replace("ACCESSIBILITY", "accessibility: internal")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        foreach (var type in s_generatedTypes)
        {
            var symbol = run.Output.GetTypeByMetadataName("Billing.Errors." + type);
            Assert.True(symbol is not null, type);
            Assert.Equal(Accessibility.Internal, symbol!.DeclaredAccessibility);
        }

        Assert.DoesNotContain("ErrorGen.CatalogExports.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void ErrorGenAccessibility_sets_the_default_and_a_catalog_can_still_say_public()
    {
        var options = new Dictionary<string, string> { ["build_property.ErrorGenAccessibility"] = "internal" };
        var files = GeneratorDriverFactory.Files(new[]
        {
            GeneratorHarness.Catalog("billing.yaml", Catalog.Replace("ACCESSIBILITY", string.Empty)),
            GeneratorHarness.Catalog("public.yaml", "catalog: { name: Shared, namespace: Shared.Errors, accessibility: public }\ncodes:\n  - { code: 1, name: A, httpStatus: 400, message: m }\n"),
        });
        GeneratorDriverFactory.Create(files, globalOptions: options)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("Billing.Errors.BillingErrors")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("Shared.Errors.SharedErrors")!.DeclaredAccessibility);
        var export = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("ErrorGen.CatalogExports.g.cs")).ToString();
        Assert.Contains("public.yaml", export);
        Assert.DoesNotContain("billing.yaml", export);
    }

    [Fact]
    public void Another_accessibility_is_a_located_error()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("billing.yaml", Catalog.Replace("ACCESSIBILITY", "accessibility: private")));

        var error = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("accessibility", error.GetMessage());
        Assert.Contains("public, internal", error.GetMessage());
        Assert.Equal(4, error.Location.GetLineSpan().StartLinePosition.Line);
    }
}
