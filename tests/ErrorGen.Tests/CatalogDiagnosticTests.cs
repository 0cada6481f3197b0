using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>One test per catalog diagnostic: a small YAML fixture, the ID, and the exact line and column.</summary>
public class CatalogDiagnosticTests
{
    private const string Header = """
        catalog:
          name: Shop
          namespace: Shop.Errors
          defaultHttpStatus: 500
        """;

    private static GeneratorRun RunOne(string yaml) => Run(Catalog("shop.yaml", yaml));

    [Fact]
    public void EG0001_malformed_yaml_is_reported_where_the_parser_stopped()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: [unclosed\n";
        var diagnostic = RunOne(yaml).Single("EG0001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/catalogs/shop.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("not valid YAML", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0002_unknown_key_names_the_key_and_the_allowed_ones()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: m\n    httpStatuss: 404\n";
        var diagnostic = RunOne(yaml).Single("EG0002");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "httpStatuss"));
        Assert.Contains("'httpStatuss'", diagnostic.GetMessage());
        Assert.Contains("httpStatus", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0003_wrong_type_points_at_the_value()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: m\n    httpStatus: not-a-number\n";
        var diagnostic = RunOne(yaml).Single("EG0003");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "not-a-number"));
        Assert.Contains("must be an integer", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0004_missing_required_field_points_at_the_entry_and_the_rest_still_generates()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n  - code: 2\n    name: B\n    message: Fine.\n";
        var run = RunOne(yaml);
        var diagnostic = run.Single("EG0004");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "code: 1"));
        Assert.Contains("'message'", diagnostic.GetMessage());
        Assert.Contains("B = 2,", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
        Assert.DoesNotContain(" A = 1,", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
    }

    [Fact]
    public void EG0005_duplicate_key_points_at_the_second_key()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: first\n    message: second\n";
        var diagnostic = RunOne(yaml).Single("EG0005");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "message", 2));
        Assert.Contains("'message'", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0005_a_duplicate_key_in_a_large_mapping_is_found_and_names_the_first_place()
    {
        // Past sixteen keys the reader indexes a mapping's keys instead of scanning them: both paths must find it.
        var extraKeys = string.Concat(Enumerable.Range(0, 20).Select(i => $"    extra{i}: {i}\n"));
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: first\n" + extraKeys + "    extra3: again\n";
        var diagnostic = RunOne(yaml).Single("EG0005");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "extra3", 2));
        Assert.Contains("'extra3'", diagnostic.GetMessage());
        var firstLine = yaml[..yaml.IndexOf("extra3", System.StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"shop.yaml({firstLine},5)", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0006_aliases_are_refused_not_expanded()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: &m shared\n  - code: 2\n    name: B\n    message: *m\n";
        var run = RunOne(yaml);
        var diagnostics = run.Diagnostics.Where(d => d.Id == "EG0006").ToList();
        Assert.Equal(2, diagnostics.Count);
        DiagnosticAssert.At(diagnostics[1], "/catalogs/shop.yaml", YamlPosition.Of(yaml, "*m"));

        // One alias, one diagnostic: the refused value is not also a wrong type or a missing field.
        Assert.Equal(new[] { "EG0006", "EG0006" }, run.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void EG0007_nesting_beyond_the_limit_is_reported()
    {
        var yaml = Header + "\ncodes: " + new string('[', 100) + new string(']', 100) + "\n";
        var diagnostic = RunOne(yaml).Single("EG0007");
        Assert.Contains("deeper than", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0008_invalid_range_points_at_the_range()
    {
        var yaml = Header + "\nmodules:\n  - name: Auth\n    ranges: 400-3x\n";
        var diagnostic = RunOne(yaml).Single("EG0008");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "400-3x"));
    }

    [Fact]
    public void EG0009_conflicting_header_settings_across_files_name_the_other_file()
    {
        var first = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n";
        var second = "catalog:\n  name: Shop\n  namespace: Other.Errors\n";
        var run = Run(Catalog("a.yaml", first), Catalog("b.yaml", second));
        var diagnostic = run.Single("EG0009");
        DiagnosticAssert.At(diagnostic, "/catalogs/b.yaml", YamlPosition.Of(second, "Other.Errors"));
        Assert.Contains("/catalogs/a.yaml(3,14)", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0010_duplicate_code_across_split_files_names_both_files_and_lines()
    {
        var auth = Header + "\ncodes:\n  - code: 40112\n    name: CaptchaExpired\n    message: m\n";
        var payments = "catalog: Shop\ncodes:\n  - code: 40112\n    name: CardExpired\n    message: m\n";
        var run = Run(Catalog("auth.yaml", auth), Catalog("payments.yaml", payments));
        var diagnostic = DiagnosticAssert.SingleAt(run, "EG0010", "/catalogs/payments.yaml", YamlPosition.Of(payments, "40112"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("/catalogs/auth.yaml(6,11)", diagnostic.GetMessage());
        Assert.Equal("/catalogs/auth.yaml", diagnostic.AdditionalLocations.Single().GetLineSpan().Path);

        // No baseline says which one shipped, so the other entry is reported too.
        var other = DiagnosticAssert.SingleAt(run, "EG0010", "/catalogs/auth.yaml", YamlPosition.Of(auth, "40112"));
        Assert.Contains("/catalogs/payments.yaml(3,11)", other.GetMessage());
    }

    [Fact]
    public void EG0011_duplicate_name_points_at_both_names()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: Same\n    message: m\n  - code: 2\n    name: Same\n    message: m\n";
        var run = RunOne(yaml);
        DiagnosticAssert.SingleAt(run, "EG0011", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Same", 2));
        DiagnosticAssert.SingleAt(run, "EG0011", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Same", 1));
    }

    [Fact]
    public void EG0012_overlapping_module_ranges()
    {
        var yaml = Header + "\nmodules:\n  - name: Auth\n    ranges: 40001-40111\n  - name: Payment\n    ranges: 40021-40028\n";
        var diagnostic = RunOne(yaml).Single("EG0012");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "40021-40028"));
        Assert.Contains("'Auth'", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0013_code_outside_its_module()
    {
        var yaml = Header + "\nmodules:\n  - name: Auth\n    ranges: 1xxx\ncodes:\n  - code: 2001\n    name: A\n    module: Auth\n    message: m\n";
        var diagnostic = RunOne(yaml).Single("EG0013");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "2001"));
    }

    [Fact]
    public void EG0014_code_inside_another_modules_range()
    {
        var yaml = Header + "\nmodules:\n  - name: Auth\n    ranges: 1xxx\n  - name: Pay\n    ranges: 2xxx\ncodes:\n  - code: 2001\n    name: A\n    module: Auth\n    message: m\n";
        var diagnostic = RunOne(yaml).Single("EG0014");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "2001"));
        Assert.Contains("'Pay'", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0015_unknown_module()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    module: Nowhere\n    message: m\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0015"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Nowhere"));
    }

    [Fact]
    public void EG0016_unmapped_code_is_a_warning_and_still_generates()
    {
        var yaml = "catalog:\n  name: Shop\n  namespace: Shop.Errors\ncodes:\n  - code: 7\n    name: A\n    message: m\n";
        var run = RunOne(yaml);
        var diagnostic = run.Single("EG0016");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "7"));
        Assert.Contains("new int[] { 500 }", run.Sources["Shop.Errors.Shop.Errors.g.cs"]);
    }

    [Fact]
    public void EG0016_many_unmapped_codes_are_one_warning_at_the_catalog_with_the_count_and_the_first_codes()
    {
        // An error list with no HTTP meaning (a driver's, a database's): one warning, not one per code.
        var codes = string.Concat(Enumerable.Range(1, 1953).Select(i => $"  - {{ code: {i}, name: E{i}, message: m }}\n"));
        var yaml = "catalog:\n  name: Driver\n  namespace: Driver.Errors\ncodes:\n" + codes;

        var run = RunOne(yaml);

        var diagnostic = run.Single("EG0016");
        Assert.Equal(
            "1,953 codes of catalog 'Driver' resolve to no HTTP status (no code, module, rule or catalog default); they will be served "
                + "as 500 (codes 1, 2, 3, 4, 5 and 1,948 more); set defaultHttpStatus in the catalog header, or give them a module or "
                + "rule with one",
            diagnostic.GetMessage());
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Driver"));
        Assert.Contains("Driver.Errors.Driver.Errors.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void EG0017_http_status_out_of_range()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    httpStatus: 700\n    message: m\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0017"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "700"));
    }

    [Fact]
    public void EG0018_success_status_on_an_error_is_a_warning()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    httpStatus: 200\n    message: m\n";
        var diagnostic = RunOne(yaml).Single("EG0018");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "200"));
    }

    [Fact]
    public void EG0019_names_that_collide_as_identifiers()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: API_KEY\n    message: m\n  - code: 2\n    name: ApiKey\n    message: m\n";
        var diagnostic = DiagnosticAssert.SingleAt(RunOne(yaml), "EG0019", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "ApiKey"));
        Assert.Contains("'ApiKey'", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0020_undeclared_placeholder()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: At least {minLength} characters.\n";
        var diagnostic = RunOne(yaml).Single("EG0020");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "At least"));
        Assert.Contains("{minLength}", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0021_unused_parameter_is_a_warning()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: Too short.\n    parameters:\n      minLength: int\n";
        var run = RunOne(yaml);
        var diagnostic = run.Single("EG0021");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);

        // Found by FuzzTests: the code still generates, and its factory (which takes the parameter) compiles.
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("public static string FormatA(int minLength) => \"Too short.\";", run.Sources["Shop.Errors.Shop.Errors.g.cs"]);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "minLength"));
    }

    [Fact]
    public void EG0022_duplicate_module()
    {
        var yaml = Header + "\nmodules:\n  - name: Auth\n  - name: Auth\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0022"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Auth", 2));
    }

    [Fact]
    public void EG0023_string_code_in_an_integer_catalog()
    {
        var yaml = Header + "\ncodes:\n  - code: card_declined\n    name: A\n    message: m\n";
        var diagnostic = RunOne(yaml).Single("EG0023");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "card_declined"));
        Assert.Contains("codeType", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0024_unknown_replacement()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: m\n    deprecated: true\n    replacedBy: 99\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0024"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "99"));
    }

    [Fact]
    public void EG0025_overlapping_http_rules()
    {
        var yaml = Header + "\nhttpRules:\n  - match: 4xxx\n    httpStatus: 400\n  - match: 40xx\n    httpStatus: 401\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0025"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "40xx"));
    }

    [Fact]
    public void EG0026_malformed_template()
    {
        var yaml = Header + "\ncodes:\n  - code: 1\n    name: A\n    message: Unclosed {brace\n";
        var diagnostic = RunOne(yaml).Single("EG0026");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Unclosed"));
        Assert.Contains("never closed", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0028_header_names_a_code_the_catalog_does_not_have()
    {
        var yaml = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\n  rateLimitCode: 42999\ncodes:\n  - { code: 1, name: A, message: m }\n";
        var diagnostic = RunOne(yaml).Single("EG0028");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "42999"));
        Assert.Contains("'rateLimitCode'", diagnostic.GetMessage());
    }

    private const string LocalizedHeader = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\n  locales: [en, zh-CN]\ncodes:\n  - code: 1\n    name: TooShort\n    message: At least {min} characters.\n    parameters: { min: int }\n";

    [Fact]
    public void EG0040_a_translation_file_for_a_locale_the_catalog_does_not_serve()
    {
        var translation = "catalog: Shop\nlocale: fr-FR\ntranslations:\n  - { code: 1, message: \"Au moins {min} caractères.\" }\n";
        var diagnostic = Run(Catalog("shop.yaml", LocalizedHeader), Catalog("shop.fr-FR.yaml", translation)).Single("EG0040");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.fr-FR.yaml", YamlPosition.Of(translation, "fr-FR"));
        Assert.Contains("not among the locales of catalog 'Shop' (en, zh-CN)", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0041_a_missing_translation_is_a_warning_or_an_error_when_strict()
    {
        var run = Run(Catalog("shop.yaml", LocalizedHeader));
        var diagnostic = run.Single("EG0041");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(LocalizedHeader, "1\n"));
        Assert.Contains("no zh-CN message", diagnostic.GetMessage());

        var strict = Run(Catalog("shop.yaml", LocalizedHeader.Replace("  locales:", "  strictLocales: true\n  locales:"))).Single("EG0041");
        Assert.Equal(DiagnosticSeverity.Error, strict.Severity);
    }

    [Fact]
    public void EG0041_many_missing_translations_are_one_diagnostic_at_the_locale_with_the_count()
    {
        // A locale just added to the header: every message is missing, and that is one warning, not one per code.
        var codes = string.Concat(Enumerable.Range(1, 8).Select(i => $"  - {{ code: {i}, name: E{i}, httpStatus: 400, message: m }}\n"));
        var yaml = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  locales: [en, de]\ncodes:\n" + codes;

        var diagnostic = RunOne(yaml).Single("EG0041");

        Assert.Equal(
            "8 codes of catalog 'Shop' have no de message; they fall back to the en text (codes 1, 2, 3, 4, 5 and 3 more)",
            diagnostic.GetMessage());
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "de]"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void EG0042_a_translation_of_a_code_that_does_not_exist()
    {
        var translation = "catalog: Shop\nlocale: zh-CN\ntranslations:\n  - { code: 1, message: \"至少 {min} 个字符。\" }\n  - { code: 99, message: 不存在 }\n";
        var diagnostic = Run(Catalog("shop.yaml", LocalizedHeader), Catalog("shop.zh-CN.yaml", translation)).Single("EG0042");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.zh-CN.yaml", YamlPosition.Of(translation, "99"));
    }

    [Fact]
    public void EG0043_a_translation_whose_placeholders_differ()
    {
        var translation = "catalog: Shop\nlocale: zh-CN\ntranslations:\n  - { code: 1, message: \"至少 {minimum} 个字符。\" }\n";
        var diagnostic = Run(Catalog("shop.yaml", LocalizedHeader), Catalog("shop.zh-CN.yaml", translation)).Single("EG0043");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.zh-CN.yaml", YamlPosition.Of(translation, "\"至少"));
        Assert.Contains("{minimum}", diagnostic.GetMessage());
        Assert.Contains("{min}", diagnostic.GetMessage());
    }

    [Fact]
    public void Translations_may_reorder_placeholders()
    {
        var header = LocalizedHeader.Replace("At least {min} characters.", "Between {min} and {max}.").Replace("parameters: { min: int }", "parameters: { min: int, max: int }");
        var translation = "catalog: Shop\nlocale: zh-CN\ntranslations:\n  - { code: 1, message: \"最多 {max}，最少 {min}。\" }\n";
        Assert.Empty(Run(Catalog("shop.yaml", header), Catalog("shop.zh-CN.yaml", translation)).Diagnostics);
    }

    [Fact]
    public void EG0027_split_catalog_without_a_header()
    {
        var yaml = "catalog: Orphan\ncodes:\n  - code: 1\n    name: A\n    message: m\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0027"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "Orphan"));
    }
}
