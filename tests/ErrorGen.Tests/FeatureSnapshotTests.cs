using System;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>
/// One feature's output in one short file, beside the whole-catalog snapshots of <see cref="SeedCatalogTests"/>: a
/// reviewer of a change to one emitter reads what that feature generates for a two- or three-code catalog.
/// </summary>
public class FeatureSnapshotTests
{
    private static void Verify(string feature, string kind, bool aspNetCore, string yaml)
    {
        var run = Run(aspNetCore, Catalog(feature + ".yaml", yaml));
        DiagnosticAssert.HasNoErrors(run);
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Verify($"Features.{feature}.{kind}", run.Sources[$"Features.{feature}.{kind}.g.cs"]);
    }

    [Fact]
    public void String_codes_become_a_readonly_struct_with_constants()
        => Verify("StringCodes", "Code", aspNetCore: false, """
            catalog: { name: StringCodes, namespace: Features, codeType: string, defaultHttpStatus: 400 }
            codes:
              - { code: card_declined, name: CardDeclined, message: The card was declined. }
              - { code: card_expired, name: CardExpired, message: The card has expired. }
            """);

    [Fact]
    public void Templated_messages_get_typed_exception_factories()
        => Verify("Templates", "Exceptions", aspNetCore: false, """
            catalog: { name: Templates, namespace: Features, defaultHttpStatus: 400 }
            modules:
              - { name: Auth, ranges: 1-9 }
            codes:
              - { code: 1, name: PasswordTooShort, module: Auth, message: "At least {minLength} characters.", parameters: { minLength: int } }
              - { code: 10, name: Locked, message: Account locked. }
            """);

    [Fact]
    public void An_envelope_is_written_with_the_catalogs_field_names()
        => Verify("Envelopes", "Envelope", aspNetCore: true, """
            catalog:
              name: Envelopes
              namespace: Features
              defaultHttpStatus: 400
              envelope: { status: status, code: error_code, message: error_message, correlationHeader: x-correlation-id }
              success: { field: status, value: true }
            codes:
              - { code: 1, name: BadQuery, message: The query is invalid. }
            """);

    [Fact]
    public void A_librarys_catalog_files_are_recorded_in_its_assembly_for_the_projects_referencing_it()
    {
        var run = Run(aspNetCore: false, Catalog("exports.yaml", """
            catalog: { name: Exports, namespace: Features, defaultHttpStatus: 400 }
            codes:
              - { code: 1, name: "Quoted \"name\"", message: "Line one\nline two." }
            """));
        DiagnosticAssert.HasNoErrors(run);
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Verify("Features.Exports.CatalogExports", run.Sources["ErrorGen.CatalogExports.g.cs"]);
    }

    [Fact]
    public void A_web_project_registers_every_catalog_it_serves_in_one_call()
    {
        var run = Run(aspNetCore: true, Catalog("a.yaml", """
            catalog: { name: Orders, namespace: Features.Orders, defaultHttpStatus: 400, internalErrorCode: 9999 }
            codes:
              - { code: 9999, name: Internal, httpStatus: 500, message: Something went wrong. }
            """), Catalog("b.yaml", """
            catalog: { name: Payments, namespace: Features.Payments, defaultHttpStatus: 400, accessibility: internal }
            codes:
              - { code: 1, name: Declined, httpStatus: 402, message: Declined. }
            """));
        DiagnosticAssert.HasNoErrors(run);
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Verify("Features.AllCatalogs", run.Sources["ErrorGen.AllCatalogs.g.cs"]);
    }

    [Fact]
    public void What_catalogs_share_is_emitted_once_however_many_catalogs_a_web_project_has()
    {
        var run = Run(aspNetCore: true, Catalog("a.yaml", """
            catalog: { name: Orders, namespace: Features.Orders, defaultHttpStatus: 400, envelope: { code: code, message: message } }
            codes:
              - { code: 1, name: Missing, httpStatus: 404, message: "Order {id} not found.", parameters: { id: int } }
            """), Catalog("b.yaml", """
            catalog: { name: Payments, namespace: Features.Payments, defaultHttpStatus: 400 }
            codes:
              - { code: 1, name: Declined, httpStatus: 402, message: Declined. }
            """));
        DiagnosticAssert.HasNoErrors(run);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Single(run.Sources.Keys, name => name.Contains("Runtime", StringComparison.Ordinal));
        foreach (var text in run.Sources.Where(s => s.Key.Contains("AspNetCore", StringComparison.Ordinal) || s.Key.Contains("Envelope", StringComparison.Ordinal)).Select(s => s.Value))
        {
            Assert.DoesNotContain("LoggerMessage.Define", text, StringComparison.Ordinal);
            Assert.DoesNotContain("MediaTypeHeaderValue", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Headers[\"Retry-After\"]", text, StringComparison.Ordinal);
        }

        Snapshot.Verify("Features.CatalogRuntime", run.Sources["ErrorGen.CatalogRuntime.g.cs"]);
    }
}
