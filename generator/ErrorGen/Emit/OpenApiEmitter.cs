using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits, when the project uses Microsoft.AspNetCore.OpenApi, <c>AddXErrorResponses()</c>: a document transformer that
/// adds the catalog's error responses to every operation (or those a predicate picks) — the problem+json or envelope
/// schema, the code as an enum whose description lists every code, and an example body per code.
/// </summary>
internal static class OpenApiEmitter
{
    private const string OpenApi = KnownTypes.OpenApiModels;

    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var name = catalog.TypeName;
        var errors = catalog.Codes.Where(c => c.IsError).ToList();
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        writer.OpenType(
            $"<summary>The {CSharpText.Xml(catalog.Name)} catalog's error responses in the OpenAPI document.</summary>",
            $"{catalog.TypeAccessibility} static class {name}OpenApi");
        writer.Doc("<summary>Adds the catalog's error responses to the operations whose path "
            + "<paramref name=\"appliesToPath\"/> accepts (all when null); an endpoint that declares its codes "
            + $"(<c>[{name}Errors(...)]</c>, <c>.ProducesErrors(...)</c>) gets only those.</summary>");
        writer.Line($$"""
            public static {{KnownTypes.OpenApiOptions}} Add{{name}}ErrorResponses(this {{KnownTypes.OpenApiOptions}} options, {{KnownTypes.Func}}<string, bool>? appliesToPath = null)
            {
                // Operations of endpoints that declare their codes get those only, whatever their path.
                var declared = new {{KnownTypes.HashSet}}<{{OpenApi}}.OpenApiOperation>();
                options.AddOperationTransformer((operation, context, cancellationToken) =>
                {
                    ApplyDeclared(operation, context, declared);
                    return {{KnownTypes.Task}}.CompletedTask;
                });
                options.AddDocumentTransformer((document, context, cancellationToken) =>
                {
                    Apply(document, appliesToPath, declared);
                    return {{KnownTypes.Task}}.CompletedTask;
                });
                return options;
            }
            """);
        writer.Line();
        WriteApply(writer, catalog, errors);
        WriteSchemas(writer, catalog, errors);
        WriteExamples(writer, catalog, errors);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteApply(SourceWriter writer, CatalogSpec catalog, List<CodeSpec> errors)
    {
        var name = catalog.TypeName;
        var envelope = catalog.Envelope;
        writer.Open($"private static void Apply({OpenApi}.OpenApiDocument document, {KnownTypes.Func}<string, bool>? appliesToPath, {KnownTypes.HashSet}<{OpenApi}.OpenApiOperation> declared)");
        writer.Line($$"""
            document.Components ??= new {{OpenApi}}.OpenApiComponents();
            document.Components.Schemas ??= new {{KnownTypes.Dictionary}}<string, {{OpenApi}}.IOpenApiSchema>();
            document.Components.Schemas["{{name}}Code"] = CodeSchema();
            document.Components.Schemas["{{name}}Problem"] = ProblemSchema(document);
            """);
        if (envelope is not null)
        {
            writer.Line($"document.Components.Schemas[\"{name}Envelope\"] = EnvelopeSchema(document);");
        }

        writer.Line($"{CatalogRuntimeEmitter.Type}.AddErrorResponsesToPaths(document, appliesToPath, declared, (d, operation) => AddResponses(d, operation, s_all.Value));");
        writer.Close();
        writer.Line();
        writer.Line($$"""
            private static void AddResponses({{OpenApi}}.OpenApiDocument document, {{OpenApi}}.OpenApiOperation operation, int[] codes)
                => {{CatalogRuntimeEmitter.Type}}.AddErrorResponses(document, operation, codes, {{CSharpText.Literal(catalog.Name + " errors: ")}}, s_values, s_names, s_statuses, Response);

            // Operations whose endpoint declares its codes ([{{name}}Errors] or .ProducesErrors): only those codes.
            private static void ApplyDeclared({{OpenApi}}.OpenApiOperation operation, {{KnownTypes.OpenApiOperationTransformerContext}} context, {{KnownTypes.HashSet}}<{{OpenApi}}.OpenApiOperation> declared)
            {
                {{name}}ErrorsAttribute? contract = null;
                foreach (var metadata in context.Description.ActionDescriptor.EndpointMetadata)
                {
                    contract = metadata as {{name}}ErrorsAttribute ?? contract;
                }

                if (contract is not null && context.Document is not null)
                {
                    AddResponses(context.Document, operation, {{CatalogRuntimeEmitter.Type}}.DeclareErrorResponses(operation, declared, contract.Values, s_values));
                }
            }

            private static readonly {{KnownTypes.Lazy}}<int[]> s_all = new {{KnownTypes.Lazy}}<int[]>(() => {{KnownTypes.Enumerable}}.ToArray({{KnownTypes.Enumerable}}.Range(0, {{errors.Count}})));

            """);
        var mediaTypes = envelope is null
            ? new[] { ("application/problem+json", "Problem", "Problem") }
            : envelope.NegotiateProblemDetails
                ? new[] { ("application/json", "Envelope", "Envelope"), ("application/problem+json", "Problem", "Problem") }
                : new[] { ("application/json", "Envelope", "Envelope") };
        writer.Open($"private static {OpenApi}.OpenApiResponse Response({OpenApi}.OpenApiDocument document, string description, int[] codes)");
        writer.Line($"var content = new {KnownTypes.Dictionary}<string, {OpenApi}.OpenApiMediaType>();");
        foreach (var (mediaType, schema, examples) in mediaTypes)
        {
            writer.Line($$"""
                var {{schema.ToLowerInvariant()}}Examples = new {{KnownTypes.Dictionary}}<string, {{OpenApi}}.IOpenApiExample>();
                foreach (var code in codes)
                {
                    {{schema.ToLowerInvariant()}}Examples[s_names[code]] = new {{OpenApi}}.OpenApiExample { Summary = s_names[code], Value = {{KnownTypes.JsonNode}}.Parse(s_{{examples.ToLowerInvariant()}}Examples[code]) };
                }

                content["{{mediaType}}"] = new {{OpenApi}}.OpenApiMediaType { Schema = new {{OpenApi}}.OpenApiSchemaReference("{{name}}{{schema}}", document), Examples = {{schema.ToLowerInvariant()}}Examples };
                """);
        }

        writer.Line($"return new {OpenApi}.OpenApiResponse {{ Description = description, Content = content }};");
        writer.Close();
        writer.Line();
    }

