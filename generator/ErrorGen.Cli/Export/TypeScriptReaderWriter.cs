using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Cli.Export;

/// <summary>
/// The reading half of a catalog's TypeScript module: an error class, its type guard, and
/// <c>readXError(response)</c>, which reads problem+json or the catalog's envelope from a <c>fetch</c> response the way
/// the generated .NET client does. It never throws for what the server sent: an unknown code, a body that is not JSON
/// or an empty one still give an error that says what came.
/// </summary>
internal static class TypeScriptReaderWriter
{
    public static void Write(StringBuilder text, CatalogSpec catalog, string name)
    {
        text.Append($$"""
            /** An error response of the {{TypeScriptModuleWriter.Comment(catalog.Name)}} API, as {@link read{{name}}Error} reads it. */
            export class {{name}}Error extends Error {
              /** The typed code, or null when the server sent a code this catalog does not know (see rawCode). */
              readonly code: {{name}}Code | null;
              /** The code exactly as the server sent it, or null when the body carried none. */
              readonly rawCode: string | null;
              /** The catalog's description of the code, or null for an unknown code. */
              readonly info: {{name}}ErrorInfo | null;
              readonly httpStatus: number;
              /** Whether a retry may succeed: the server's word, else the catalog's. */
              readonly retryable: boolean;
              /** The error's arguments (problem+json's "arguments"), or an empty object. */
              readonly arguments: Readonly<Record<string, unknown>>;
              /** The server's trace id, or null. */
              readonly traceId: string | null;
              /** Retry-After in seconds, or null. */
              readonly retryAfterSeconds: number | null;

              constructor(httpStatus: number, rawCode: string | null, message: string, retryable: boolean | null, args: Readonly<Record<string, unknown>>, traceId: string | null, retryAfterSeconds: number | null) {
                super(message);
                this.name = "{{name}}Error";
                this.httpStatus = httpStatus;
                this.rawCode = rawCode;
                this.code = codeOf(rawCode);
                this.info = this.code === null ? null : {{name}}Errors.get(this.code) ?? null;
                this.retryable = retryable ?? this.info?.retryable ?? false;
                this.arguments = args;
                this.traceId = traceId;
                this.retryAfterSeconds = retryAfterSeconds;
              }
            }

            /** Whether a value (a caught error, say) is an error of this catalog's API. */
            export function is{{name}}Error(value: unknown): value is {{name}}Error {
              return value instanceof {{name}}Error;
            }

            /**
             * Reads a fetch response of the {{TypeScriptModuleWriter.Comment(catalog.Name)}} API: null when it reports success, else the error its
             * body carries ({{BodyDescription(catalog)}}). Consumes the body; never throws for what the server sent.
             */
            export async function read{{name}}Error(response: Response): Promise<{{name}}Error | null> {
              let body: unknown = null;
              try {
                const text = await response.text();
                body = text.length > 0 ? JSON.parse(text) : null;
              } catch {
                body = null;
              }

              const record = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
              const retryAfter = retryAfterOf(response.headers.get("Retry-After"));
              if (record !== null && typeof record["status"] === "number" && ("type" in record || "title" in record) && "code" in record) {
                return new {{name}}Error(
                  response.status, textOf(record["code"]), textOf(record["detail"]) ?? textOf(record["title"]) ?? `HTTP ${response.status}`,
                  typeof record["retryable"] === "boolean" ? record["retryable"] : null, objectOf(record["arguments"]), textOf(record["traceId"]), retryAfter);
              }

            """);
        WriteEnvelopeRead(text, catalog, name);
        text.Append($$"""
              if (response.ok) {
                return null;
              }

              return new {{name}}Error(response.status, null, `HTTP ${response.status}`, null, {}, null, retryAfter);
            }

            function codeOf(raw: string | null): {{name}}Code | null {
              if (raw === null) {
                return null;
              }

            """);
        text.Append(catalog.CodeType == CodeType.Integer
            ? $"  const value = /^-?[0-9]+$/.test(raw) ? Number(raw) : NaN;\n  return {name}Errors.has(value as {name}Code) ? (value as {name}Code) : null;\n"
            : $"  return {name}Errors.has(raw as {name}Code) ? (raw as {name}Code) : null;\n");
        text.Append("""
            }

            function textOf(value: unknown): string | null {
              return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : null;
            }

            function objectOf(value: unknown): Readonly<Record<string, unknown>> {
              return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
            }

            function retryAfterOf(header: string | null): number | null {
              if (header === null) {
                return null;
              }

              const seconds = /^[0-9]+$/.test(header.trim()) ? Number(header.trim()) : (Date.parse(header) - Date.now()) / 1000;
              return Number.isFinite(seconds) ? Math.max(0, Math.min(seconds, 86400)) : null;
            }

            """);
    }

    // The envelope: its code and message fields, and its success indicator (a success code, or a flag).
    private static void WriteEnvelopeRead(StringBuilder text, CatalogSpec catalog, string name)
    {
        if (catalog.Envelope is not { } envelope)
        {
            return;
        }

        var code = ScriptText.String(envelope.CodeField);
        var message = ScriptText.String(envelope.MessageField);
        text.Append("  if (record !== null && ").Append(code).Append(" in record) {\n");
        if (catalog.Success is { } success)
        {
            var field = ScriptText.String(success.Field);
            text.Append(success.IsCode
                ? $"    if (textOf(record[{field}]) === {ScriptText.String(success.ValueText)}) {{\n      return null;\n    }}\n\n"
                : $"    if (record[{field}] === true) {{\n      return null;\n    }}\n\n");
        }

        var trace = envelope.CorrelationHeader is { } header ? $"response.headers.get({ScriptText.String(header)})" : "null";
        text.Append("    return new ").Append(name).Append("Error(response.status, textOf(record[").Append(code).Append("]), textOf(record[")
            .Append(message).Append("]) ?? `HTTP ${response.status}`, null, {}, ").Append(trace).Append(", retryAfter);\n  }\n\n");
    }

    private static string BodyDescription(CatalogSpec catalog)
        => catalog.Envelope is { } envelope
            ? "its envelope, or problem+json" + (envelope.NegotiateProblemDetails ? " when asked for with Accept: application/problem+json" : string.Empty)
            : "problem+json";
}
