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
