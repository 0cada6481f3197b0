namespace ErrorGen.Emit;

/// <summary>
/// The HTTP client's reading that no catalog changes, in <see cref="CatalogRuntimeEmitter"/>'s shared class: the body
/// within its size and time limits, a field as text, and a clamped <c>Retry-After</c>.
/// </summary>
internal static class ClientRuntimeWriter
{
    public static void Write(SourceWriter writer)
    {
        writer.Line($$"""
                public static async {{KnownTypes.Task}}<(byte[]? Body, string? Problem)> ReadBodyAsync({{KnownTypes.HttpResponseMessage}} response, {{KnownTypes.TimeSpan}} timeout, int maxBodyBytes, {{KnownTypes.CancellationToken}} cancellationToken)
                {
                    // Media types are case-insensitive (RFC 9110 §8.3.1).
                    var mediaType = response.Content?.Headers.ContentType?.MediaType;
                    if (response.Content is null || mediaType is null || (!string.Equals(mediaType, "application/json", {{KnownTypes.StringComparison}}.OrdinalIgnoreCase) && !mediaType.EndsWith("+json", {{KnownTypes.StringComparison}}.OrdinalIgnoreCase)))
                    {
                        return (null, mediaType is null ? "the response has no JSON body" : "unexpected content type " + mediaType);
                    }

                    if (response.Content.Headers.ContentLength > maxBodyBytes)
                    {
                        return (null, "the body is larger than " + maxBodyBytes + " bytes");
                    }

                    using var deadline = {{KnownTypes.CancellationTokenSource}}.CreateLinkedTokenSource(cancellationToken);
                    deadline.CancelAfter(timeout);
                    try
                    {
                        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                        using var buffer = new {{KnownTypes.MemoryStream}}();
                        var chunk = new byte[8192];
                        int read;
                        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, deadline.Token).ConfigureAwait(false)) > 0)
                        {
                            if (buffer.Length + read > maxBodyBytes)
                            {
                                return (null, "the body is larger than " + maxBodyBytes + " bytes");
                            }

                            buffer.Write(chunk, 0, read);
                        }

                        return (buffer.ToArray(), null);
                    }
                    catch ({{KnownTypes.IOException}} exception)
                    {
                        return (null, "the body could not be read: " + exception.Message);
                    }
                    catch ({{KnownTypes.HttpRequestException}} exception)
                    {
                        return (null, "the body could not be read: " + exception.Message);
                    }
                    catch ({{KnownTypes.OperationCanceledException}}) when (!cancellationToken.IsCancellationRequested)
                    {
                        return (null, "the body did not arrive within " + timeout);
                    }
                }

                public static string? Text({{KnownTypes.JsonElement}} root, string property)
                {
                    if (!root.TryGetProperty(property, out var value))
                    {
                        return null;
                    }

                    return value.ValueKind switch
                    {
                        {{KnownTypes.JsonValueKind}}.String => value.GetString(),
                        {{KnownTypes.JsonValueKind}}.Number => value.GetRawText(),
                        _ => null,
                    };
                }

                // The problem's "arguments", JSON values as .NET ones (text, long or decimal or double, bool, null; objects,
                // arrays and numbers beyond double as their JSON text); null when there are none.
                public static {{KnownTypes.IReadOnlyDictionary}}<string, object?>? ArgumentsOf({{KnownTypes.JsonElement}} root)
                {
                    if (!root.TryGetProperty("arguments", out var arguments) || arguments.ValueKind != {{KnownTypes.JsonValueKind}}.Object)
                    {
                        return null;
                    }

                    var values = new {{KnownTypes.Dictionary}}<string, object?>({{KnownTypes.StringComparer}}.Ordinal);
                    foreach (var argument in arguments.EnumerateObject())
                    {
                        var value = argument.Value;
                        values[argument.Name] = value.ValueKind switch
                        {
                            {{KnownTypes.JsonValueKind}}.String => value.GetString(),
                            {{KnownTypes.JsonValueKind}}.Number => value.TryGetInt64(out var whole) ? whole
                                : value.TryGetDecimal(out var exact) ? exact
                                : value.TryGetDouble(out var approximate) && !double.IsInfinity(approximate) ? approximate
                                : (object)value.GetRawText(),
                            {{KnownTypes.JsonValueKind}}.True => true,
                            {{KnownTypes.JsonValueKind}}.False => false,
                            {{KnownTypes.JsonValueKind}}.Null => null,
                            _ => value.GetRawText(),
                        };
                    }

                    return values;
                }

                // Field errors, field → messages: RFC 9457's "errors", or the envelope's data.errors.
                public static {{KnownTypes.IReadOnlyDictionary}}<string, string[]>? FieldErrorsOf({{KnownTypes.JsonElement}} root, string? dataField)
                {
                    {{KnownTypes.JsonElement}} errors = default;
                    if (root.TryGetProperty("errors", out var topLevel))
                    {
                        errors = topLevel;
                    }
                    else if (dataField is not null && root.TryGetProperty(dataField, out var data) && data.ValueKind == {{KnownTypes.JsonValueKind}}.Object
                        && data.TryGetProperty("errors", out var nested))
                    {
                        errors = nested;
                    }

                    if (errors.ValueKind != {{KnownTypes.JsonValueKind}}.Object)
                    {
                        return null;
                    }

                    var fields = new {{KnownTypes.Dictionary}}<string, string[]>({{KnownTypes.StringComparer}}.Ordinal);
                    foreach (var field in errors.EnumerateObject())
                    {
                        var messages = new {{KnownTypes.List}}<string>();
                        if (field.Value.ValueKind == {{KnownTypes.JsonValueKind}}.Array)
                        {
                            foreach (var message in field.Value.EnumerateArray())
                            {
                                messages.Add(message.ValueKind == {{KnownTypes.JsonValueKind}}.String ? message.GetString() ?? string.Empty : message.GetRawText());
                            }
                        }
                        else if (field.Value.ValueKind == {{KnownTypes.JsonValueKind}}.String)
                        {
                            messages.Add(field.Value.GetString() ?? string.Empty);
                        }

                        fields[field.Name] = messages.ToArray();
                    }

                    return fields;
                }

                // The problem's "traceId", else the response's correlation header (the envelope's, if it names one).
                public static string? TraceIdOf({{KnownTypes.JsonElement}} root, {{KnownTypes.HttpResponseMessage}} response, string? correlationHeader)
                {
                    if (Text(root, "traceId") is { } traceId)
                    {
                        return traceId;
                    }

                    if (correlationHeader is not null && response.Headers.TryGetValues(correlationHeader, out var values))
                    {
                        foreach (var value in values)
                        {
                            return value;
                        }
                    }

                    return null;
                }

                public static {{KnownTypes.TimeSpan}}? RetryAfterOf({{KnownTypes.HttpResponseMessage}} response, {{KnownTypes.TimeSpan}} maxRetryAfter)
                {
                    var header = response.Headers.RetryAfter;
                    {{KnownTypes.TimeSpan}}? wait = header?.Delta ?? (header?.Date is { } date ? date - {{KnownTypes.DateTimeOffset}}.UtcNow : ({{KnownTypes.TimeSpan}}?)null);
                    if (wait is not { } value)
                    {
                        return null;
                    }

                    return value < {{KnownTypes.TimeSpan}}.Zero ? {{KnownTypes.TimeSpan}}.Zero : value > maxRetryAfter ? maxRetryAfter : value;
                }
                """);
    }
}
