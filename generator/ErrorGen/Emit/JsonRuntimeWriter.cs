namespace ErrorGen.Emit;

/// <summary>
/// The JSON that generated code writes itself, in <see cref="CatalogRuntimeEmitter"/>'s shared class (web projects only):
/// values of a code's arguments, field errors, and problem+json when no <c>IProblemDetailsService</c> writes it. All through
/// <c>Utf8JsonWriter</c>, never reflection-based serialization, so trimmed and Native AOT apps answer as others do; what
/// goes into <c>ProblemDetails.Extensions</c> is a string, an int or a <c>JsonElement</c>, the types ASP.NET Core's own
/// problem-details serializer context already describes.
/// </summary>
internal static class JsonRuntimeWriter
{
    public static void Write(SourceWriter writer)
    {
        WriteValues(writer);
        writer.Line();
        WriteProblemFallback(writer);
    }

    private static void WriteValues(SourceWriter writer)
    {
        writer.Line($$"""
            // Bodies are application/json, never inlined in HTML: Chinese or accented text stays readable instead of \uXXXX
            // (quotes, backslashes and control characters are still escaped, as JSON requires).
            public static readonly {{KnownTypes.JsonWriterOptions}} ReadableJson = new {{KnownTypes.JsonWriterOptions}} { Encoder = {{KnownTypes.JavaScriptEncoder}}.UnsafeRelaxedJsonEscaping };

            private static readonly {{KnownTypes.JsonElement}} s_true = ParseElement("true");
            private static readonly {{KnownTypes.JsonElement}} s_false = ParseElement("false");

            private static {{KnownTypes.JsonElement}} ParseElement(string json)
            {
                using var document = {{KnownTypes.JsonDocument}}.Parse(json);
                return document.RootElement.Clone();
            }

            public static {{KnownTypes.JsonElement}} JsonBoolean(bool value) => value ? s_true : s_false;

            // A code's arguments as one JSON object (typed template parameters: text, numbers, bool, Guid, dates).
            public static {{KnownTypes.JsonElement}} JsonObjectOf({{KnownTypes.IReadOnlyDictionary}}<string, object?> arguments)
            {
                var buffer = new {{KnownTypes.ArrayBufferWriter}}<byte>();
                using (var json = new {{KnownTypes.Utf8JsonWriter}}(buffer, ReadableJson))
                {
                    json.WriteStartObject();
                    foreach (var argument in arguments)
                    {
                        json.WritePropertyName(argument.Key);
                        WriteJsonValue(json, argument.Value);
                    }

                    json.WriteEndObject();
                }

                using var document = {{KnownTypes.JsonDocument}}.Parse(buffer.WrittenMemory);
                return document.RootElement.Clone();
            }

            // As System.Text.Json writes these types; NaN and infinities as text (JSON has no literal for them); anything else
            // as its invariant text.
            public static void WriteJsonValue({{KnownTypes.Utf8JsonWriter}} json, object? value)
            {
                switch (value)
                {
                    case null: json.WriteNullValue(); break;
                    case string text: json.WriteStringValue(text); break;
                    case bool flag: json.WriteBooleanValue(flag); break;
                    case int number: json.WriteNumberValue(number); break;
                    case long number: json.WriteNumberValue(number); break;
                    case decimal number: json.WriteNumberValue(number); break;
                    case double number when !double.IsNaN(number) && !double.IsInfinity(number): json.WriteNumberValue(number); break;
                    case {{KnownTypes.Guid}} id: json.WriteStringValue(id); break;
                    case {{KnownTypes.DateTimeOffset}} time: json.WriteStringValue(time); break;
                    case {{KnownTypes.DateTime}} time: json.WriteStringValue(time); break;
                    case {{KnownTypes.JsonElement}} element: element.WriteTo(json); break;
                    case {{KnownTypes.IFormattable}} formattable: json.WriteStringValue(formattable.ToString(null, {{KnownTypes.CultureInfo}}.InvariantCulture)); break;
                    default: json.WriteStringValue(value.ToString()); break;
                }
            }

            // { "field": ["message", ...] }, as ASP.NET Core writes ValidationProblemDetails.Errors.
            public static void WriteFieldErrors({{KnownTypes.Utf8JsonWriter}} json, {{KnownTypes.IEnumerable}}<{{KnownTypes.KeyValuePair}}<string, string[]>> fieldErrors)
            {
                json.WriteStartObject();
                foreach (var field in fieldErrors)
                {
                    json.WriteStartArray(field.Key);
                    foreach (var message in field.Value ?? {{KnownTypes.Array}}.Empty<string>())
                    {
                        json.WriteStringValue(message);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }
            """);
    }

    private static void WriteProblemFallback(SourceWriter writer)
    {
        writer.Line($$"""
            // problem+json when the app's IProblemDetailsService declines (say, Accept: text/html): the members ASP.NET Core
            // writes, in its order, null ones left out, then the extensions.
            public static async {{KnownTypes.Task}} WriteProblemJsonAsync({{KnownTypes.HttpContext}} httpContext, {{KnownTypes.ProblemDetails}} problem)
            {
                var buffer = new {{KnownTypes.ArrayBufferWriter}}<byte>();
                using (var json = new {{KnownTypes.Utf8JsonWriter}}(buffer, ReadableJson))
                {
                    json.WriteStartObject();
                    WriteIfSet(json, "type", problem.Type);
                    WriteIfSet(json, "title", problem.Title);
                    if (problem.Status is { } status)
                    {
                        json.WriteNumber("status", status);
                    }

                    WriteIfSet(json, "detail", problem.Detail);
                    WriteIfSet(json, "instance", problem.Instance);
                    if (problem is {{KnownTypes.HttpValidationProblemDetails}} validation)
                    {
                        json.WritePropertyName("errors");
                        WriteFieldErrors(json, validation.Errors);
                    }

                    foreach (var extension in problem.Extensions)
                    {
                        json.WritePropertyName(extension.Key);
                        WriteJsonValue(json, extension.Value);
                    }

                    json.WriteEndObject();
                }

                httpContext.Response.ContentType = "application/problem+json";
                await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted).ConfigureAwait(false);
            }

            private static void WriteIfSet({{KnownTypes.Utf8JsonWriter}} json, string name, string? value)
            {
                if (value is not null)
                {
                    json.WriteString(name, value);
                }
            }
            """);
    }
}
