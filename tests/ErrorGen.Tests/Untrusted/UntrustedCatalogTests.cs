using System;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests.Untrusted;

/// <summary>
/// One test per class of untrusted input (issue 11): each pins the located EG diagnostic a hostile or careless
/// catalog gets instead of injected code, a compiler error, a crash or a build that silently passes.
/// </summary>
public class UntrustedCatalogTests
{
    private static string Shop(string codes, string header = "") => $"""
        catalog:
          name: Shop
          namespace: Shop.Errors
          defaultHttpStatus: 400
        {header}
        codes:
        {codes}
        """;

    private static GeneratorRun RunShop(string yaml, bool aspNetCore = false) => Run(aspNetCore, Catalog("shop.yaml", yaml));

    private static void AssertRejected(GeneratorRun run, string id, string yaml, string at)
    {
        var diagnostic = run.Diagnostics.FirstOrDefault(d => d.Id == id)
            ?? throw new Xunit.Sdk.XunitException($"expected {id}, got:\n{string.Join("\n", run.Diagnostics)}");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, at));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("\\n")]
    [InlineData("\\r")]
    [InlineData("\\u2028")]
    [InlineData("\\u0085")]
    public void A_line_break_in_the_catalog_name_is_an_error_not_injected_code(string lineBreak)
    {
        var yaml = $"catalog:\n  name: \"Shop{lineBreak}public static partial class Injected {{ }}{lineBreak}//\"\n  defaultHttpStatus: 400\ncodes:\n  - code: 1\n    name: A\n    message: m\n";
        var run = Run(aspNetCore: true, Catalog("shop.yaml", yaml));
        var diagnostic = run.Single("EG0008");
        Assert.Contains("catalog name", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("line-breaking", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
        Assert.Null(run.Output.GetTypeByMetadataName("Injected"));
    }

    [Fact]
    public void Xml_doc_text_never_holds_a_line_break_of_any_kind()
    {
        var xml = ErrorGen.Emit.CSharpText.Xml("a\nb\rc\u0085d\u2028e\u2029f<g>&");
        Assert.Equal("a b c d e f&lt;g&gt;&amp;", xml);
    }

    [Fact]
    public void Catalogs_that_become_the_same_type_are_an_error_on_the_second_and_the_first_still_generates()
    {
        var first = "catalog:\n  name: Shop\n  namespace: Same\n  defaultHttpStatus: 400\ncodes:\n  - code: 1\n    name: A\n    message: m\n";
        var second = "catalog:\n  name: shop\n  namespace: Same\n  defaultHttpStatus: 400\ncodes:\n  - code: 2\n    name: B\n    message: m\n";
        var other = "catalog:\n  name: Other\n  namespace: Same\n  defaultHttpStatus: 400\ncodes:\n  - code: 3\n    name: C\n    message: m\n";

        var run = Run(aspNetCore: true, Catalog("a.yaml", first), Catalog("b.yaml", second), Catalog("c.yaml", other));

        var clash = run.Single("EG0050");
        DiagnosticAssert.At(clash, "/catalogs/b.yaml", (2, 9));
        Assert.Contains("'ShopCode'", clash.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(run.Sources.Keys, k => k == "Same.Shop.Code.g.cs");
        Assert.Contains(run.Sources.Keys, k => k == "Same.Other.Code.g.cs");
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("A = 1", run.Sources["Same.Shop.Code.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Foo_Bar", "foo-bar", null)]
    [InlineData("Shop", "ShopOrder", "    ranges: 1-9\n")]
    [InlineData("ShopApi", "ShopAPI", null)]
    public void Names_that_clash_after_normalisation_or_with_generated_types_are_EG0050(string firstName, string secondName, string? moduleRanges)
    {
        var modules = moduleRanges is null ? string.Empty : "modules:\n  - name: Order\n" + moduleRanges;
        var module = moduleRanges is null ? string.Empty : "    module: Order\n";
        var first = $"catalog:\n  name: {firstName}\n  namespace: Same\n  defaultHttpStatus: 400\n{modules}codes:\n  - code: 1\n    name: A\n{module}    message: m\n";
        var second = $"catalog:\n  name: {secondName}\n  namespace: Same\n  defaultHttpStatus: 400\ncodes:\n  - code: 2\n    name: B\n    message: m\n";

        var run = Run(Catalog("a.yaml", first), Catalog("b.yaml", second));

        Assert.Equal("/catalogs/b.yaml", run.Single("EG0050").Location.GetLineSpan().Path);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("ShopErrors", "is the name of a type")]
    [InlineData("ShopExceptions", "is the name of a type")]
    [InlineData("Template", "member ErrorGen generates")]
    [InlineData("ShopCode", "is the name of a type")]
    public void Code_names_that_take_a_generated_name_are_EG0008_at_the_name(string name, string reason)
    {
        var yaml = Shop($"  - code: 1\n    name: {name}\n    message: m {{x}}\n    parameters: {{ x: int }}\n  - code: 2\n    name: Fine\n    message: m\n");
        var run = RunShop(yaml, aspNetCore: true);
        var diagnostic = run.Single("EG0008");
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        AssertRejected(run, "EG0008", yaml, name);
        Assert.Contains("Fine = 2", run.Sources["Shop.Errors.Shop.Code.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("innerException", "every exception factory already has")]
    [InlineData("ShopErrors", "is the name of a type")]
    public void Parameter_names_that_take_a_generated_name_are_EG0008(string parameter, string reason)
    {
        var yaml = Shop($"  - code: 1\n    name: A\n    message: \"m {{{parameter}}}\"\n    parameters: {{ {parameter}: string }}\n");
        var run = RunShop(yaml);
        Assert.Contains(reason, run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Parameters_that_become_the_same_identifier_are_EG0008()
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: \"{order-id} {orderid}\"\n    parameters: { order-id: string, orderid: string }\n");
        var run = RunShop(yaml);
        Assert.Contains("becomes the C# parameter 'orderid'", run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Names_differing_only_by_normalisation_form_collide()
    {
        var yaml = Shop("  - code: 1\n    name: \"Caf\\u00E9\"\n    message: m\n  - code: 2\n    name: \"Cafe\\u0301\"\n    message: m\n");
        var run = RunShop(yaml);
        var collisions = run.Diagnostics.Where(d => d.Id == "EG0019").ToList();
        Assert.Equal(2, collisions.Count); // at both names: neither is shipped
        Assert.All(collisions, c => Assert.Contains("'Café'", c.GetMessage(), StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("\\u200B")]
    [InlineData("\\u202E")]
    [InlineData("\\u2066")]
    [InlineData("\\uFEFF")]
    public void Invisible_and_bidi_characters_never_reach_an_identifier(string invisible)
    {
        var yaml = Shop($"  - code: 1\n    name: \"Ord{invisible}er\"\n    message: m\n");
        var run = RunShop(yaml);
        Assert.Contains("invisible", run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("Shop._")]
    [InlineData("global.Errors")]
    [InlineData("Shop.class")]
    [InlineData("Shop\\u200B.Errors")]
    public void Namespaces_that_would_not_compile_are_EG0008(string ns)
    {
        var yaml = $"catalog:\n  name: Shop\n  namespace: \"{ns}\"\n  defaultHttpStatus: 400\ncodes:\n  - code: 1\n    name: A\n    message: m\n";
        var run = RunShop(yaml);
        Assert.Contains("namespace", run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Contextual_keywords_as_names_and_namespaces_compile()
    {
        var keywords = new[] { "var", "dynamic", "record", "file", "required", "scoped", "nameof", "value", "async", "await", "yield", "partial", "when", "where", "select", "field", "get", "set", "init", "add", "remove", "notnull", "unmanaged", "managed", "args", "with", "and", "or", "not" };
        var codes = string.Concat(keywords.Select((k, i) => $"  - code: {i + 1}\n    name: {k}\n    message: \"{{{k}}}\"\n    parameters: {{ {k}: string }}\n    module: {k}\n"));
        var modules = "modules:\n" + string.Concat(keywords.Select(k => $"  - name: {k}\n"));
        foreach (var ns in new[] { "Shop.Errors", "var.dynamic.record.file" })
        {
            var yaml = $"catalog:\n  name: Shop\n  namespace: {ns}\n  defaultHttpStatus: 400\n{modules}codes:\n{codes}";
            var run = RunShop(yaml, aspNetCore: true);
            Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(run.CompilationDiagnostics);
        }
    }

    [Fact]
    public void A_name_longer_than_the_identifier_limit_is_EG0008()
    {
        var yaml = Shop($"  - code: 1\n    name: {new string('A', 300)}\n    message: m\n");
        var run = RunShop(yaml);
        Assert.Contains("limit is 128", run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_namespace_still_gives_short_unique_hint_names()
    {
        var ns = string.Join(".", Enumerable.Repeat("VeryLongNamespacePart", 12));
        var yaml = $"catalog:\n  name: Shop\n  namespace: {ns}\n  defaultHttpStatus: 400\ncodes:\n  - code: 1\n    name: A\n    message: m\n";
        var run = Run(aspNetCore: true, Catalog("shop.yaml", yaml));
        Assert.All(run.Sources.Keys, k => Assert.True(k.Length <= 120, k));
        Assert.Equal(run.Sources.Count, run.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_empty_catalog_compiles_without_a_warning()
    {
        var yaml = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\n";
        var run = Run(aspNetCore: true, Catalog("shop.yaml", yaml));
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("101", "EG0054")]
    [InlineData("204", "EG0054")]
    [InlineData("205", "EG0054")]
    [InlineData("304", "EG0054")]
    [InlineData("302", "EG0018")]
    public void Statuses_without_a_body_are_errors_and_other_non_error_statuses_warnings(string status, string id)
    {
        var yaml = Shop($"  - code: 1\n    name: A\n    httpStatus: {status}\n    message: m\n");
        var run = RunShop(yaml);
        var diagnostic = run.Single(id);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, status));
        Assert.Equal(id == "EG0054" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void An_internal_error_code_with_placeholders_is_EG0008()
    {
        var yaml = Shop("  - code: 1\n    name: Internal\n    message: \"Failed: {reason}\"\n    parameters: { reason: string }\n", "  internalErrorCode: 1");
        var run = RunShop(yaml);
        Assert.Contains("has placeholders ({reason})", run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_cycle_is_EG0052_once()
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n    replacedBy: 2\n  - code: 2\n    name: B\n    message: m\n    replacedBy: 3\n  - code: 3\n    name: C\n    message: m\n    replacedBy: 1\n");
        var run = RunShop(yaml);
        Assert.Contains("1 → 2 → 3 → 1", run.Single("EG0052").GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999999999999999xxxx")]
    [InlineData("922337203685477580x")]
    public void Prefix_patterns_that_would_overflow_are_EG0008(string pattern)
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n", "modules:\n  - name: Big\n    ranges: " + pattern);
        var run = RunShop(yaml.Replace("\ncodes:", "\ncodes:", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.Id == "EG0008" && d.GetMessage().Contains("beyond the largest integer code", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\" PADDED\"")]
    [InlineData("\"TAB\\t\"")]
    [InlineData("\"BELL\\a\"")]
    public void String_codes_with_padding_or_control_characters_are_EG0008(string code)
    {
        var yaml = $"catalog:\n  name: Shop\n  namespace: Shop.Errors\n  codeType: string\n  defaultHttpStatus: 400\ncodes:\n  - code: {code}\n    name: A\n    message: m\n";
        var run = RunShop(yaml);
        Assert.Contains("string code", run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_spaced_placeholder_is_EG0026_in_messages_and_translations()
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: \"Hi { name }\"\n    parameters: { name: string }\n");
        Assert.Contains("spaces around its name", RunShop(yaml).Single("EG0026").GetMessage(), StringComparison.Ordinal);

        var catalog = Shop("  - code: 1\n    name: A\n    message: \"Hi {name}\"\n    parameters: { name: string }\n", "  locales: [fr]");
        var translation = "catalog: Shop\nlocale: fr\ntranslations:\n  - code: 1\n    message: \"Salut { name }\"\n";
        var run = Run(Catalog("shop.yaml", catalog), Catalog("shop.fr.yaml", translation));
        Assert.Equal("/catalogs/shop.fr.yaml", run.Single("EG0026").Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("\"fr\\n\"")]
    [InlineData("\"fr-\"")]
    [InlineData("\"f\"")]
    [InlineData("\"fr_FR\"")]
    public void Locale_tags_are_checked_character_by_character(string tag)
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n", $"  locales: [{tag}]");
        Assert.Contains("not a locale name", RunShop(yaml).Single("EG0040").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Locale_tags_differing_only_by_case_are_EG0040()
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n", "  locales: [zh-CN, zh-cn]");
        Assert.Contains("listed twice", RunShop(yaml).Single("EG0040").GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "scheme 'javascript'")]
    [InlineData("\"https://x.example/a b\"", "no white space")]
    [InlineData("\"https://x.example/\\u0007\"", "no white space")]
    [InlineData("file:///etc/passwd", "scheme 'file'")]
    public void Type_base_uris_must_be_clean_http_urn_or_tag_uris(string uri, string reason)
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n", $"  typeBaseUri: {uri}");
        Assert.Contains(reason, RunShop(yaml).Single("EG0008").GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"X-Id: 1\"", "cannot appear in an HTTP header name")]
    [InlineData("\"X-Id\\r\\nSet-Cookie: a=b\"", "cannot appear in an HTTP header name")]
    [InlineData("\"X Id\"", "cannot appear in an HTTP header name")]
    [InlineData("\"X-Idé\"", "cannot appear in an HTTP header name")]
    [InlineData("Content-Length", "protocol or the server sets")]
    [InlineData("transfer-encoding", "protocol or the server sets")]
    [InlineData("Connection", "protocol or the server sets")]
    [InlineData("\"\"", "cannot be empty")]
    public void Correlation_header_names_are_http_tokens_the_api_owns(string header, string reason)
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n", $"  envelope:\n    correlationHeader: {header}");
        var run = RunShop(yaml, aspNetCore: true);
        Assert.Contains(reason, run.Single("EG0008").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Two_envelope_fields_with_one_name_are_EG0008_at_the_second()
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: m\n", "  envelope:\n    code: error\n    message: error");
        var run = RunShop(yaml, aspNetCore: true);
        var diagnostic = run.Single("EG0008");
        Assert.Contains("'code' field has this name too", diagnostic.GetMessage(), StringComparison.Ordinal);
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, "error", 2));
    }

    [Fact]
    public void A_utf32_file_is_EG0055_not_an_internal_error()
    {
        var utf32 = new System.Text.UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes("catalog:\n  name: Shop\n");
        var text = System.Text.Encoding.UTF8.GetString(utf32);
        var run = Run(Catalog("shop.yaml", text));
        Assert.Contains("not UTF-8", run.Single("EG0055").GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "EG0099");
    }

    [Fact]
    public void Invalid_utf8_shown_as_replacement_characters_is_EG0055_where_it_is()
    {
        var yaml = Shop("  - code: 1\n    name: A\n    message: \"bad \uFFFD byte\"\n");
        DiagnosticAssert.At(Run(Catalog("shop.yaml", yaml)).Single("EG0055"), "/catalogs/shop.yaml", YamlPosition.Of(yaml, "\uFFFD"));
    }

    [Theory]
    [InlineData("!!binary aGVsbG8=")]
    [InlineData("!custom text")]
    [InlineData("!!int 5")]
    public void Yaml_tags_on_values_are_EG0006(string tagged)
    {
        var yaml = Shop($"  - code: 1\n    name: A\n    message: {tagged}\n");
        Assert.Contains("tags", RunShop(yaml).Single("EG0006").GetMessage(), StringComparison.Ordinal);
    }
}
