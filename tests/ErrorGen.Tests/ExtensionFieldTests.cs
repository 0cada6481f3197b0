using System.Linq;
using ErrorGen.Tests.Infrastructure;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>Per-code fields a catalog declares: checked at their line, typed in the descriptor, public ones on the wire.</summary>
public class ExtensionFieldTests
{
    private const string Header = """
        catalog:
          name: Shop
          namespace: Shop.Errors
          defaultHttpStatus: 400
          envelope: { code: code, message: msg }
          fields:
            sqlState: { type: string, public: true }
            severity: int
            paging: { type: bool, public: true }
            logLevel: { type: enum, values: [debug, warn] }
            docs: uri

        """;

    private static GeneratorRun RunOne(string yaml, bool aspNetCore = false) => Run(aspNetCore, Catalog("shop.yaml", yaml));

    [Fact]
    public void EG0074_a_field_the_catalog_does_not_declare_names_the_declared_ones()
    {
        var yaml = Header + "codes:\n  - { code: 1, name: A, message: m, fields: { sqlstate: \"23505\" } }\n";
        var diagnostic = RunOne(yaml).Single("EG0074");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "sqlstate"));
        Assert.Contains("sets field 'sqlstate', which catalog 'Shop' does not declare; it declares sqlState, severity, paging, logLevel, docs", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("severity: high", "high", "an integer")]
    [InlineData("paging: maybe", "maybe", "true or false")]
    [InlineData("logLevel: fatal", "fatal", "one of debug, warn")]
    [InlineData("docs: not-a-uri", "not-a-uri", "an absolute URI")]
    public void EG0075_a_value_of_the_wrong_type_is_reported_at_the_value(string field, string value, string expected)
    {
        var yaml = Header + $"codes:\n  - {{ code: 1, name: A, message: m, fields: {{ {field} }} }}\n";
        var diagnostic = RunOne(yaml).Single("EG0075");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, value));
        Assert.Contains($"of code 1 must be {expected}, but is '{value}'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("title: string", "the descriptor already has a member 'Title'")]
    [InlineData("code: { type: string, public: true }", "the descriptor already has a member 'Code'")]
    [InlineData("traceId: { type: string, public: true }", "would overwrite the problem's own member")]
    [InlineData("msg: { type: string, public: true }", "the catalog's envelope already writes a member 'msg'")]
    [InlineData("errors: { type: enum, values: [a] }", "a type ErrorGen already generates")]
    public void Field_names_that_would_hide_a_member_or_a_type_are_EG0008(string declaration, string problem)
    {
        var yaml = Header.Replace("    docs: uri\n", "    docs: uri\n    " + declaration + "\n") + "codes:\n  - { code: 1, name: A, message: m }\n";
        Assert.Contains(problem, RunOne(yaml).Single("EG0008").GetMessage());
    }

    [Fact]
    public void Public_fields_go_into_problem_details_and_the_envelope_and_the_project_compiles_clean()
    {
        var yaml = Header + "codes:\n  - { code: 1, name: A, message: m, fields: { sqlState: \"23505\", paging: true, severity: 2 } }\n";
        var run = RunOne(yaml, aspNetCore: true);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var aspNetCore = run.Sources["Shop.Errors.Shop.AspNetCore.g.cs"];
        Assert.Contains("problem.Extensions[\"sqlState\"] = field0;", aspNetCore);
        Assert.Contains("problem.Extensions[\"paging\"] = global::ErrorGen.Generated.CatalogRuntime.JsonBoolean(field2);", aspNetCore);
        Assert.DoesNotContain("\"severity\"", aspNetCore);
        var envelope = run.Sources["Shop.Errors.Shop.Envelope.g.cs"];
        Assert.Contains("json.WriteString(\"sqlState\", field0);", envelope);
        Assert.Contains("json.WriteBoolean(\"paging\", field2);", envelope);
    }
}
