namespace ErrorGen.Emit;

/// <summary>
/// The ASP.NET Core plumbing that no catalog changes, in <see cref="CatalogRuntimeEmitter"/>'s shared class (web projects
/// only): the request's culture and trace id, the Accept negotiation, status and <c>Retry-After</c>, writing problem+json,
/// and the envelope's JSON buffer (logs and telemetry: <see cref="TelemetryRuntimeWriter"/>). Each catalog's integration keeps what its catalog decides.
/// </summary>
internal static class AspNetCoreRuntimeWriter
{
    public static void Write(SourceWriter writer)
    {
        WriteRequest(writer);
        writer.Line();
        WriteResponse(writer);
        writer.Line();
        TelemetryRuntimeWriter.Write(writer);
        writer.Line();
        WriteEnvelope(writer);
    }

    private static void WriteRequest(SourceWriter writer)
    {
        writer.Line($$"""
            public static {{KnownTypes.CultureInfo}} CultureOf({{KnownTypes.HttpContext}}? httpContext)
                => httpContext?.Features.Get<{{KnownTypes.IRequestCultureFeature}}>()?.RequestCulture.UICulture
                    ?? {{KnownTypes.CultureInfo}}.CurrentUICulture;

            public static string TraceIdOf({{KnownTypes.HttpContext}}? httpContext)
                => {{KnownTypes.Activity}}.Current?.Id ?? httpContext?.TraceIdentifier ?? string.Empty;

            // problem+json when the client names it with a quality above zero and above what it gives plain JSON (RFC 9110 §12.5.1).
            public static bool AcceptsProblemJson({{KnownTypes.HttpContext}} httpContext)
            {
                if (!{{KnownTypes.MediaTypeHeaderValue}}.TryParseList(httpContext.Request.Headers.Accept, out var accepted))
                {
                    return false;
                }

                var problemQuality = 0.0;
                var jsonQuality = 0.0;
                foreach (var mediaType in accepted)
                {
                    var quality = mediaType.Quality ?? 1.0;
                    if ({{KnownTypes.StringSegment}}.Equals(mediaType.MediaType, "application/problem+json", {{KnownTypes.StringComparison}}.OrdinalIgnoreCase))
                    {
                        problemQuality = {{KnownTypes.Math}}.Max(problemQuality, quality);
                    }
                    else if (mediaType.MatchesAllTypes
                        || {{KnownTypes.StringSegment}}.Equals(mediaType.MediaType, "application/*", {{KnownTypes.StringComparison}}.OrdinalIgnoreCase)
                        || {{KnownTypes.StringSegment}}.Equals(mediaType.MediaType, "application/json", {{KnownTypes.StringComparison}}.OrdinalIgnoreCase))
                    {
                        jsonQuality = {{KnownTypes.Math}}.Max(jsonQuality, quality);
                    }
                }

                return problemQuality > 0 && problemQuality >= jsonQuality;
            }
            """);
    }

    private static void WriteResponse(SourceWriter writer)
    {
        writer.Line($$"""
            // What ASP.NET Core's exception handler middleware sets on every error it handles: an error is never cached.
            public static void PreventCaching({{KnownTypes.HttpContext}} httpContext)
            {
                var headers = httpContext.Response.Headers;
                headers.CacheControl = "no-cache,no-store";
                headers.Pragma = "no-cache";
                headers.Expires = "-1";
                headers.ETag = default;
            }

            // 429 and 503 without a Retry-After of their own get the app's default.
            public static void WriteStatus({{KnownTypes.HttpContext}} httpContext, int httpStatus, {{KnownTypes.TimeSpan}}? retryAfter, {{KnownTypes.TimeSpan}} defaultRetryAfter)
            {
                httpContext.Response.StatusCode = httpStatus;
                var wait = retryAfter ?? (httpStatus == 429 || httpStatus == 503 ? defaultRetryAfter : ({{KnownTypes.TimeSpan}}?)null);
                if (wait is { } delay)
                {
                    var seconds = (long){{KnownTypes.Math}}.Ceiling({{KnownTypes.Math}}.Max(0, delay.TotalSeconds));
                    httpContext.Response.Headers["Retry-After"] = seconds.ToString({{KnownTypes.CultureInfo}}.InvariantCulture);
                }
            }

            // Through the app's IProblemDetailsService (its customizations apply), else as problem+json directly.
            public static async {{KnownTypes.Task}} WriteProblemAsync({{KnownTypes.HttpContext}} httpContext, {{KnownTypes.ProblemDetails}} problem)
            {
                var service = {{KnownTypes.ServiceProviderServiceExtensions}}.GetService<{{KnownTypes.IProblemDetailsService}}>(httpContext.RequestServices);
                var context = new {{KnownTypes.ProblemDetailsContext}} { HttpContext = httpContext, ProblemDetails = problem };
                if (service is null || !await service.TryWriteAsync(context).ConfigureAwait(false))
                {
                    await WriteProblemJsonAsync(httpContext, problem).ConfigureAwait(false);
                }
            }
            """);
    }

    private static void WriteEnvelope(SourceWriter writer)
    {
        writer.Line($$"""
            // An envelope is written to a buffer: JsonSerializer flushes synchronously, which Kestrel refuses on the response stream.
            public static {{KnownTypes.Utf8JsonWriter}} StartEnvelope({{KnownTypes.HttpContext}} httpContext, {{KnownTypes.ArrayBufferWriter}}<byte> buffer)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                var json = new {{KnownTypes.Utf8JsonWriter}}(buffer, ReadableJson);
                json.WriteStartObject();
                return json;
            }

            public static async {{KnownTypes.Task}} EndEnvelopeAsync({{KnownTypes.HttpContext}} httpContext, {{KnownTypes.ArrayBufferWriter}}<byte> buffer, {{KnownTypes.Utf8JsonWriter}} json)
            {
                json.WriteEndObject();
                json.Flush();
                await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted).ConfigureAwait(false);
            }

            // Success data through the app's JSON options: its naming policy, converters and type resolvers (in a trimmed or
            // Native AOT app, its JsonSerializerContext must describe the data's type, as for any minimal API result).
            public static void WriteEnvelopeData({{KnownTypes.Utf8JsonWriter}} json, {{KnownTypes.HttpContext}} httpContext, object? data, {{KnownTypes.JsonTypeInfo}}? typeInfo)
            {
                if (data is null)
                {
                    json.WriteNullValue();
                    return;
                }

                if (typeInfo is not null)
                {
                    {{KnownTypes.JsonSerializer}}.Serialize(json, data, typeInfo);
                    return;
                }

                var options = {{KnownTypes.ServiceProviderServiceExtensions}}.GetService<{{KnownTypes.IOptions}}<{{KnownTypes.HttpJsonOptions}}>>(httpContext.RequestServices)?.Value.SerializerOptions
                    ?? new {{KnownTypes.JsonSerializerOptions}}({{KnownTypes.JsonSerializerDefaults}}.Web);
                {{KnownTypes.JsonSerializer}}.Serialize(json, data, options.GetTypeInfo(data.GetType()));
            }
            """);
    }
}
