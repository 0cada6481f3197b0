using System.IO;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>
/// Module ranges and HTTP rules for string codes (class prefixes 22xxx, HV*, ERR_AUTH_*) with the same ownership and
/// overlap checks as integer ranges, and negative integers in ranges and rules.
/// </summary>
public class StringRangeTests
{
    private static readonly string s_sqlStates = File.ReadAllText(Path.Combine(RepoPaths.Root, "catalogs", "examples", "sqlstate.yaml"));

    private const string StringHeader = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  codeType: string\n  defaultHttpStatus: 400\n";
    private const string IntegerHeader = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\n";

    private static GeneratorRun RunOne(string yaml) => Run(Catalog("shop.yaml", yaml));

    [Fact]
    public void A_code_filed_under_the_wrong_sqlstate_class_is_reported_at_its_line()
    {
        var yaml = s_sqlStates.Replace(
            "  - { code: \"XX000\"",
            "  - { code: \"22012\", name: division_by_zero, module: IntegrityConstraintViolation, message: Division by zero. }\n  - { code: \"XX000\"");
        var run = Run(Catalog("sqlstate.yaml", yaml));
        var outside = DiagnosticAssert.SingleAt(run, "EG0013", "/catalogs/sqlstate.yaml", YamlPosition.Of(yaml, "\"22012\""));
        Assert.Contains("outside its ranges (23xxx)", outside.GetMessage());
        var other = DiagnosticAssert.SingleAt(run, "EG0014", "/catalogs/sqlstate.yaml", YamlPosition.Of(yaml, "\"22012\""));
        Assert.Contains("inside range 22xxx of module 'DataException'", other.GetMessage());
    }

    [Fact]
    public void Class_prefixes_give_each_code_its_modules_status_and_rules_match_by_pattern()
    {
        Assert.Empty(Run(Catalog("sqlstate.yaml", s_sqlStates)).Diagnostics);
        var codes = Validated(s_sqlStates).Codes.ToDictionary(c => c.Text);
        Assert.Equal(("DataException", 400), (codes["22P02"].Module!.Name, codes["22P02"].HttpStatus));
        Assert.Equal(("ForeignDataWrapper", 502), (codes["HV000"].Module!.Name, codes["HV000"].HttpStatus));
        Assert.True(codes["40P01"].IsRetryable);
        Assert.Equal((null, 503), (codes["57014"].Module?.Name, codes["57014"].HttpStatus)); // by the 57xxx rule
    }

    /// <summary>The catalog as validation resolves it: each code's module and HTTP status.</summary>
    private static ErrorGen.Model.CatalogSpec Validated(string yaml)
    {
        var file = ErrorGen.Reading.CatalogFileReader.Read("/catalogs/shop.yaml", yaml, default);
        var input = ErrorGen.Validation.CatalogGrouper.Group(
            System.Collections.Immutable.ImmutableArray.Create(file), System.Collections.Immutable.ImmutableArray<ErrorGen.Model.BaselineFile>.Empty, "Shop").Single();
        return ErrorGen.Validation.CatalogValidator.Validate(input, default).Spec!;
    }

    [Theory]
    [InlineData("HV*", "HVxxx")]
    [InlineData("22xxx", "2*")]
    [InlineData("ERR_AUTH_*", "ERR_*")]
    [InlineData("ERR_AUTH_FAILED", "ERR_AUTH_*")]
    [InlineData("22xxx", "22P02")]
    public void EG0012_overlapping_string_patterns(string first, string second)
    {
        var yaml = StringHeader + $"modules:\n  - name: A\n    ranges: \"{first}\"\n  - name: B\n    ranges: \"{second}\"\n";
        var overlap = RunOne(yaml).Single("EG0012");
        DiagnosticAssert.At(overlap, "/catalogs/shop.yaml", YamlPosition.Of(yaml, $"\"{second}\""));
    }

    [Theory]
    [InlineData("22xxx", "23xxx")]
    [InlineData("22xxx", "22xxxx")]
    [InlineData("ERR_AUTH_*", "ERR_PAY_*")]
    [InlineData("HVxxx", "HV0000")]
    public void Patterns_that_share_no_code_do_not_overlap(string first, string second)
        => Assert.Empty(RunOne(StringHeader + $"modules:\n  - name: A\n    ranges: \"{first}\"\n  - name: B\n    ranges: \"{second}\"\n").Diagnostics);

