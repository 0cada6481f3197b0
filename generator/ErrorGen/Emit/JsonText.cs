using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorGen.Emit;

/// <summary>Minimal JSON (RFC 8259) for the example bodies written at build time; the generator has no System.Text.Json.</summary>
internal static class JsonText
{
    public static string Object(IEnumerable<KeyValuePair<string, object?>> members)
    {
        var json = new StringBuilder("{");
        var first = true;
        foreach (var member in members)
        {
            json.Append(first ? string.Empty : ",");
            first = false;
            String(json, member.Key);
            json.Append(':');
            switch (member.Value)
            {
                case null: json.Append("null"); break;
                case bool b: json.Append(b ? "true" : "false"); break;
                case string s: String(json, s); break;
                case int i: json.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                case long l: json.Append(l.ToString(CultureInfo.InvariantCulture)); break;
                default: String(json, member.Value.ToString() ?? string.Empty); break;
            }
        }

        return json.Append('}').ToString();
    }

    private static void String(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
