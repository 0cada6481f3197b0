using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Reading;

/// <summary>
/// Reads one catalog file: YAML text → <see cref="YamlNodeSyntax"/> → <see cref="CatalogFile"/>, checking the
/// catalog schema (keys, types, required fields) on the way. Never throws for bad input.
/// The keys here are the v1 format documented in catalogs/README.md and catalogs/errorgen.schema.json.
/// </summary>
internal static class CatalogFileReader
{
    private static readonly string[] s_rootKeys = { "catalog", "modules", "httpRules", "codes", "locale", "translations" };
    private static readonly string[] s_translationKeys = { "code", "title", "message", "recommendation" };
    private static readonly string[] s_catalogKeys =
    {
        "name", "namespace", "description", "codeType", "typeBaseUri", "defaultHttpStatus", "success", "internalErrorCode", "rateLimitCode",
        "statusCodes", "envelope", "defaultLocale", "locales", "strictLocales", "accessibility", "codeSpace", "http", "telemetry",
        "messageFormat", "fields",
    };

    private static readonly string[] s_envelopeKeys =
    {
        "mode", "code", "message", "data", "timestamp", "recommendation", "status", "correlationHeader",
    };

    private static readonly Dictionary<string, bool> s_envelopeModes = new(StringComparer.Ordinal)
    {
        ["replace"] = false,
        ["negotiate"] = true,
    };
    private static readonly string[] s_successKeys = { "field", "value", "name", "message" };
    private static readonly string[] s_moduleKeys = { "name", "description", "ranges", "httpStatus", "retryable" };
    private static readonly string[] s_ruleKeys = { "match", "httpStatus" };
    private static readonly string[] s_codeKeys =
    {
        "code", "name", "module", "httpStatus", "title", "message", "recommendation", "retryable", "deprecated", "replacedBy", "parameters",
        "messageFormat", "kind", "fields",
    };

    private static readonly Dictionary<string, bool> s_accessibilities = new(StringComparer.Ordinal)
    {
        ["public"] = false,
        ["internal"] = true,
    };

    private static readonly Dictionary<string, MessageFormat> s_messageFormats = new(StringComparer.Ordinal)
    {
        ["braces"] = Model.MessageFormat.Braces,
        ["plain"] = Model.MessageFormat.Plain,
        ["printf"] = Model.MessageFormat.Printf,
    };

    private static readonly Dictionary<string, CodeKind> s_kinds = new(StringComparer.Ordinal)
    {
        ["error"] = CodeKind.Error,
        ["warning"] = CodeKind.Warning,
        ["info"] = CodeKind.Info,
        ["success"] = CodeKind.Success,
    };

    private static readonly Dictionary<string, CodeType> s_codeTypes = new(StringComparer.Ordinal)
    {
        ["int"] = Model.CodeType.Integer,
        ["string"] = Model.CodeType.String,
    };

    private static readonly Dictionary<string, ParameterType> s_parameterTypes = new(StringComparer.Ordinal)
    {
        ["string"] = ParameterType.String,
        ["int"] = ParameterType.Int,
        ["long"] = ParameterType.Long,
        ["double"] = ParameterType.Double,
        ["decimal"] = ParameterType.Decimal,
        ["bool"] = ParameterType.Bool,
        ["guid"] = ParameterType.Guid,
        ["datetime"] = ParameterType.DateTimeOffset,
    };

