using System.Linq;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary><c>http: false</c>: an error list with no HTTP meaning (a database's, a driver's) gets no HTTP warnings, members or integrations.</summary>
public class NoHttpCatalogTests
{
    private const string DriverErrors = """
        catalog:
          name: Pg
          namespace: Db.Errors
          http: false
        modules:
          - { name: Connection, ranges: 8000-8999 }
        codes:
          - { code: 8001, name: ConnectionFailure, module: Connection, message: The connection failed. }
          - { code: 8004, name: RejectedConnection, module: Connection, message: "The server rejected {user}.", parameters: { user: string } }
          - { code: 23505, name: UniqueViolation, message: A unique constraint was violated., retryable: false }
          - { code: 40001, name: SerializationFailure, message: The transaction could not be serialized., retryable: true }
        """;

    [Fact]
    public void A_catalog_without_http_meaning_gets_no_EG0016_and_no_HTTP_members_and_still_compiles()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("pg.yaml", DriverErrors));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var info = run.Output.GetTypeByMetadataName("Db.Errors.PgErrorInfo")!;
        Assert.Empty(info.GetMembers("HttpStatus"));
        Assert.Empty(info.GetMembers("TypeUri"));
        Assert.NotEmpty(info.GetMembers("Message"));
        Assert.Empty(run.Output.GetTypeByMetadataName("Db.Errors.PgException")!.GetMembers("HttpStatus"));
        Assert.NotEmpty(run.Output.GetTypeByMetadataName("Db.Errors.PgExceptions")!.GetMembers("RejectedConnection"));
        Assert.DoesNotContain("HTTP", run.Sources.Single(s => s.Key.EndsWith(".Code.g.cs", System.StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void In_a_web_project_it_gets_no_ASP_NET_Core_OpenAPI_or_client_integration()
    {
        var web = GeneratorHarness.Run(aspNetCore: true, GeneratorHarness.Catalog("pg.yaml", DriverErrors));

        Assert.Empty(web.Diagnostics);
        Assert.Empty(web.CompilationDiagnostics);
        Assert.Equal(
            new[] { "Code", "ErrorInfo", "Errors", "Exceptions" },
            web.Sources.Keys.Where(k => k.StartsWith("Db.Errors.", System.StringComparison.Ordinal)).Select(k => k.Split('.')[^3]).OrderBy(k => k));
        Assert.Null(web.Output.GetTypeByMetadataName("Db.Errors.PgAspNetCore"));
        Assert.DoesNotContain(web.Sources.Keys, k => k.Contains("AllCatalogs"));
    }

    [Fact]
    public void Without_http_false_the_same_list_is_one_EG0016_for_the_catalog()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("pg.yaml", DriverErrors.Replace("  http: false\n", string.Empty)));

        var unmapped = Assert.Single(run.Diagnostics, d => d.Id == "EG0016");
        Assert.Contains("4 codes of catalog 'Pg'", unmapped.GetMessage());
    }

    [Fact]
    public void EG0066_lists_the_HTTP_settings_it_ignores_once_at_http()
    {
        var yaml = DriverErrors
            .Replace("  http: false\n", "  http: false\n  defaultHttpStatus: 400\n")
            .Replace("message: The connection failed. }", "message: The connection failed., httpStatus: 503 }")
            .Replace("message: A unique constraint was violated.,", "message: A unique constraint was violated., httpStatus: 409,");
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("pg.yaml", yaml));

        var ignored = Assert.Single(run.Diagnostics);
        Assert.Equal("EG0066", ignored.Id);
        Assert.Equal(3, ignored.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "Catalog 'Pg' says http: false, so its HTTP settings are ignored: defaultHttpStatus (line 5), httpStatus of 2 codes (lines 9, 11); remove them, or remove http: false",
            ignored.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
    }
}
