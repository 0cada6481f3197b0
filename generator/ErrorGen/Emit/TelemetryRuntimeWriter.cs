namespace ErrorGen.Emit;

/// <summary>
/// What an error written to a response leaves behind, in <see cref="CatalogRuntimeEmitter"/>'s shared class (web
/// projects only): the log event (the code as its event id) and the OpenTelemetry signals — <c>error.type</c> on the
/// request's activity and one count on the catalog's counter of the <c>ErrorGen</c> meter. System.Diagnostics only, so
/// any OpenTelemetry exporter reads them and the project needs no package.
/// </summary>
internal static class TelemetryRuntimeWriter
{
    /// <summary>The meter every catalog's counter is on: <c>AddMeter("ErrorGen")</c> exports them.</summary>
    public const string MeterName = "ErrorGen";

    public static void Write(SourceWriter writer)
    {
        WriteSignals(writer);
        writer.Line();
        WriteLog(writer);
    }

    private static void WriteSignals(SourceWriter writer)
    {
        writer.Line($$"""
            public static readonly {{KnownTypes.Meter}} Meter = new {{KnownTypes.Meter}}("{{MeterName}}");

            // OpenTelemetry's names: error.type on the request's activity (status Error for a 5xx, as HTTP server spans
            // have it) and one count with the code, its name and module, the status and whether a retry may succeed.
            // The tags are built only when a listener (an exporter) is attached to the counter.
            public static void RecordError({{KnownTypes.Counter}}<long> counter, {{KnownTypes.HttpContext}} httpContext, int httpStatus, string code, string name, string? module, bool retryable)
            {
                var activity = httpContext.Features.Get<{{KnownTypes.IHttpActivityFeature}}>()?.Activity ?? {{KnownTypes.Activity}}.Current;
                if (activity is not null)
                {
                    activity.SetTag("error.type", code);
                    activity.SetTag("errorgen.code.name", name);
                    if (httpStatus >= 500)
                    {
                        activity.SetStatus({{KnownTypes.ActivityStatusCode}}.Error);
                    }
                }

                if (!counter.Enabled)
                {
                    return;
                }

                var tags = new {{KnownTypes.TagList}}
                {
                    { "error.type", code },
                    { "errorgen.code.name", name },
                    { "http.response.status_code", httpStatus },
                    { "errorgen.retryable", retryable },
                };
                if (module is not null)
                {
                    tags.Add("errorgen.module", module);
                }

                counter.Add(1, in tags);
            }
            """);
    }

    private static void WriteLog(SourceWriter writer)
    {
        writer.Line($$"""
            // Server errors at Error with the exception; client errors at Information without it (they are the caller's).
            // The event id is the code (0 for text codes) and the event name the code's name, so a log query can filter
            // by code; the entry's properties are the code, name, module, status and trace id.
            public static void LogError({{KnownTypes.ILogger}} logger, int httpStatus, int eventId, string name, string code, string? module, string traceId, {{KnownTypes.Exception}} exception)
            {
                var level = httpStatus >= 500 ? {{KnownTypes.LogLevel}}.Error : {{KnownTypes.LogLevel}}.Information;
                if (logger.IsEnabled(level))
                {
                    logger.Log(level, new {{KnownTypes.EventId}}(eventId, name), new ErrorLogEntry(code, name, module, httpStatus, traceId), httpStatus >= 500 ? exception : null, ErrorLogEntry.Format);
                }
            }

            // A log entry's structured properties without reflection (trimming and Native AOT keep it as it is).
            private readonly struct ErrorLogEntry : {{KnownTypes.IReadOnlyListOfKeyValuePair}}
            {
                private const string WithModule = "Request failed with error {ErrorCode} (module {ErrorModule}), trace {TraceId}";
                private const string WithoutModule = "Request failed with error {ErrorCode}, trace {TraceId}";

                private readonly string _code;
                private readonly string _name;
                private readonly string? _module;
                private readonly int _httpStatus;
                private readonly string _traceId;

                public ErrorLogEntry(string code, string name, string? module, int httpStatus, string traceId)
                {
                    _code = code;
                    _name = name;
                    _module = module;
                    _httpStatus = httpStatus;
                    _traceId = traceId;
                }

                public int Count => 6;

                public {{KnownTypes.KeyValuePair}}<string, object?> this[int index] => index switch
                {
                    0 => new {{KnownTypes.KeyValuePair}}<string, object?>("ErrorCode", _code),
                    1 => new {{KnownTypes.KeyValuePair}}<string, object?>("ErrorName", _name),
                    2 => new {{KnownTypes.KeyValuePair}}<string, object?>("ErrorModule", _module),
                    3 => new {{KnownTypes.KeyValuePair}}<string, object?>("HttpStatus", _httpStatus),
                    4 => new {{KnownTypes.KeyValuePair}}<string, object?>("TraceId", _traceId),
                    5 => new {{KnownTypes.KeyValuePair}}<string, object?>("{OriginalFormat}", _module is null ? WithoutModule : WithModule),
                    _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),
                };

                public global::System.Collections.Generic.IEnumerator<{{KnownTypes.KeyValuePair}}<string, object?>> GetEnumerator()
                {
                    for (var i = 0; i < Count; i++)
                    {
                        yield return this[i];
                    }
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

                public static string Format(ErrorLogEntry entry, {{KnownTypes.Exception}}? exception)
                    => entry._module is null
                        ? "Request failed with error " + entry._code + ", trace " + entry._traceId
                        : "Request failed with error " + entry._code + " (module " + entry._module + "), trace " + entry._traceId;
            }
            """);
    }
}
