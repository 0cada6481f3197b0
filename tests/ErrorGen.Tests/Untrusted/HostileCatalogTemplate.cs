using System.Collections.Generic;
using System.Linq;

namespace ErrorGen.Tests.Untrusted;

/// <summary>
/// A catalog that uses every string-valued key of the format (header, envelope, success, locales, modules, codes,
/// parameters, translations, string codes), with one key replaced by a hostile value at a time.
/// </summary>
internal static class HostileCatalogTemplate
{
    /// <summary>Each string-valued key and how a value is written into it (some keys keep a usable prefix).</summary>
    private static readonly Dictionary<string, (string Default, string Format)> s_keys = new()
    {
        ["catalog.name"] = ("Shop", "{0}"),
        ["catalog.namespace"] = ("Shop.Errors", "{0}"),
        ["catalog.description"] = ("The shop's errors.", "{0}"),
        ["catalog.typeBaseUri"] = ("https://errors.example.com/shop#{code}", "{0}"),
        ["catalog.defaultLocale"] = ("en", "{0}"),
        ["catalog.locales"] = ("fr", "{0}"),
        ["success.field"] = ("code", "{0}"),
        ["success.name"] = ("Ok", "{0}"),
        ["success.message"] = ("Done.", "{0}"),
        ["envelope.code"] = ("code", "{0}"),
        ["envelope.message"] = ("message", "{0}"),
        ["envelope.data"] = ("data", "{0}"),
        ["envelope.timestamp"] = ("timestamp", "{0}"),
        ["envelope.recommendation"] = ("hint", "{0}"),
        ["envelope.correlationHeader"] = ("X-Request-Id", "{0}"),
        ["module.name"] = ("Orders", "{0}"),
        ["module.description"] = ("Order errors.", "{0}"),
        ["code.name"] = ("OrderNotFound", "{0}"),
        ["code.title"] = ("Order not found", "{0}"),
        ["code.message"] = ("Order {orderId} was not found.", "Order {{orderId}} was not found. {0}"),
        ["code.recommendation"] = ("Check the order id.", "{0}"),
        ["code.parameter"] = ("orderId", "{0}"),
        ["translation.locale"] = ("fr", "{0}"),
        ["translation.title"] = ("Commande introuvable", "{0}"),
        ["translation.message"] = ("La commande {orderId} est introuvable.", "La commande {{orderId}} est introuvable. {0}"),
        ["stringCode.value"] = ("ORDER_NOT_FOUND", "{0}"),
        ["stringCode.name"] = ("OrderMissing", "{0}"),
    };

    public static IEnumerable<string> Keys => s_keys.Keys;

    /// <summary>The catalog files with <paramref name="key"/> set to <paramref name="value"/> (every other key at its default).</summary>
    public static (string Path, string Text)[] Files(string key, string value)
    {
        string V(string k) => HostileValueCorpus.Quote(k == key ? string.Format(s_keys[k].Format, value) : s_keys[k].Default);

        // The parameter key is used twice (declaration and placeholder): both follow the hostile value.
        var parameter = key == "code.parameter" ? value : "orderId";
        var message = key == "code.message" ? V("code.message") : HostileValueCorpus.Quote("Order {" + parameter + "} was not found.");
        var translated = key == "translation.message" ? V("translation.message") : HostileValueCorpus.Quote("La commande {" + parameter + "} est introuvable.");
        var catalog = $"""
            catalog:
              name: {V("catalog.name")}
              namespace: {V("catalog.namespace")}
              description: {V("catalog.description")}
              typeBaseUri: {V("catalog.typeBaseUri")}
              defaultHttpStatus: 400
              internalErrorCode: 50001
              rateLimitCode: 42901
              defaultLocale: {V("catalog.defaultLocale")}
              locales: [{V("catalog.locales")}]
              success:
                field: {V("success.field")}
                value: 0
                name: {V("success.name")}
                message: {V("success.message")}
              envelope:
                mode: negotiate
                code: {V("envelope.code")}
                message: {V("envelope.message")}
                data: {V("envelope.data")}
                timestamp: {V("envelope.timestamp")}
                recommendation: {V("envelope.recommendation")}
                correlationHeader: {V("envelope.correlationHeader")}
            modules:
              - name: {V("module.name")}
                description: {V("module.description")}
                ranges: 40000-40999
            codes:
              - code: 40001
                name: {V("code.name")}
                module: {V("module.name")}
                httpStatus: 404
                title: {V("code.title")}
                message: {message}
                recommendation: {V("code.recommendation")}
                parameters:
                  {HostileValueCorpus.Quote(parameter)}: string
              - code: 42901
                name: RateLimited
                httpStatus: 429
                message: Too many requests.
              - code: 50001
                name: InternalFailure
                httpStatus: 500
                message: Something went wrong.
            """;
        var translation = $"""
            catalog: {V("catalog.name")}
            locale: {V("translation.locale")}
            translations:
              - code: 40001
                title: {V("translation.title")}
                message: {translated}
            """;
        var stringCodes = $"""
            catalog:
              name: Labels
              namespace: Shop.Labels
              codeType: string
              defaultHttpStatus: 400
            codes:
              - code: {V("stringCode.value")}
                name: {V("stringCode.name")}
                message: Label problem.
              - code: OTHER
                name: Other
                message: Other problem.
            """;
        return new[]
        {
            ("/catalogs/shop.yaml", catalog),
            ("/catalogs/shop.fr.yaml", translation),
            ("/catalogs/labels.yaml", stringCodes),
        };
    }

    public static bool IsDefault(string key, string value) => s_keys[key].Default == value;

    public static IReadOnlyList<string> AllKeys => s_keys.Keys.ToList();
}
