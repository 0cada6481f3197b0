using System.Linq;
using System.Threading.Tasks;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>EG1006: a minimal API endpoint declares its codes, and its handler throws or returns another one.</summary>
public class EndpointContractAnalyzerTests
{
    private static readonly (string Path, string Text)[] s_catalogs =
        SeedCatalogTests.Files("api-portal.yaml").Concat(SeedCatalogTests.Files("examples/card-payments.yaml")).ToArray();

    private static string App(string endpoints) => $$"""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Seeds.ApiPortal;
        using Examples.CardPayments;

        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                {{endpoints}}
            }
        }
        """;

    [Fact]
    public async Task EG1006_an_undeclared_code_thrown_by_the_handler()
    {
        var source = App("""
            app.MapGet("/orders/{id}", IResult (string id) => id == "0"
                    ? throw ApiPortalCode.OrderExpired.ToException()
                    : ApiPortalCode.OrderNotFound.ToResult())
                .ProducesErrors(ApiPortalCode.OrderNotFound, ApiPortalCode.ForbiddenResource);
            """);
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs, web: true);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EG1006", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "ApiPortalCode.OrderExpired is thrown or returned by this endpoint, which declares only ApiPortalCode.OrderNotFound, "
                + "ApiPortalCode.ForbiddenResource: add it to ProducesErrors(...) or answer with a declared code",
            diagnostic.GetMessage());
        Assert.Equal("ApiPortalCode.OrderExpired.ToException()", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Theory]
    [InlineData("throw ApiPortalException.Create(ApiPortalCode.OrderExpired);", "ApiPortalException.Create(ApiPortalCode.OrderExpired)")]
    [InlineData("return ApiPortalCode.OrderExpired.ToResult();", "ApiPortalCode.OrderExpired.ToResult()")]
    public async Task EG1006_sees_results_and_Create_in_a_block_body_after_other_builder_calls(string statement, string flagged)
    {
        var source = App($$"""
            app.MapPost("/pay", IResult () => { {{statement}} })
                .WithName("Pay")
                .ProducesErrors(ApiPortalCode.OrderNotFound);
            """);
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs, web: true);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EG1006", diagnostic.Id);
        Assert.Equal(flagged, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public async Task EG1006_typed_factories_of_string_code_catalogs()
    {
        var source = App("""
            app.MapPost("/charge", IResult (decimal amount) => amount < 1
                    ? CardPaymentsExceptions.AmountTooSmall(minimum: 1m, currency: "EUR").ToResult()
                    : throw CardPaymentsCode.CardDeclined.ToException())
                .ProducesErrors(CardPaymentsCode.AmountTooSmall);
            """);
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs, web: true);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CardPaymentsCode.CardDeclined.ToException()", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public async Task Declared_codes_undeclared_endpoints_and_other_catalogs_are_not_flagged()
    {
        var source = App("""
            app.MapGet("/a", IResult () => throw ApiPortalCode.OrderNotFound.ToException()).ProducesErrors(ApiPortalCode.OrderNotFound);
            app.MapGet("/b", IResult () => throw ApiPortalCode.OrderExpired.ToException());
            app.MapGet("/c", IResult () => throw CardPaymentsCode.CardDeclined.ToException()).ProducesErrors(ApiPortalCode.OrderNotFound);
            """);
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs, web: true);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task EG1006_a_controller_action_under_the_catalogs_attribute()
    {
        var source = """
            using Microsoft.AspNetCore.Mvc;
            using Seeds.ApiPortal;
            using Examples.CardPayments;

            [ApiPortalErrors(ApiPortalCode.OrderNotFound)]
            public sealed class OrdersController : ControllerBase
            {
                public IActionResult Get(string id) => id == "0" ? ApiPortalCode.OrderExpired.ToResult() : ApiPortalCode.OrderNotFound.ToResult();

                [CardPaymentsErrors("amount_too_small")]
                public IActionResult Charge(decimal amount) => throw CardPaymentsCode.CardDeclined.ToException();

                public IActionResult Pay() => throw CardPaymentsCode.CardDeclined.ToException();
            }
            """;
        var (diagnostics, _) = await AnalyzerHarness.AnalyzeAsync(source, s_catalogs, web: true);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("EG1006", d.Id));
        Assert.Equal(
            "ApiPortalCode.OrderExpired is thrown or returned by this endpoint, which declares only ApiPortalCode.OrderNotFound: "
                + "add it to [ApiPortalErrors(...)] or answer with a declared code",
            diagnostics[0].GetMessage());
        Assert.Equal("CardPaymentsCode.CardDeclined.ToException()", diagnostics[1].Location.SourceTree!.GetText().ToString(diagnostics[1].Location.SourceSpan));
    }
}
