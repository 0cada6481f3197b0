using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>EG1xxx: consumer code that uses a catalog with something the catalog does not say.</summary>
public class CatalogUsageAnalyzerTests
{
    private static readonly (string Path, string Text)[] s_catalogs =
        SeedCatalogTests.Files("api-portal.yaml").Concat(SeedCatalogTests.Files("examples/card-payments.yaml")).ToArray();

    private static string Consumer(string body) => $$"""
        using Seeds.ApiPortal;
        using Examples.CardPayments;

        public static class Usage
        {
            public static object Run(ApiPortalErrorInfo info, ApiPortalCode code)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public void The_analyzer_uses_what_the_generator_read_and_validated_instead_of_parsing_the_YAML_again()
    {
        var texts = s_catalogs.Select(c => (AdditionalText)new ErrorGen.TestSupport.InMemoryAdditionalText(c.Path, c.Text)).ToImmutableArray();
        GeneratorHarness.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out _);
        var codeType = output.GetTypeByMetadataName("Seeds.ApiPortal.ApiPortalCode");
        var seenByGenerator = Index(texts, codeType);
        var unseen = Index(s_catalogs.Select(c => (AdditionalText)new ErrorGen.TestSupport.InMemoryAdditionalText(c.Path, c.Text)).ToImmutableArray(), codeType);

        // The generator's spec itself (the same object however often the analyzer asks), not a second parse of the files.
        Assert.Same(seenByGenerator.Spec, Index(texts, codeType).Spec);
        Assert.NotSame(seenByGenerator.Spec, unseen.Spec);
        Assert.Equal(seenByGenerator.Spec, unseen.Spec);
        Assert.NotNull(ErrorGen.Analyzers.GeneratorWork.FileOf(texts[0].GetText()!));
    }

    private static ErrorGen.Analyzers.IndexedCatalog Index(ImmutableArray<AdditionalText> texts, ITypeSymbol? codeType)
    {
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(texts, new ErrorGen.TestSupport.CatalogOptionsProvider(texts.Select(t => t.Path)));
        var index = ErrorGen.Analyzers.CatalogIndex.Load(options, BuildOptions.DefaultNamespaceOf(options.AnalyzerConfigOptionsProvider.GlobalOptions), default);
        return index.ForCodeType(codeType)!;
    }

    [Fact]
    public async Task EG1001_a_literal_code_not_in_the_catalog()
    {
        var source = Consumer("return (ApiPortalCode)40999;");
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EG1001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("40999 is not a code of catalog 'ApiPortal'", diagnostic.GetMessage());
        Assert.Equal("(ApiPortalCode)40999", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Theory]
    [InlineData("return (ApiPortalCode)40001UL;", "EG1002", "Use ApiPortalCode.InvalidCaptcha instead of the literal 40001")]
    [InlineData("return (ApiPortalCode)40999UL;", "EG1001", "40999 is not a code of catalog 'ApiPortal'")]
    [InlineData("return (ApiPortalCode)'A';", "EG1001", "'A' (65) is not a code of catalog 'ApiPortal'")]
    public async Task EG1001_and_EG1002_read_ulong_and_char_constants_by_their_value(string body, string id, string message)
    {
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(Consumer(body), s_catalogs);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage());
    }

    [Fact]
    public async Task EG1001_an_unknown_wire_value_passed_to_the_generated_parser()
    {
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(Consumer("return CardPaymentsErrors.TryParse(\"card_declind\", out var parsed);"), s_catalogs);
        Assert.Equal("\"card_declind\" is not a code of catalog 'CardPayments'", Assert.Single(diagnostics).GetMessage());
    }

    [Fact]
    public async Task EG1002_a_cast_literal_that_is_in_the_catalog_is_fixed_to_its_member()
    {
        var (diagnostics, compilation) = await AnalyzerHarness.AnalyzeAsync(Consumer("return (ApiPortalCode)40001;"), s_catalogs);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EG1002", diagnostic.Id);
        Assert.Equal("Use ApiPortalCode.InvalidCaptcha instead of the literal 40001", diagnostic.GetMessage());
        var fixedSource = await AnalyzerHarness.ApplyFixAsync(compilation, diagnostic);
        Assert.Contains("return ApiPortalCode.InvalidCaptcha;", fixedSource);
    }

    [Fact]
    public async Task EG1002_lookup_by_raw_value_is_fixed_to_the_typed_lookup()
    {
        var (diagnostics, compilation) = await AnalyzerHarness.AnalyzeAsync(Consumer("return ApiPortalErrors.TryGetByValue(42901, out var found) ? found : null;"), s_catalogs);
        var fixedSource = await AnalyzerHarness.ApplyFixAsync(compilation, Assert.Single(diagnostics));
        AssertFixed("return ApiPortalErrors.TryGet(ApiPortalCode.RpsLimitExceeded, out var found) ? found : null;", fixedSource);
    }

    [Fact]
    public async Task EG1002_comparing_a_responses_code_with_a_literal_is_fixed_to_a_typed_comparison()
    {
        var (diagnostics, compilation) = await AnalyzerHarness.AnalyzeAsync(Consumer("return info.Value == 40111 || (int)code != 40001;"), s_catalogs);
        Assert.Equal(new[] { "EG1002", "EG1002" }, diagnostics.Select(d => d.Id));
        AssertFixed("return info.Code == ApiPortalCode.InvalidPassword || (int)code != 40001;", await AnalyzerHarness.ApplyFixAsync(compilation, diagnostics[0]));
        AssertFixed("return info.Value == 40111 || code != ApiPortalCode.InvalidCaptcha;", await AnalyzerHarness.ApplyFixAsync(compilation, diagnostics[1]));
    }

    [Fact]
    public async Task EG1003_a_deprecated_code_names_and_fixes_to_its_replacement()
    {
        var (diagnostics, compilation) = await AnalyzerHarness.AnalyzeAsync(Consumer("return CardPaymentsCode.CardError;"), s_catalogs);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EG1003", diagnostic.Id);
        Assert.Equal("CardPaymentsCode.CardError (card_error) is deprecated; use CardPaymentsCode.CardDeclined instead", diagnostic.GetMessage());
        Assert.Contains("return CardPaymentsCode.CardDeclined;", await AnalyzerHarness.ApplyFixAsync(compilation, diagnostic));
    }

    [Fact]
    public async Task EG1004_an_unmapped_code_is_flagged_in_web_projects_only()
    {
        var catalog = GeneratorHarness.Catalog("shop.yaml", "catalog: { name: Shop, namespace: Shop }\ncodes:\n  - { code: 7, name: Lost, message: m }\n  - { code: 8, name: Found, message: m, httpStatus: 404 }\n");
        const string source = "public static class Usage { public static object[] Run() => new object[] { Shop.ShopCode.Lost, Shop.ShopCode.Found }; }";

        var (web, _) = await AnalyzerHarness.AnalyzeAsync(source, new[] { catalog }, web: true);
        var diagnostic = Assert.Single(web);
        Assert.Equal("EG1004", diagnostic.Id);
        Assert.Contains("ShopCode.Lost", diagnostic.GetMessage());

        var (library, _) = await AnalyzerHarness.AnalyzeAsync(source, new[] { catalog });
        Assert.Empty(library);
    }

    [Fact]
    public async Task EG1003_and_EG1004_also_flag_the_typed_factories_and_ToException_of_such_codes()
    {
        var catalog = GeneratorHarness.Catalog("shop.yaml", "catalog: { name: Shop, namespace: Shop }\ncodes:\n  - { code: 7, name: Lost, message: \"m {x}\", parameters: { x: int } }\n  - { code: 8, name: Old, message: m, httpStatus: 404, replacedBy: 9 }\n  - { code: 9, name: New, message: m, httpStatus: 404 }\n");
        const string source = "public static class Usage { public static System.Exception[] Run() => new System.Exception[] { Shop.ShopExceptions.Lost(1), Shop.ShopCode.Old.ToException() }; }";
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, new[] { catalog }, web: true);
        Assert.Equal(new[] { "EG1004", "EG1003" }, diagnostics.Select(d => d.Id));
        Assert.Contains("ShopExceptions.Lost()", diagnostics[0].GetMessage());
        Assert.Contains("use ShopCode.New instead", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task EG1005_enum_ToString_is_fixed_to_ToStringFast_and_Enum_Parse_is_flagged()
    {
        var (diagnostics, compilation) = await AnalyzerHarness.AnalyzeAsync(Consumer("return code.ToString() + System.Enum.Parse<ApiPortalCode>(\"Forbidden\");"), s_catalogs);
        Assert.Equal(new[] { "EG1005", "EG1005" }, diagnostics.Select(d => d.Id));
        Assert.Contains("ApiPortalErrors.TryParseName", diagnostics[1].GetMessage());
        AssertFixed("return code.ToStringFast() + System.Enum.Parse<ApiPortalCode>(\"Forbidden\");", await AnalyzerHarness.ApplyFixAsync(compilation, diagnostics[0]));
    }

    private static void AssertFixed(string expectedLine, string fixedSource)
        => Assert.True(fixedSource.Contains(expectedLine, System.StringComparison.Ordinal), "Fixed source:\n" + fixedSource);

    [Fact]
    public async Task Typed_use_of_the_catalog_raises_nothing()
    {
        var source = Consumer("return ApiPortalErrors.TryGet(ApiPortalCode.InvalidCaptcha, out var found) && info.Code == ApiPortalCode.Forbidden && code.ToStringFast() == \"x\";");
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs);
        Assert.Empty(diagnostics);
    }
}
