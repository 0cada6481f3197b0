using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>What a pasted error list often gets wrong: warned at its line, and the code still generates.</summary>
public class LintTests
{
    private const string IntegerHeader = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\ncodes:\n";
    private const string StringHeader = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  codeType: string\n  defaultHttpStatus: 400\ncodes:\n";

    private static GeneratorRun RunOne(string yaml) => Run(Catalog("shop.yaml", yaml));

    [Fact]
    public void EG0067_a_name_with_a_trailing_comma_is_a_warning_and_still_generates()
    {
        var yaml = IntegerHeader + "  - code: 1\n    name: \"EmailTaken,\"\n    message: m\n  - code: 2\n    name: Card Declined\n    message: m\n";
        var run = RunOne(yaml);
        var comma = DiagnosticAssert.SingleAt(run, "EG0067", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "\"EmailTaken,\""));
        Assert.Equal(DiagnosticSeverity.Warning, comma.Severity);
        Assert.Contains("holds ','", comma.GetMessage());
        Assert.Contains("'EmailTaken'", comma.GetMessage());
        Assert.Contains("holds 'a space'", DiagnosticAssert.SingleAt(run, "EG0067", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Card Declined")).GetMessage());
        Assert.Contains("EmailTaken = 1", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Names_of_letters_digits_and_underscores_are_quiet_in_any_script()
        => Assert.Empty(RunOne(IntegerHeader + "  - code: 1\n    name: API_KEY_MISSING\n    message: m\n  - code: 2\n    name: Ünïcode2\n    message: m\n").Diagnostics);

    [Fact]
    public void EG0068_a_string_code_with_white_space_inside()
    {
        var yaml = StringHeader + "  - code: \"AUTH FAILED\"\n    name: AuthFailed\n    message: m\n  - code: \"QUOTA\u00A0EXCEEDED\"\n    name: Quota\n    message: m\n";
        var run = RunOne(yaml);
        var space = DiagnosticAssert.SingleAt(run, "EG0068", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "\"AUTH FAILED\""));
        Assert.Contains("position 5", space.GetMessage());
        DiagnosticAssert.SingleAt(run, "EG0068", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "\"QUOTA"));
    }

    [Fact]
    public void EG0069_string_codes_that_differ_only_by_case_or_separators_are_reported_at_the_later_one()
    {
        var yaml = StringHeader
            + "  - code: ERR_AUTH_EXPIRED\n    name: AuthExpired\n    message: m\n"
            + "  - code: err-auth-expired\n    name: AuthExpiredLegacy\n    message: m\n"
            + "  - code: Err.Auth.Expired\n    name: AuthExpiredV3\n    message: m\n"
            + "  - code: ERR_AUTH\n    name: Auth\n    message: m\n";
        var run = RunOne(yaml);
        var lookalikes = run.Diagnostics.Where(d => d.Id == "EG0069").ToList();
        Assert.Equal(2, lookalikes.Count);
        var legacy = DiagnosticAssert.SingleAt(run, "EG0069", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "err-auth-expired"));
        Assert.Contains("differs from 'ERR_AUTH_EXPIRED' at /catalogs/shop.yaml(7,11)", legacy.GetMessage());
        DiagnosticAssert.SingleAt(run, "EG0069", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Err.Auth.Expired"));
        Assert.Contains("AuthExpiredV3", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
    }

    [Fact]
    public void EG0070_an_empty_or_blank_message_and_duplicate_messages_are_fine()
    {
        var yaml = IntegerHeader
            + "  - code: 1\n    name: A\n    message: \"\"\n"
            + "  - code: 2\n    name: B\n    message: \"   \"\n"
            + "  - code: 3\n    name: C\n    message: Same.\n"
            + "  - code: 4\n    name: D\n    message: Same.\n";
        var run = RunOne(yaml);
        Assert.Equal(new[] { "EG0070", "EG0070" }, run.Diagnostics.Select(d => d.Id));
        DiagnosticAssert.SingleAt(run, "EG0070", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "\"   \""));
    }

    [Fact]
    public void A_lint_warning_can_be_turned_off_like_any_diagnostic()
    {
        var yaml = IntegerHeader + "  - code: 1\n    name: \"EmailTaken,\"\n    message: m\n";
        var compilation = CreateCompilation().WithOptions(CreateCompilation().Options.WithSpecificDiagnosticOptions(
            new[] { new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("EG0067", ReportDiagnostic.Suppress) }));
        CreateDriver(new[] { Catalog("shop.yaml", yaml) }).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Id == "EG0067" && d.Severity >= DiagnosticSeverity.Warning);
    }
}
