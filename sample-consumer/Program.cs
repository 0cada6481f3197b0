using System;
using System.Collections.Generic;
using System.Linq;
using Examples.CardPayments;
using Seeds.AnalyticsApi;
using Seeds.ApiPortal;
using Seeds.ModelApi;
using Seeds.OpenPlatform;
using Seeds.TaskMarket;

// Every type used here is generated at build time from the YAML catalogs under catalogs/.
Console.WriteLine("ErrorGen sample consumer: catalogs compiled from catalogs/**/*.yaml");
Console.WriteLine();

PrintCatalog(TaskMarketErrors.CatalogName, TaskMarketErrors.All.Select(e => (e.Value.ToString(), e.MemberName, e.HttpStatus, e.ModuleName, e.IsRetryable, e.Message)));
PrintCatalog(ModelApiErrors.CatalogName, ModelApiErrors.All.Select(e => (e.Value.ToString(), e.MemberName, e.HttpStatus, e.ModuleName, e.IsRetryable, e.Message)));
PrintCatalog(OpenPlatformErrors.CatalogName, OpenPlatformErrors.All.Select(e => (e.Value.ToString(), e.MemberName, e.HttpStatus, e.ModuleName, e.IsRetryable, e.Message)));
PrintCatalog(ApiPortalErrors.CatalogName, ApiPortalErrors.All.Select(e => (e.Value.ToString(), e.MemberName, e.HttpStatus, e.ModuleName, e.IsRetryable, e.Message)));
PrintCatalog(AnalyticsApiErrors.CatalogName, AnalyticsApiErrors.All.Select(e => (e.Value.ToString(), e.MemberName, e.HttpStatus, e.ModuleName, e.IsRetryable, e.Message)));
PrintCatalog(CardPaymentsErrors.CatalogName, CardPaymentsErrors.All.Select(e => (e.Value, e.MemberName, e.HttpStatus, e.ModuleName, e.IsRetryable, e.Message)));

Console.WriteLine("Typed lookups:");
var portal = ApiPortalCode.RpsLimitExceeded.GetInfo();
Console.WriteLine($"  ApiPortalCode.RpsLimitExceeded -> {portal.Value}, HTTP {portal.HttpStatus}, retryable: {portal.IsRetryable}, type: {portal.TypeUri}");
Console.WriteLine($"  OpenPlatformErrors.TryParse(\"20001\") -> {(OpenPlatformErrors.TryParse("20001", out var parsed) ? parsed.ToStringFast() : "unknown")}");
Console.WriteLine($"  AnalyticsApiErrors.TryGetByValue(68300008) -> {(AnalyticsApiErrors.TryGetByValue(68300008, out var analytics) ? analytics.Name + ", retryable: " + analytics.IsRetryable : "unknown")}");
Console.WriteLine($"  CardPaymentsErrors.FormatAmountTooSmall(0.50m, \"EUR\") -> {CardPaymentsErrors.FormatAmountTooSmall(0.50m, "EUR")}");

// ErrorGen's analyzers flag both of these lines; the sample shows them on purpose.
#pragma warning disable EG1003 // deprecated code: the analyzer names its replacement
Console.WriteLine($"  CardPaymentsCode.CardError deprecated, replaced by -> {CardPaymentsCode.CardError.GetInfo().ReplacedBy}");
#pragma warning restore EG1003
#pragma warning disable EG1001 // a literal code that is not in the catalog
Console.WriteLine($"  TaskMarketErrors.TryParse(\"4242\") (not in the catalog) -> {TaskMarketErrors.TryParse("4242", out _)}");
#pragma warning restore EG1001

static void PrintCatalog(string name, IEnumerable<(string Code, string Member, int Http, string? Module, bool Retryable, string Message)> codes)
{
    var list = codes.ToList();
    Console.WriteLine($"{name}: {list.Count} codes");
    foreach (var (code, member, http, module, retryable, message) in list)
    {
        Console.WriteLine($"  {code,-16} {member,-38} HTTP {http}  {module ?? "-",-12} {(retryable ? "retry" : "     ")}  {message}");
    }

    Console.WriteLine();
}
