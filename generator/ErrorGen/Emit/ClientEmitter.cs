using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits the client side: a reader that turns an <c>HttpResponseMessage</c> (problem+json or the catalog's envelope)
/// back into the typed code, descriptor and exception, with <c>Retry-After</c> honoured and clamped. It never throws
/// for what the server sent: unknown codes, wrong content types, truncated or huge bodies give a result that says so.
/// </summary>
internal static class ClientEmitter
{
    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        WriteResponse(writer, catalog, names);
        writer.Line();
        writer.Line($$"""
            /// <summary>Reads responses of the {{CSharpText.Xml(catalog.Name)}} API.</summary>
            {{CSharpText.GeneratedCodeAttribute}}
            """);
        writer.Open($"{catalog.TypeAccessibility} static class {catalog.TypeName}Client");
        WriteReadAsync(writer, catalog, names);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    // The result type: what one response said.
    private static void WriteResponse(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var name = catalog.TypeName;
        var code = names.Code;
        var info = names.Info;
        var exception = names.Exception;
        writer.Line($$"""
            /// <summary>What a response of the {{CSharpText.Xml(catalog.Name)}} API said, read by <see cref="{{name}}Client.ReadAsync"/>.</summary>
            {{CSharpText.GeneratedCodeAttribute}}
            {{catalog.TypeAccessibility}} sealed class {{name}}Response
            {
                internal {{name}}Response(int httpStatus, bool isSuccess, string? rawCode, {{info}}? info, string? message, {{KnownTypes.TimeSpan}}? retryAfter, string? problem)
                {
                    HttpStatus = httpStatus;
                    IsSuccess = isSuccess;
                    RawCode = rawCode;
                    Info = info;
                    Message = message;
                    RetryAfter = retryAfter;
                    Problem = problem;
                }

                /// <summary>The error's arguments as the server sent them (problem+json's <c>arguments</c>), or an empty dictionary.</summary>
                public {{KnownTypes.IReadOnlyDictionary}}<string, object?> Arguments { get; internal set; } = {{CatalogRuntimeEmitter.Type}}.NoArguments;

                /// <summary>Field errors (RFC 9457's <c>errors</c>, or the envelope's <c>data.errors</c>), or null.</summary>
                public {{KnownTypes.IReadOnlyDictionary}}<string, string[]>? FieldErrors { get; internal set; }

                /// <summary>The server's trace id (problem+json's <c>traceId</c> or the envelope's correlation header), or null.</summary>
                public string? TraceId { get; internal set; }

                /// <summary>The HTTP status of the response.</summary>
                public int HttpStatus { get; }

                /// <summary>Whether the response reports success (2xx, and the body's success indicator where it has one).</summary>
                public bool IsSuccess { get; }

                /// <summary>The code exactly as the server sent it, or null when the body carried none.</summary>
                public string? RawCode { get; }

                /// <summary>The catalog's descriptor of the code, or null when the code is not in the catalog.</summary>
                public {{info}}? Info { get; }

                /// <summary>The typed code, or null when the code is not in the catalog.</summary>
                public {{code}}? Code => Info?.Code;

                /// <summary>Whether the server sent a code this catalog knows.</summary>
                public bool IsKnownCode => Info is not null;

                /// <summary>The server's message (its <c>detail</c> or envelope message, possibly localized), or null.</summary>
                public string? Message { get; }

                /// <summary>The server's <c>Retry-After</c>, clamped to 0..<see cref="{{name}}Client.MaxRetryAfter"/>, or null.</summary>
                public {{KnownTypes.TimeSpan}}? RetryAfter { get; }

                /// <summary>Why the body could not be read (wrong content type, invalid JSON, too large), or null.</summary>
                public string? Problem { get; }

                /// <summary>Whether repeating the request may succeed: the catalog says so, or the HTTP status does for unknown codes.</summary>
                public bool IsRetryable => Info?.IsRetryable ?? (HttpStatus == 408 || HttpStatus == 429 || HttpStatus == 502 || HttpStatus == 503 || HttpStatus == 504);

                /// <summary>The typed exception for a known error code (carrying the server's message), else null.</summary>
                public {{exception}}? ToException()
                {
                    if (IsSuccess || Info is null || Info.IsSuccess)
                    {
                        return null;
                    }

                    var error = {{exception}}.Create(Info, Message, Arguments.Count > 0 ? Arguments : null, null);
                    if (FieldErrors is { } fieldErrors)
                    {
                        error.WithFieldErrors(fieldErrors);
                    }

                    return RetryAfter is { } wait ? error.WithRetryAfter(wait) : error;
                }
            }
            """);
    }

    // The client's limits and its ReadAsync overloads.
    private static void WriteReadAsync(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var envelope = catalog.Envelope;
        var name = catalog.TypeName;
        var info = names.Info;
        var codeField = CSharpText.Literal(envelope?.CodeField ?? "code");
        var messageField = CSharpText.Literal(envelope?.MessageField ?? "message");
        var statusField = envelope?.StatusField is { } status ? CSharpText.Literal(status) : "null";
        var dataField = envelope?.DataField is { } data ? CSharpText.Literal(data) : "null";
        var correlationHeader = envelope?.CorrelationHeader is { } header ? CSharpText.Literal(header) : "null";
        var successValue = catalog.Success is { IsCode: true } success ? CSharpText.Literal(success.ValueText) : "null";
        writer.Line($$"""
                // The envelope's boolean success field (such as "status"), if it has one.
                private static readonly string? s_statusField = {{statusField}};

                /// <summary>Bodies longer than this are not parsed.</summary>
                public const int MaxBodyBytes = 1024 * 1024;

                /// <summary>The longest <c>Retry-After</c> honoured; longer ones are clamped to it.</summary>
                public static readonly {{KnownTypes.TimeSpan}} MaxRetryAfter = {{KnownTypes.TimeSpan}}.FromHours(1);

                /// <summary>How long <see cref="ReadAsync({{KnownTypes.HttpResponseMessage}}, {{KnownTypes.CancellationToken}})"/> waits for a body (30 s unless changed).</summary>
                public static {{KnownTypes.TimeSpan}} DefaultTimeout { get; set; } = {{KnownTypes.TimeSpan}}.FromSeconds(30);

                /// <summary>Reads the code, message and retry advice of <paramref name="response"/>. Never throws for what the server sent.</summary>
                public static {{KnownTypes.Task}}<{{name}}Response> ReadAsync({{KnownTypes.HttpResponseMessage}} response, {{KnownTypes.CancellationToken}} cancellationToken = default)
                    => ReadAsync(response, DefaultTimeout, cancellationToken);

                /// <summary>Reads <paramref name="response"/>, giving up on a body that takes longer than <paramref name="timeout"/> (the result says so).</summary>
                public static async {{KnownTypes.Task}}<{{name}}Response> ReadAsync({{KnownTypes.HttpResponseMessage}} response, {{KnownTypes.TimeSpan}} timeout, {{KnownTypes.CancellationToken}} cancellationToken = default)
                {
                    var status = (int)response.StatusCode;
                    var retryAfter = {{CatalogRuntimeEmitter.Type}}.RetryAfterOf(response, MaxRetryAfter);
                    var isHttpSuccess = status >= 200 && status < 300;
                    var (body, problem) = await {{CatalogRuntimeEmitter.Type}}.ReadBodyAsync(response, timeout, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
                    if (body is null)
                    {
                        return new {{name}}Response(status, isHttpSuccess, null, null, null, retryAfter, problem);
                    }

                    try
                    {
                        using var document = {{KnownTypes.JsonDocument}}.Parse(body);
                        if (document.RootElement.ValueKind != {{KnownTypes.JsonValueKind}}.Object)
                        {
                            return new {{name}}Response(status, isHttpSuccess, null, null, null, retryAfter, "the body is not a JSON object");
                        }

                        var root = document.RootElement;
                        var isProblem = string.Equals(response.Content.Headers.ContentType?.MediaType, "application/problem+json", {{KnownTypes.StringComparison}}.OrdinalIgnoreCase);
                        var rawCode = {{CatalogRuntimeEmitter.Type}}.Text(root, isProblem ? "code" : {{codeField}}) ?? {{CatalogRuntimeEmitter.Type}}.Text(root, "code");
                        var message = {{CatalogRuntimeEmitter.Type}}.Text(root, isProblem ? "detail" : {{messageField}}) ?? {{CatalogRuntimeEmitter.Type}}.Text(root, "detail") ?? {{CatalogRuntimeEmitter.Type}}.Text(root, "message");
                        {{info}}? info = null;
                        if (rawCode is not null && {{catalog.CatalogClassName}}.TryParse(rawCode, out var parsed))
                        {
                            info = {{catalog.CatalogClassName}}.Get(parsed);
                        }

                        var flag = s_statusField is string statusField && root.TryGetProperty(statusField, out var statusElement) && statusElement.ValueKind is {{KnownTypes.JsonValueKind}}.True or {{KnownTypes.JsonValueKind}}.False
                            ? statusElement.ValueKind == {{KnownTypes.JsonValueKind}}.True
                            : (bool?)null;
                        var isSuccess = isHttpSuccess && flag != false && (rawCode is null || rawCode == {{successValue}} || info?.IsSuccess == true || flag == true);
                        return new {{name}}Response(status, isSuccess, rawCode, info, message, retryAfter, null)
                        {
                            Arguments = {{CatalogRuntimeEmitter.Type}}.ArgumentsOf(root) ?? {{CatalogRuntimeEmitter.Type}}.NoArguments,
                            FieldErrors = {{CatalogRuntimeEmitter.Type}}.FieldErrorsOf(root, {{dataField}}),
                            TraceId = {{CatalogRuntimeEmitter.Type}}.TraceIdOf(root, response, {{correlationHeader}}),
                        };
                    }
                    catch ({{KnownTypes.JsonException}})
                    {
                        return new {{name}}Response(status, isHttpSuccess, null, null, null, retryAfter, "the body is not valid JSON");
                    }
                    catch ({{KnownTypes.InvalidOperationException}})
                    {
                        // Valid JSON holding text that is not: a lone surrogate escape (\uD800) in a string.
                        return new {{name}}Response(status, isHttpSuccess, null, null, null, retryAfter, "the body holds invalid text");
                    }
                    catch ({{KnownTypes.ArgumentException}})
                    {
                        // Invalid UTF-8 bytes inside a JSON string (DecoderFallbackException).
                        return new {{name}}Response(status, isHttpSuccess, null, null, null, retryAfter, "the body holds invalid UTF-8");
                    }
                }
                """);
    }
}
