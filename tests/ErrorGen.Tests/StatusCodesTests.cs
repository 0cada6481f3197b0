using System.Linq;
using ErrorGen.Tests.Infrastructure;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>
/// <c>statusCodes:</c> in the header: body-less error statuses answered with a code of the catalog. Each mistake is a
/// located EG0008 and drops only its own entry; the rest still generates.
/// </summary>
public class StatusCodesTests
{
    private static string Catalog(string statusCodes) => $$"""
        catalog:
          name: Shop
          namespace: Shop.Errors
          defaultHttpStatus: 400
          statusCodes: {{statusCodes}}
        codes:
          - { code: 40400, name: NoSuchThing, httpStatus: 404, message: Not found. }
          - { code: 41500, name: WrongMediaType, httpStatus: 415, message: Unsupported media type. }
          - { code: 40001, name: Bad, message: "Bad {field}.", parameters: { field: string } }
        """;

    [Fact]
    public void Mapped_statuses_generate_the_status_code_page_of_the_catalog()
    {
        var run = Run(aspNetCore: true, ("/catalogs/shop.yaml", Catalog("{ 404: 40400, 415: 41500 }")));

        Assert.Empty(run.Diagnostics);
        var source = run.Sources.Single(s => s.Key.EndsWith("Shop.AspNetCore.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("case 404: return WriteErrorAsync(context.HttpContext, ShopExceptions.ToException(global::Shop.Errors.ShopCode.NoSuchThing));", source);
        Assert.Contains("case 415: return WriteErrorAsync(context.HttpContext, ShopExceptions.ToException(global::Shop.Errors.ShopCode.WrongMediaType));", source);
        Assert.Contains("public static global::Microsoft.AspNetCore.Builder.IApplicationBuilder UseShopStatusCodePages(", source);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("{ 200: 40400 }", "200", "Invalid statusCodes key '200': only error statuses (400-599) are answered with a code")]
    [InlineData("{ nope: 40400 }", "nope", "Invalid statusCodes key 'nope': only error statuses (400-599) are answered with a code")]
    [InlineData("{ 404: 41500 }", "41500", "Invalid statusCodes: 404 '41500': code 41500 is served with HTTP 415; a status page keeps the status it answers, so pick a code with HTTP 404")]
    [InlineData("{ 400: 40001 }", "40001", "has placeholders")]
    [InlineData("{ 404: [40400] }", "[40400]", "Invalid statusCodes: 404 '404': the value is not a code (an integer or a text value)")]
    public void A_mistake_is_located_and_drops_only_its_entry(string statusCodes, string at, string message)
    {
        var yaml = Catalog(statusCodes.TrimEnd('}') + ", 415: 41500 }");
        var run = Run(aspNetCore: true, ("/catalogs/shop.yaml", yaml));

        var diagnostic = run.Single("EG0008");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, at));
        Assert.Contains(message, diagnostic.GetMessage());
        var source = run.Sources.Single(s => s.Key.EndsWith("Shop.AspNetCore.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("case 415:", source);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_catalog_that_maps_nothing_gets_no_status_code_page()
    {
        var yaml = Catalog("{}").Replace("  statusCodes: {}\n", string.Empty);
        var source = Run(aspNetCore: true, ("/catalogs/shop.yaml", yaml)).Sources
            .Single(s => s.Key.EndsWith("Shop.AspNetCore.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("WriteStatusCodePageAsync", source);
    }
}
