using System.Linq;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>The ASP.NET Core integration records every error for OpenTelemetry, unless the catalog says <c>telemetry: false</c>.</summary>
public class TelemetryOptionTests
{
    private static string Catalog(string option) => $$"""
        catalog:
          name: ShopOrders
          namespace: Shop.Errors
          defaultHttpStatus: 400{{option}}
        codes:
          - { code: 40401, name: OrderNotFound, httpStatus: 404, message: The order was not found. }
        """;

    [Fact]
    public void A_catalog_counts_its_errors_on_the_ErrorGen_meter_under_its_own_instrument()
    {
        var run = GeneratorHarness.Run(aspNetCore: true, GeneratorHarness.Catalog("shop.yaml", Catalog(string.Empty)));

        var integration = run.Sources["Shop.Errors.ShopOrders.AspNetCore.g.cs"];
        Assert.Contains("CatalogRuntime.Meter.CreateCounter<long>(\n            \"errorgen.shop_orders.errors\", \"{error}\"", integration);
        Assert.Contains("CatalogRuntime.RecordError(s_errors, httpContext, error.HttpStatus,", integration);
        Assert.Contains("new global::System.Diagnostics.Metrics.Meter(\"ErrorGen\")", run.Sources["ErrorGen.CatalogRuntime.g.cs"]);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Telemetry_false_leaves_the_signals_out_and_keeps_the_log()
    {
        var run = GeneratorHarness.Run(aspNetCore: true, GeneratorHarness.Catalog("shop.yaml", Catalog("\n  telemetry: false")));

        var integration = run.Sources["Shop.Errors.ShopOrders.AspNetCore.g.cs"];
        Assert.DoesNotContain("RecordError", integration);
        Assert.DoesNotContain("CreateCounter", integration);
        Assert.Contains("CatalogRuntime.LogError(_logger, error.HttpStatus, error.Info.Value, error.Info.MemberName,", integration);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Telemetry_must_be_a_boolean()
    {
        var run = GeneratorHarness.Run(aspNetCore: true, GeneratorHarness.Catalog("shop.yaml", Catalog("\n  telemetry: sometimes")));

        Assert.Contains("'telemetry' must be", run.Single("EG0003").GetMessage());
    }
}