    private static void WriteSchemas(SourceWriter writer, CatalogSpec catalog, List<CodeSpec> errors)
    {
        var name = catalog.TypeName;
        var isString = catalog.CodeType == CodeType.String;
        var description = new StringBuilder($"The codes of the {catalog.Name} catalog:");
        foreach (var code in errors)
        {
            description.Append($"\n- {code.Text} {code.MemberName} (HTTP {code.HttpStatus}): {code.Message}");
        }

        writer.Open($"private static {OpenApi}.OpenApiSchema CodeSchema() => new {OpenApi}.OpenApiSchema");
        writer.Line($"Type = {OpenApi}.JsonSchemaType.{(isString ? "String" : "Integer")},");
        writer.Line($"Description = {CSharpText.Literal(description.ToString())},");
        writer.Open($"Enum = new {KnownTypes.List}<{KnownTypes.JsonNode}>");
        foreach (var code in errors)
        {
            writer.Line($"{KnownTypes.JsonValue}.Create({(isString ? CSharpText.Literal(code.Text) : CSharpText.Integer(code.Integer) + "L")})!,");
        }

        writer.Close(",");
        writer.Close(";");
        writer.Line();
        var problem = new List<(string Name, string Schema)>
        {
            ("type", "String"), ("title", "String"), ("status", "Integer"), ("detail", "String"), ("instance", "String"),
            ("code", "$ref"), ("module", "String"), ("retryable", "Boolean"), ("arguments", "Object"), ("traceId", "String"), ("errors", "Object"),
        };
        WriteObjectSchema(writer, "ProblemSchema", name, problem, "RFC 9457 problem details with the catalog's extension members.");
        if (catalog.Envelope is { } envelope)
        {
            var fields = new List<(string Name, string Schema)>();
            if (envelope.StatusField is { } status)
            {
                fields.Add((status, "Boolean"));
            }

            fields.Add((envelope.CodeField, "$ref"));
            fields.Add((envelope.MessageField, "String"));
            if (envelope.RecommendationField is { } recommendation)
            {
                fields.Add((recommendation, "String"));
            }

            if (envelope.DataField is { } data)
            {
                fields.Add((data, "Object"));
            }

            if (envelope.TimestampField is { } timestamp)
            {
                fields.Add((timestamp, "Integer"));
            }

            WriteObjectSchema(writer, "EnvelopeSchema", name, fields, $"The {catalog.Name} API's own envelope.");
        }
    }

