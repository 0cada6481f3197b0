using System.Linq;
using ErrorGen.Tests.Infrastructure;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>Kinds other than error: HTTP checks and integrations treat warnings, notices and success codes as what they are.</summary>
public class CodeKindTests
{
    private const string Header = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n";

    [Fact]
    public void Codes_that_are_not_errors_take_no_error_status_and_are_never_unmapped()
    {
        // No defaultHttpStatus: the error is unmapped (EG0016); the others ride on 200 whatever their module says.
        var yaml = Header + """
            modules:
              - { name: Orders, httpStatus: 409 }
            codes:
              - { code: 1, name: Failed, message: m }
              - { code: 2, name: Stale, kind: warning, module: Orders, message: m }
              - { code: 3, name: Cached, kind: info, message: m }
              - { code: 4, name: Created, kind: success, httpStatus: 201, message: m }
            """;
        var run = Run(Catalog("shop.yaml", yaml));
        DiagnosticAssert.At(run.Single("EG0016"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "1,"));
        Assert.Single(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void EG0073_a_warning_with_an_error_status()
    {
        var yaml = Header + "  defaultHttpStatus: 400\ncodes:\n  - { code: 2, name: Stale, kind: warning, httpStatus: 409, message: m }\n";
        var diagnostic = Run(Catalog("shop.yaml", yaml)).Single("EG0073");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "409"));
        Assert.Contains("Code 2 is a warning", diagnostic.GetMessage());
    }

    [Fact]
    public void Only_errors_get_exception_factories_error_responses_and_may_serve_internal_errors()
    {
        var yaml = Header + """
              defaultHttpStatus: 400
              internalErrorCode: 2
            codes:
              - { code: 1, name: Failed, message: "Failed {what}.", parameters: { what: string } }
              - { code: 2, name: Stale, kind: warning, message: "Stale {what}.", parameters: { what: string } }
            """;
        var run = Run(aspNetCore: true, Catalog("shop.yaml", yaml));
        Assert.Contains("EG0028", run.Diagnostics.Select(d => d.Id));
        var exceptions = run.Sources["Shop.Errors.Shop.Exceptions.g.cs"];
        Assert.Contains(" Failed(string? what", exceptions);
        Assert.DoesNotContain(" Stale(string? what", exceptions);
        Assert.Contains("FormatStale(string? what)", run.Sources["Shop.Errors.Shop.Errors.g.cs"]);
    }

    [Fact]
    public void An_unknown_kind_is_located()
    {
        var yaml = Header + "codes:\n  - { code: 1, name: A, kind: fatal, message: m }\n";
        var diagnostic = Run(Catalog("shop.yaml", yaml)).Diagnostics.Single(d => d.Id is "EG0003" or "EG0008");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "fatal"));
        Assert.Contains("warning", diagnostic.GetMessage());
    }
}
