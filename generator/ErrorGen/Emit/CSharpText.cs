using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorGen.Validation;

namespace ErrorGen.Emit;

/// <summary>Escaping of catalog text for C# string literals and XML doc comments: nothing from YAML reaches code unescaped.</summary>
internal static class CSharpText
{
    public const string GeneratedCodeAttribute = $"[{KnownTypes.GeneratedCode}(\"ErrorGen\", \"" + ThisAssembly.Version + "\")]";

    /// <summary>The literals of <paramref name="values"/>, comma-separated: the items of an array initializer.</summary>
    public static string Literals(IEnumerable<string?> values) => string.Join(", ", values.Select(Literal));

    /// <summary>A regular C# string literal that round-trips <paramref name="value"/> exactly, or <c>null</c>.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        // Most catalog text needs no escaping at all.
        var clean = true;
        foreach (var c in value)
        {
            if (c == '"' || c == '\\' || NeedsEscape(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for one line of an XML doc comment: markup escaped; line breaks (every one C# knows: \n, \r, U+0085,
    /// U+2028, U+2029) and characters XML cannot hold become spaces, so no value can end the <c>///</c> line and
    /// continue as code. Multi-line docs are written by <see cref="SourceWriter.Doc"/>, which prefixes every line.
    /// </summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(NeedsEscape(c) ? ' ' : c); break;
            }
        }

        return builder.ToString();
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    // Control, format (incl. bidi overrides), line and paragraph separators, surrogates, private use, unassigned — the
    // characters names may not hold at all (TextRules) — and, in literals, separators other than the plain space.
    private static bool NeedsEscape(char c)
        => TextRules.IsForbidden(c) || (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);
}