    private static void WriteObjectSchema(
        SourceWriter writer, string method, string name, List<(string Name, string Schema)> properties, string description)
    {
        writer.Open($"private static {OpenApi}.OpenApiSchema {method}({OpenApi}.OpenApiDocument document) => new {OpenApi}.OpenApiSchema");
        writer.Line($"Type = {OpenApi}.JsonSchemaType.Object,");
        writer.Line($"Description = {CSharpText.Literal(description)},");
        writer.Open($"Properties = new {KnownTypes.Dictionary}<string, {OpenApi}.IOpenApiSchema>");
        foreach (var (property, schema) in properties)
        {
            writer.Line(schema == "$ref"
                ? $"[{CSharpText.Literal(property)}] = new {OpenApi}.OpenApiSchemaReference(\"{name}Code\", document),"
                : $"[{CSharpText.Literal(property)}] = new {OpenApi}.OpenApiSchema {{ Type = {OpenApi}.JsonSchemaType.{schema} }},");
        }

        writer.Close(",");
        writer.Close(";");
        writer.Line();
    }

    // One example body per code, as JSON text written at build time: arrays of literals, not a switch per code.
    private static void WriteExamples(SourceWriter writer, CatalogSpec catalog, List<CodeSpec> errors)
    {
        StringArray(writer, "s_names", errors.Select(c => c.MemberName));
        StringArray(writer, "s_values", errors.Select(c => c.Text));
        writer.Line($"private static readonly int[] s_statuses = new int[] {{ {string.Join(", ", errors.Select(c => c.HttpStatus))} }};");
        StringArray(writer, "s_problemExamples", errors.Select(c => ProblemJson(catalog, c)));
        if (catalog.Envelope is not null)
        {
            StringArray(writer, "s_envelopeExamples", errors.Select(c => EnvelopeJson(catalog, c)));
        }
    }

    private static void StringArray(SourceWriter writer, string field, IEnumerable<string> values)
    {
        writer.Line($"private static readonly string[] {field} = new string[] {{ {CSharpText.Literals(values)} }};");
    }

    internal static string ProblemJson(CatalogSpec catalog, CodeSpec code)
    {
        var body = new List<KeyValuePair<string, object?>>
        {
            new("type", code.TypeUri),
            new("title", code.Title),
            new("status", code.HttpStatus),
            new("detail", code.Message),
            new("code", catalog.CodeType == CodeType.String ? code.Text : code.Integer),
            new("retryable", code.IsRetryable),
        };
        if (code.Module is { } module)
        {
            body.Add(new("module", module.Name));
        }

        return JsonText.Object(body);
    }

    internal static string EnvelopeJson(CatalogSpec catalog, CodeSpec code)
    {
        var envelope = catalog.Envelope!;
        var body = new List<KeyValuePair<string, object?>>();
        if (envelope.StatusField is { } status)
        {
            body.Add(new(status, false));
        }

        body.Add(new(envelope.CodeField, catalog.CodeType == CodeType.String ? code.Text : code.Integer));
        body.Add(new(envelope.MessageField, code.Message));
        if (envelope.RecommendationField is { } recommendation)
        {
            body.Add(new(recommendation, code.Recommendation));
        }

        if (envelope.DataField is { } data)
        {
            body.Add(new(data, null));
        }

        if (envelope.TimestampField is { } timestamp)
        {
            body.Add(new(timestamp, 1767225600L));
        }

        return JsonText.Object(body);
    }
}