    public static CatalogFile Read(string path, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var root = YamlSyntaxReader.Read(path, text, diagnostics, cancellationToken);
        var modules = new List<ModuleDeclaration>();
        var rules = new List<HttpRuleDeclaration>();
        var codes = new List<CodeDeclaration>();
        Located<string>? catalogName = null;
        Located<string>? locale = null;
        var translations = new List<TranslationDeclaration>();
        CatalogHeader? header = null;

        var fileStart = SourceLocation.FileStart(path);
        if (root is YamlMappingSyntax rootMapping)
        {
            var reader = new MappingReader(rootMapping, "the catalog file", s_rootKeys, diagnostics);
            (catalogName, header) = ReadCatalogHeader(reader, diagnostics);
            foreach (var node in reader.Sequence("modules"))
            {
                if (AsMapping(node, "a module", diagnostics) is { } mapping && ReadModule(mapping, diagnostics) is { } module)
                {
                    modules.Add(module);
                }
            }

            foreach (var node in reader.Sequence("httpRules"))
            {
                if (AsMapping(node, "an HTTP rule", diagnostics) is { } mapping && ReadRule(mapping, diagnostics) is { } rule)
                {
                    rules.Add(rule);
                }
            }

            locale = reader.String("locale");
            foreach (var node in reader.Sequence("translations"))
            {
                if (AsMapping(node, "a translation", diagnostics) is { } mapping)
                {
                    var entry = new MappingReader(mapping, "a translation", s_translationKeys, diagnostics);
                    if (entry.Code("code", required: true) is { } translated)
                    {
                        translations.Add(new TranslationDeclaration(
                            mapping.Location, translated, entry.String("title"), entry.String("message"), entry.String("recommendation")));
                    }
                }
            }

            foreach (var node in reader.Sequence("codes"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (AsMapping(node, "a code", diagnostics) is { } mapping && ReadCode(mapping, diagnostics) is { } code)
                {
                    codes.Add(code);
                }
            }
        }
        else if (root is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.WrongType, root.Location, "the catalog file", "a mapping with 'catalog', 'modules' and 'codes'",
                root.KindDescription));
        }
        else if (diagnostics.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingField, fileStart, "the catalog file", "catalog"));
        }

        return new CatalogFile(
            path,
            catalogName,
            header,
            modules.ToEquatableArray(),
            rules.ToEquatableArray(),
            codes.ToEquatableArray(),
            diagnostics.ToEquatableArray())
        {
            Locale = locale,
            Translations = translations.ToEquatableArray(),
        };
    }

    private static (Located<string>? Name, CatalogHeader? Header) ReadCatalogHeader(MappingReader root, List<DiagnosticInfo> diagnostics)
    {
        var node = root.Node("catalog");
        switch (node)
        {
            case null:
                root.ReportMissing("catalog");
                return (null, null);

            // A module file of a split catalog may just name the catalog it belongs to: `catalog: Payments`.
            case YamlScalarSyntax { IsNull: false } scalar:
                return (new Located<string>(scalar.Value, scalar.Location), null);

            case YamlMappingSyntax mapping:
                var reader = new MappingReader(mapping, "the catalog header", s_catalogKeys, diagnostics);
                var name = reader.String("name", required: true);
                var codeType = reader.Enum("codeType", s_codeTypes);
                var header = new CatalogHeader(
                    mapping.Location,
                    reader.String("namespace"),
                    reader.String("description"),
                    codeType is { } type ? new Located<CodeType>(type, reader.Node("codeType")!.Location) : null,
                    reader.String("typeBaseUri"),
                    reader.Integer("defaultHttpStatus"),
                    reader.Mapping("success") is { } success ? ReadSuccess(success, diagnostics) : null)
                {
                    InternalErrorCode = reader.Code("internalErrorCode"),
                    RateLimitCode = reader.Code("rateLimitCode"),
                    StatusCodes = reader.Mapping("statusCodes") is { } statusCodes
                        ? ReadStatusCodes(statusCodes)
                        : EquatableArray<StatusCodeDeclaration>.Empty,
                    Envelope = reader.Mapping("envelope") is { } envelope ? ReadEnvelope(envelope, diagnostics) : null,
                    EnvelopeFields = reader.Mapping("envelope") is { } fields ? ReadEnvelopeFields(fields) : EquatableArray<EnvelopeField>.Empty,
                    DefaultLocale = reader.String("defaultLocale"),
                    Locales = reader.Sequence("locales").OfType<YamlScalarSyntax>()
                        .Select(l => new Located<string>(l.Value, l.Location)).ToEquatableArray(),
                    StrictLocales = reader.Boolean("strictLocales"),
                    CodeSpace = reader.String("codeSpace"),
                    Http = reader.Boolean("http"),
                    Telemetry = reader.Boolean("telemetry"),
                    MessageFormat = ReadMessageFormat(reader),
                    Fields = reader.Mapping("fields") is { } declared
                        ? FieldReader.ReadDeclarations(declared, diagnostics)
                        : EquatableArray<FieldDeclaration>.Empty,
                    IsInternal = reader.Enum("accessibility", s_accessibilities) is { } isInternal
                        ? new Located<bool>(isInternal, reader.Node("accessibility")!.Location)
                        : null,
                };
                return (name, header);

            default:
                root.ReportWrongType("catalog", "the catalog's name or a mapping with its settings", node);
                return (null, null);
        }
    }

    // statusCodes: { 404: 40400, 405: 40500 }: keys are HTTP statuses, values codes of the catalog (checked in validation).
    private static EquatableArray<StatusCodeDeclaration> ReadStatusCodes(YamlMappingSyntax mapping)
        => mapping.Entries
            .Select(e => new StatusCodeDeclaration(
                new Located<string>(e.Key.Value, e.Key.Location),
                e.Value is YamlScalarSyntax { IsNull: false } scalar && scalar.Value.Trim().Length > 0
                    ? new Located<CodeValue>(CodeValue.FromScalar(scalar.Value, scalar.IsPlain), scalar.Location)
                    : null,
                e.Value.Location))
            .ToEquatableArray();

    private static Located<EnvelopeSpec> ReadEnvelope(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var reader = new MappingReader(mapping, "the envelope", s_envelopeKeys, diagnostics);
        var envelope = new EnvelopeSpec(
            reader.Enum("mode", s_envelopeModes) ?? false,
            reader.String("code")?.Value ?? "code",
            reader.String("message")?.Value ?? "message",
            reader.String("data")?.Value,
            reader.String("timestamp")?.Value,
            reader.String("recommendation")?.Value,
            reader.String("status")?.Value,
            reader.String("correlationHeader")?.Value);
        return new Located<EnvelopeSpec>(envelope, mapping.Location);
    }

    private static EquatableArray<EnvelopeField> ReadEnvelopeFields(YamlMappingSyntax mapping)
        => mapping.Entries
            .Where(e => e.Key.Value != "mode" && s_envelopeKeys.Contains(e.Key.Value) && e.Value is YamlScalarSyntax { IsNull: false })
            .Select(e => new EnvelopeField(e.Key.Value, new Located<string>(((YamlScalarSyntax)e.Value).Value, e.Value.Location)))
            .ToEquatableArray();

    private static SuccessDeclaration? ReadSuccess(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var reader = new MappingReader(mapping, "the success indicator", s_successKeys, diagnostics);
        var field = reader.String("field") ?? new Located<string>("code", mapping.Location);
        var value = reader.Code("value", required: true);
        return value is null
            ? null
            : new SuccessDeclaration(mapping.Location, field, value.Value, reader.String("name"), reader.String("message"));
    }

    private static ModuleDeclaration? ReadModule(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var reader = new MappingReader(mapping, "a module", s_moduleKeys, diagnostics);
        var name = reader.String("name", required: true);
        var ranges = new List<Located<CodeRange>>();
        var rangesNode = reader.Node("ranges");
        var rangeScalars = rangesNode switch
        {
            null => Array.Empty<YamlNodeSyntax>(),
            YamlScalarSyntax scalar => new YamlNodeSyntax[] { scalar },
            _ => reader.Sequence("ranges"),
        };
        foreach (var item in rangeScalars)
        {
            ReadRanges(item, "ranges", ranges, diagnostics);
        }

        var http = reader.Integer("httpStatus");
        var retryable = reader.Boolean("retryable");
        var description = reader.String("description");
        return name is null ? null : new ModuleDeclaration(name.Value, description, ranges.ToEquatableArray(), http, retryable);
    }

    private static HttpRuleDeclaration? ReadRule(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var reader = new MappingReader(mapping, "an HTTP rule", s_ruleKeys, diagnostics);
        var ranges = new List<Located<CodeRange>>();
        if (reader.Node("match") is { } match)
        {
            ReadRanges(match, "match", ranges, diagnostics);
        }
        else
        {
            reader.ReportMissing("match");
        }

        var status = reader.Integer("httpStatus");
        if (status is null && !reader.Has("httpStatus"))
        {
            reader.ReportMissing("httpStatus");
        }

        return ranges.Count == 1 && status is { } s ? new HttpRuleDeclaration(ranges[0], s) : null;
    }

    /// <summary>Reads "40001-40111, 40401-40402, 50011" (one scalar, comma-separated) or a single code/range/pattern.</summary>
    private static void ReadRanges(YamlNodeSyntax node, string key, List<Located<CodeRange>> into, List<DiagnosticInfo> diagnostics)
    {
        if (node is not YamlScalarSyntax { IsNull: false } scalar)
        {
            if (node is not YamlRefusedSyntax)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.WrongType, node.Location, key, "a code, range or prefix pattern", node.KindDescription));
            }

            return;
        }

        foreach (var part in scalar.Value.Split(','))
        {
            if (CodeRange.TryParseCatalogRange(part, out var range, out var error))
            {
                into.Add(new Located<CodeRange>(range, scalar.Location));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, scalar.Location, "code range", part.Trim(), error));
            }
        }
    }

    private static CodeDeclaration? ReadCode(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var reader = new MappingReader(mapping, "a code", s_codeKeys, diagnostics);
        var code = reader.Code("code", required: true);
        var name = reader.String("name", required: true);
        var message = reader.String("message", required: true);
        var parameters = new List<ParameterDeclaration>();
        if (reader.Mapping("parameters") is { } parameterMapping)
        {
            foreach (var entry in parameterMapping.Entries)
            {
                if (entry.Value is YamlScalarSyntax typeScalar && s_parameterTypes.TryGetValue(typeScalar.Value, out var type))
                {
                    parameters.Add(new ParameterDeclaration(
                        new Located<string>(entry.Key.Value, entry.Key.Location),
                        new Located<ParameterType>(type, typeScalar.Location)));
                }
                else if (entry.Value is not YamlRefusedSyntax)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key.Value, "one of " + string.Join(", ", s_parameterTypes.Keys),
                        entry.Value.KindDescription));
                }
            }
        }

        var declaration = new CodeDeclaration(
            mapping.Location,
            code ?? default,
            name ?? default,
            reader.String("module"),
            reader.Integer("httpStatus"),
            reader.String("title"),
            message ?? default,
            reader.String("recommendation"),
            reader.Boolean("retryable"),
            reader.Boolean("deprecated"),
            reader.Code("replacedBy"),
            parameters.ToEquatableArray())
        {
            MessageFormat = ReadMessageFormat(reader),
            Kind = reader.Enum("kind", s_kinds) is { } kind ? new Located<CodeKind>(kind, reader.Node("kind")!.Location) : null,
            Fields = reader.Mapping("fields") is { } fields ? FieldReader.ReadValues(fields, diagnostics) : EquatableArray<FieldValueDeclaration>.Empty,
        };

        // A code without its number, name or message cannot be generated; the rest of the file still is.
        return code is null || name is null || message is null ? null : declaration;
    }

    private static Located<MessageFormat>? ReadMessageFormat(MappingReader reader)
        => reader.Enum("messageFormat", s_messageFormats) is { } format
            ? new Located<MessageFormat>(format, reader.Node("messageFormat")!.Location)
            : null;

    internal static YamlMappingSyntax? AsMapping(YamlNodeSyntax node, string what, List<DiagnosticInfo> diagnostics)
    {
        if (node is YamlMappingSyntax mapping)
        {
            return mapping;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.WrongType, node.Location, "each list item", what + " (a mapping)", node.KindDescription));
        return null;
    }
}
