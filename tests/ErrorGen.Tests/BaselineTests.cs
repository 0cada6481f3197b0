using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>The shipped-codes baseline: released codes keep number, name, HTTP status and parameters; retired ones stay retired.</summary>
public class BaselineTests
{
    private const string Catalog = """
        catalog:
          name: Shop
          namespace: Shop.Errors
          defaultHttpStatus: 400
        codes:
          - code: 40001
            name: InvalidCaptcha
            message: Image captcha is invalid.
          - code: 40005
            name: PasswordTooShort
            message: Password must be at least {minLength} characters.
            parameters:
              minLength: int
        """;

    private const string Baseline = """
        # Released codes of Shop. Mark a removed code 'retired'; never delete its line.
        catalog: Shop
        40001 InvalidCaptcha 400
        40005 PasswordTooShort 400 minLength:int
        40009 OldCaptcha 400 retired
        """;

    private static GeneratorRun RunWith(string catalog, string baseline)
        => Run(GeneratorHarness.Catalog("shop.yaml", catalog), GeneratorHarness.Catalog("Shop.shipped.txt", baseline));

    [Fact]
    public void A_catalog_that_matches_its_baseline_reports_nothing()
        => Assert.Empty(RunWith(Catalog, Baseline).Diagnostics);

    [Fact]
    public void EG0030_a_malformed_baseline_line()
    {
        var baseline = Baseline + "\n40010 MissingStatus\n";
        DiagnosticAssert.At(RunWith(Catalog, baseline).Single("EG0030"), "/catalogs/Shop.shipped.txt", YamlPosition.Of(baseline, "40010 MissingStatus"));
    }

    [Fact]
    public void EG0031_a_shipped_code_removed_without_being_retired()
    {
        var catalog = Catalog.Replace("  - code: 40001\n    name: InvalidCaptcha\n    message: Image captcha is invalid.\n", string.Empty);
        var diagnostic = RunWith(catalog, Baseline).Single("EG0031");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        DiagnosticAssert.At(diagnostic, "/catalogs/Shop.shipped.txt", YamlPosition.Of(Baseline, "40001 InvalidCaptcha"));
        Assert.Contains("mark its baseline line 'retired'", diagnostic.GetMessage());
    }

    [Fact]
    public void Retiring_a_removed_code_in_the_baseline_is_accepted()
    {
        var catalog = Catalog.Replace("  - code: 40001\n    name: InvalidCaptcha\n    message: Image captcha is invalid.\n", string.Empty);
        Assert.Empty(RunWith(catalog, Baseline.Replace("40001 InvalidCaptcha 400", "40001 InvalidCaptcha 400 retired")).Diagnostics);
    }

    [Fact]
    public void EG0032_a_shipped_code_renamed()
    {
        var catalog = Catalog.Replace("name: InvalidCaptcha", "name: CaptchaInvalid");
        var diagnostic = RunWith(catalog, Baseline).Single("EG0032");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(catalog, "CaptchaInvalid"));
        Assert.Contains("renamed from 'InvalidCaptcha' to 'CaptchaInvalid'", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0032_a_shipped_code_renumbered()
    {
        var catalog = Catalog.Replace("code: 40001", "code: 40002");
        var diagnostic = RunWith(catalog, Baseline).Single("EG0032");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(catalog, "40002"));
        Assert.Contains("renumbered from 40001 to 40002", diagnostic.GetMessage());
    }

    [Fact]
    public void EG0033_a_retired_number_or_name_reused()
    {
        var catalog = Catalog + "\n  - code: 40009\n    name: NewThing\n    message: m\n  - code: 40010\n    name: OldCaptcha\n    message: m\n";
        var reuses = RunWith(catalog, Baseline).Diagnostics.Where(d => d.Id == "EG0033").ToList();
        Assert.Equal(2, reuses.Count);
        DiagnosticAssert.At(reuses.Single(d => d.GetMessage().Contains("reuses the number")), "/catalogs/shop.yaml", YamlPosition.Of(catalog, "40009"));
        DiagnosticAssert.At(reuses.Single(d => d.GetMessage().Contains("reuses the name")), "/catalogs/shop.yaml", YamlPosition.Of(catalog, "OldCaptcha"));
    }

    [Fact]
    public void EG0034_a_shipped_codes_http_status_or_parameters_changed()
    {
        var catalog = Catalog.Replace("message: Image captcha is invalid.", "message: Image captcha is invalid.\n    httpStatus: 422")
            .Replace("minLength: int", "minLength: long");
        var changes = RunWith(catalog, Baseline).Diagnostics.Where(d => d.Id == "EG0034").Select(d => d.GetMessage()).ToList();
        Assert.Contains(changes, m => m.Contains("HTTP status from '400' to '422'"));
        Assert.Contains(changes, m => m.Contains("template parameters from 'minLength:int' to 'minLength:long'"));
    }

    [Fact]
    public async Task EG0035_a_new_code_is_reported_and_the_fix_appends_it_to_the_baseline()
    {
        var catalog = Catalog + "\n  - code: 40006\n    name: TokenInvalid\n    message: Reset token is invalid.\n";
        var diagnostic = RunWith(catalog, Baseline).Single("EG0035");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(catalog, "40006"));

        var updated = await AnalyzerHarness.ApplyBaselineFixAsync(diagnostic, "/catalogs/Shop.shipped.txt", Baseline);
        Assert.Equal(Baseline + "\n40006 TokenInvalid 400\n", updated);
        Assert.Empty(RunWith(catalog, updated).Diagnostics);
    }

    [Fact]
    public async Task Fix_All_appends_every_new_code_to_the_baseline_at_once()
    {
        var catalog = Catalog
            + "\n  - code: 40006\n    name: TokenInvalid\n    message: Reset token is invalid.\n"
            + "  - code: 40007\n    name: TokenExpired\n    httpStatus: 401\n    message: Reset token expired.\n";
        var newCodes = RunWith(catalog, Baseline).Diagnostics.Where(d => d.Id == "EG0035").ToImmutableArray();
        Assert.Equal(2, newCodes.Length);

        var updated = await AnalyzerHarness.ApplyBaselineFixAllAsync(newCodes, "/catalogs/Shop.shipped.txt", Baseline);
        Assert.Equal(Baseline + "\n40006 TokenInvalid 400\n40007 TokenExpired 401\n", updated);
        Assert.Empty(RunWith(catalog, updated).Diagnostics);
    }

    [Fact]
    public void EG0036_a_second_baseline_for_one_catalog_is_an_error_at_its_catalog_line()
    {
        var run = Run(
            GeneratorHarness.Catalog("shop.yaml", Catalog),
            GeneratorHarness.Catalog("Shop.shipped.txt", Baseline),
            GeneratorHarness.Catalog("Shop.copy.shipped.txt", Baseline));
        var diagnostic = run.Single("EG0036");
        DiagnosticAssert.At(diagnostic, "/catalogs/Shop.shipped.txt", YamlPosition.Of(Baseline, "catalog: Shop"));
        Assert.Contains("already has a baseline at /catalogs/Shop.copy.shipped.txt", diagnostic.GetMessage());
    }
}