    [Fact]
    public void Prefix_ranges_own_their_codes_and_http_rules_match_string_codes()
    {
        var yaml = StringHeader + """
            modules:
              - name: Auth
                ranges: ERR_AUTH_*
            httpRules:
              - match: ERR_AUTH_*
                httpStatus: 401
              - match: ERR_PAY_*
                httpStatus: 402
            codes:
              - { code: ERR_AUTH_EXPIRED, name: AuthExpired, module: Auth, message: m }
              - { code: ERR_PAY_DECLINED, name: PayDeclined, module: Auth, message: m }
              - { code: ERR_PAY_LIMIT, name: PayLimit, message: m }
            """;
        var run = RunOne(yaml);
        DiagnosticAssert.SingleAt(run, "EG0013", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "ERR_PAY_DECLINED"));
        Assert.Single(run.Diagnostics);
        var codes = Validated(yaml).Codes.ToDictionary(c => c.Text);
        Assert.Equal(401, codes["ERR_AUTH_EXPIRED"].HttpStatus);
        Assert.Equal(402, codes["ERR_PAY_LIMIT"].HttpStatus);
    }

    [Fact]
    public void EG0025_http_rules_with_overlapping_patterns()
    {
        var yaml = StringHeader + "httpRules:\n  - match: ERR_*\n    httpStatus: 400\n  - match: ERR_AUTH_*\n    httpStatus: 401\n";
        DiagnosticAssert.At(RunOne(yaml).Single("EG0025"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "ERR_AUTH_*"));
    }

    [Fact]
    public void A_range_of_the_other_code_type_is_reported_not_ignored()
    {
        var onStrings = StringHeader + "modules:\n  - name: A\n    ranges: 40001-40111\n";
        var integerRange = RunOne(onStrings).Single("EG0008");
        DiagnosticAssert.At(integerRange, "/catalogs/shop.yaml", YamlPosition.Of(onStrings, "40001-40111"));
        Assert.Contains("a range first-last is for integer codes", integerRange.GetMessage());

        var onIntegers = IntegerHeader + "modules:\n  - name: A\n    ranges: HV*\n";
        Assert.Contains("expected a code (50011), a range (40001-40111) or a prefix pattern (100xxx)", RunOne(onIntegers).Single("EG0008").GetMessage());
    }

    [Fact]
    public void Negative_integers_in_ranges_and_http_rules()
    {
        var yaml = IntegerHeader + """
            modules:
              - name: Driver
                ranges: -1999--1000, -1
            httpRules:
              - match: -2xxx
                httpStatus: 503
            codes:
              - { code: -1500, name: DriverTimeout, module: Driver, message: m }
              - { code: -1, name: DriverUnknown, module: Driver, message: m }
              - { code: -2001, name: PoolExhausted, module: Driver, message: m }
              - { code: -2002, name: PoolClosed, message: m }
            """;
        var run = RunOne(yaml);
        var outside = Assert.Single(run.Diagnostics);
        Assert.Equal("EG0013", outside.Id);
        DiagnosticAssert.At(outside, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "-2001"));
        var codes = Validated(yaml).Codes.ToDictionary(c => c.Text);
        Assert.Equal(("Driver", 400), (codes["-1500"].Module!.Name, codes["-1500"].HttpStatus));
        Assert.Equal(503, codes["-2002"].HttpStatus);
    }

    [Fact]
    public void Code_spaces_compare_string_patterns_across_catalogs()
    {
        var first = "catalog:\n  name: Auth\n  namespace: A\n  codeType: string\n  codeSpace: acme\n  defaultHttpStatus: 400\nmodules:\n  - name: Login\n    ranges: ERR_AUTH_*\n";
        var second = "catalog:\n  name: Pay\n  namespace: P\n  codeType: string\n  codeSpace: acme\n  defaultHttpStatus: 400\nmodules:\n  - name: Card\n    ranges: ERR_*\n";
        var run = Run(Catalog("auth.yaml", first), Catalog("pay.yaml", second));
        Assert.Contains(run.Diagnostics, d => d.Id == "EG0058");
    }
}
