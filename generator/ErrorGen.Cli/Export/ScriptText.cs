using System.Text.Encodings.Web;
using System.Text.Json;

namespace ErrorGen.Cli.Export;

/// <summary>
/// Catalog text as TypeScript and JSON source: every string a JSON string literal (valid in both), with everything
/// outside printable ASCII and every character HTML treats specially escaped, so no catalog value can end a literal,
/// open a comment or inject code.
/// </summary>
internal static class ScriptText
{
    private static readonly JsonSerializerOptions s_literal = new() { Encoder = JavaScriptEncoder.Default };

    public static string String(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, s_literal);

    public static string Bool(bool value) => value ? "true" : "false";
}
