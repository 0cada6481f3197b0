using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ErrorGen.Model;

namespace ErrorGen.Cli.Export;

/// <summary>
/// Every catalog as one JSON document for any other tool (a Python service, a docs site, a dashboard): header, envelope,
/// modules and codes with their statuses, texts in every locale, parameters and public fields.
/// </summary>
internal static class JsonBundleWriter
{
    public const string FileName = "errorgen-catalogs.json";

    public static string Write(IReadOnlyList<CatalogSpec> catalogs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("catalogs");
            foreach (var catalog in catalogs)
            {
                WriteCatalog(json, catalog);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCatalog(Utf8JsonWriter json, CatalogSpec catalog)
    {
        json.WriteStartObject();
        json.WriteString("name", catalog.Name);
        json.WriteString("namespace", catalog.Namespace);
        json.WriteString("description", catalog.Description);
        json.WriteString("codeType", catalog.CodeType == CodeType.Integer ? "int" : "string");
        json.WriteBoolean("http", catalog.HasHttp);
        json.WriteString("typeBaseUri", catalog.TypeBaseUri);
        json.WriteString("defaultLocale", catalog.DefaultLocale);
        json.WriteStartArray("locales");
        json.WriteStringValue(catalog.DefaultLocale);
        foreach (var locale in catalog.TranslatedLocales)
        {
            json.WriteStringValue(locale);
        }

        json.WriteEndArray();
        WriteEnvelope(json, catalog);
        json.WriteStartArray("modules");
        foreach (var module in catalog.Modules)
        {
            json.WriteStartObject();
            json.WriteString("name", module.Name);
            json.WriteString("description", module.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("codes");
        foreach (var code in catalog.Codes)
        {
            WriteCode(json, catalog, code);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEnvelope(Utf8JsonWriter json, CatalogSpec catalog)
    {
        if (catalog.Envelope is not { } envelope)
        {
            json.WriteNull("envelope");
        }
        else
        {
            json.WriteStartObject("envelope");
            json.WriteBoolean("negotiatesProblemDetails", envelope.NegotiateProblemDetails);
            json.WriteString("code", envelope.CodeField);
            json.WriteString("message", envelope.MessageField);
            json.WriteString("data", envelope.DataField);
            json.WriteString("timestamp", envelope.TimestampField);
            json.WriteString("recommendation", envelope.RecommendationField);
            json.WriteString("status", envelope.StatusField);
            json.WriteString("correlationHeader", envelope.CorrelationHeader);
            json.WriteEndObject();
        }

        if (catalog.Success is not { } success)
        {
            json.WriteNull("success");
            return;
        }

        json.WriteStartObject("success");
        json.WriteString("field", success.Field);
        json.WriteString("value", success.ValueText);
        json.WriteBoolean("isCode", success.IsCode);
        json.WriteEndObject();
    }

    private static void WriteCode(Utf8JsonWriter json, CatalogSpec catalog, CodeSpec code)
    {
        json.WriteStartObject();
        if (catalog.CodeType == CodeType.Integer)
        {
            json.WriteNumber("code", code.Integer);
        }
        else
        {
            json.WriteString("code", code.Text);
        }

        json.WriteString("name", code.MemberName);
        json.WriteString("kind", code.IsSuccess ? "success" : code.Kind.ToString().ToLowerInvariant());
        json.WriteString("module", code.Module?.Name);
        if (catalog.HasHttp)
        {
            json.WriteNumber("httpStatus", code.HttpStatus);
            json.WriteString("typeUri", code.TypeUri);
        }

        json.WriteBoolean("retryable", code.IsRetryable);
        json.WriteBoolean("deprecated", code.IsDeprecated);
        json.WriteString("replacedBy", code.ReplacedByIdentifier);
        json.WriteString("title", code.Title);
        json.WriteString("message", code.Message);
        json.WriteString("recommendation", code.Recommendation);
        json.WriteStartArray("parameters");
        foreach (var parameter in code.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("name", parameter.Name);
            json.WriteString("type", parameter.Type == ParameterType.DateTimeOffset ? "datetime" : parameter.Type.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("translations");
        foreach (var translation in code.Translations)
        {
            json.WriteStartObject(translation.Locale);
            json.WriteString("title", translation.Title);
            json.WriteString("message", translation.Message);
            json.WriteString("recommendation", translation.Recommendation);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("fields");
        for (var i = 0; i < catalog.Fields.Count && i < code.Fields.Count; i++)
        {
            if (catalog.Fields[i].IsPublic && code.Fields[i].Text is { } value)
            {
                json.WriteString(catalog.Fields[i].Name, value);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
