using System.Collections.Generic;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits the writer of the API's own envelope, with the field names the catalog declares
/// (task-market: <c>{ code, message, data, timestamp }</c>; analytics-api: <c>{ status: false, error_code, error_message }</c>),
/// for errors and — with <c>XEnvelope.Ok(data)</c> — for success.
/// </summary>
internal static class EnvelopeEmitter
{
    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var envelope = catalog.Envelope!;
        var name = catalog.TypeName;
        var exception = names.Exception;
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        writer.OpenType(
            $"<summary>The {CSharpText.Xml(catalog.Name)} API's own JSON envelope.</summary>",
            $"{catalog.TypeAccessibility} static class {name}Envelope");
        writer.Doc("<summary>Writes <paramref name=\"error\"/> as the envelope (the status code and headers are set by the caller).</summary>");
        writer.Open($"public static async {KnownTypes.Task} WriteErrorAsync({KnownTypes.HttpContext} httpContext, {exception} error)");
        writer.Lines(ErrorBody(catalog, names, envelope));
        writer.Close();
        writer.Line();
        var correlation = envelope.CorrelationHeader is { } header
            ? $"httpContext.Response.Headers[{CSharpText.Literal(header)}] = {CatalogRuntimeEmitter.Type}.TraceIdOf(httpContext);"
            : "_ = httpContext;";
        writer.Line($$"""
            /// <summary>
            /// A 200 response in the envelope, carrying <paramref name="data"/> serialized with the app's JSON options
            /// (in a trimmed or Native AOT app, a <c>JsonSerializerContext</c> registered there must describe its type).
            /// </summary>
            public static {{KnownTypes.IResult}} Ok(object? data = null) => new OkResult(data, null);

            /// <summary>A 200 response in the envelope, carrying <paramref name="data"/> serialized with <paramref name="typeInfo"/>.</summary>
            public static {{KnownTypes.IResult}} Ok<T>(T data, {{KnownTypes.JsonTypeInfo}}<T> typeInfo) => new OkResult(data, typeInfo);

            private static void WriteCorrelation({{KnownTypes.HttpContext}} httpContext)
            {
                {{correlation}}
            }

            """);
        writer.Open($"private sealed class OkResult : {KnownTypes.IResult}");
        writer.Line($$"""
            private readonly object? _data;
            private readonly {{KnownTypes.JsonTypeInfo}}? _typeInfo;

            public OkResult(object? data, {{KnownTypes.JsonTypeInfo}}? typeInfo)
            {
                _data = data;
                _typeInfo = typeInfo;
            }

            """);
        writer.Open($"public async {KnownTypes.Task} ExecuteAsync({KnownTypes.HttpContext} httpContext)");
        writer.Lines(SuccessBody(catalog, envelope));
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static IEnumerable<string> ErrorBody(CatalogSpec catalog, CatalogNames names, EnvelopeSpec envelope)
    {
        yield return $"var culture = {catalog.TypeName}AspNetCore.CultureOf(httpContext);";
        foreach (var line in Start())
        {
            yield return line;
        }

        if (envelope.StatusField is { } status)
        {
            yield return $"json.WriteBoolean({CSharpText.Literal(status)}, false);";
        }

        yield return catalog.CodeType == CodeType.String
            ? $"json.WriteString({CSharpText.Literal(envelope.CodeField)}, error.Info.Value);"
            : $"json.WriteNumber({CSharpText.Literal(envelope.CodeField)}, error.Info.Value);";
        yield return $"json.WriteString({CSharpText.Literal(envelope.MessageField)}, error.GetMessage(culture));";
        if (envelope.RecommendationField is { } recommendation)
        {
            yield return $"json.WriteString({CSharpText.Literal(recommendation)}, error.Info.GetRecommendation(culture));";
        }

        foreach (var line in FieldEmitter.EnvelopeMembers(catalog, names, "error.Info"))
        {
            yield return line;
        }

        if (envelope.DataField is { } data)
        {
            yield return $"json.WritePropertyName({CSharpText.Literal(data)});";
            yield return $$"""
                if (error.FieldErrors is { } fieldErrors)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("errors");
                    {{CatalogRuntimeEmitter.Type}}.WriteFieldErrors(json, fieldErrors);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNullValue();
                }
                """;
        }

        foreach (var line in End(envelope))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> SuccessBody(CatalogSpec catalog, EnvelopeSpec envelope)
    {
        yield return "httpContext.Response.StatusCode = 200;";
        foreach (var line in Start())
        {
            yield return line;
        }

        if (envelope.StatusField is { } status)
        {
            yield return $"json.WriteBoolean({CSharpText.Literal(status)}, true);";
        }

        if (catalog.Success is { IsCode: true } success)
        {
            yield return catalog.CodeType == CodeType.String
                ? $"json.WriteString({CSharpText.Literal(envelope.CodeField)}, {CSharpText.Literal(success.ValueText)});"
                : $"json.WriteNumber({CSharpText.Literal(envelope.CodeField)}, {success.ValueText});";
            var message = catalog.Codes.Count > 0 ? FindSuccessMessage(catalog) : null;
            yield return $"json.WriteString({CSharpText.Literal(envelope.MessageField)}, {CSharpText.Literal(message)});";
        }

        if (envelope.DataField is { } data)
        {
            yield return $"json.WritePropertyName({CSharpText.Literal(data)});";
            yield return $"{CatalogRuntimeEmitter.Type}.WriteEnvelopeData(json, httpContext, _data, _typeInfo);";
        }

        foreach (var line in End(envelope))
        {
            yield return line;
        }
    }

    private static string? FindSuccessMessage(CatalogSpec catalog)
    {
        foreach (var code in catalog.Codes)
        {
            if (code.IsSuccess)
            {
                return code.Message;
            }
        }

        return null;
    }

    private static IEnumerable<string> Start() => new[]
    {
        "WriteCorrelation(httpContext);",
        $"var buffer = new {KnownTypes.ArrayBufferWriter}<byte>();",
        $"using var json = {CatalogRuntimeEmitter.Type}.StartEnvelope(httpContext, buffer);",
    };

    private static IEnumerable<string> End(EnvelopeSpec envelope)
    {
        if (envelope.TimestampField is { } timestamp)
        {
            yield return $"json.WriteNumber({CSharpText.Literal(timestamp)}, {KnownTypes.DateTimeOffset}.UtcNow.ToUnixTimeSeconds());";
        }

        yield return $"await {CatalogRuntimeEmitter.Type}.EndEnvelopeAsync(httpContext, buffer, json).ConfigureAwait(false);";
    }
}
