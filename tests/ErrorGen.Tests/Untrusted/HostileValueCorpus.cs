using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ErrorGen.Tests.Untrusted;

/// <summary>
/// Values a pull request can put into any string-valued key of a catalog: code injection through every line
/// terminator C# knows, comment and XML breakers, quotes, invisible and bidi characters, names that ErrorGen's own
/// generated members use, keywords, HTTP header and URI breakers, lone surrogates, very long text.
/// </summary>
internal static class HostileValueCorpus
{
    public static readonly string[] Values =
    {
        "Shop\npublic static partial class Injected { }\n//",
        "Shop\r\npublic static partial class Injected { }\r\n//",
        "Shop\rpublic static partial class Injected { }\r//",
        "Shop\u2028public static partial class Injected { }\u2028//",
        "Shop\u2029public static partial class Injected { }",
        "Shop\u0085public static partial class Injected { }",
        "*/ public static partial class Injected { } /*",
        "</summary> public static partial class Injected { } <summary>",
        "x\"); } public static partial class Injected { static void M() { _ = (\"",
        "\"\"\" public static partial class Injected { } \"\"\"",
        "\\",
        "{0}",
        "{ a }",
        "}}{{",
        "\u202Eevil\u202C",
        "Shop\u200B",
        "Cafe\u0301",
        "Café",
        "class",
        "global",
        "value__",
        "var",
        "_",
        "@",
        "",
        " ",
        "  padded  ",
        "\0",
        "\uD800",
        "\uFEFF",
        new string('A', 600),
        "ToString",
        "Values",
        "Template",
        "InnerException",
        "innerException",
        "Content-Length",
        "Connection",
        "x-corr: id",
        "javascript:alert(1)",
        "12345",
        "日本語",
        "a.b.c",
        "a..b",
        "%00",
        "<script>alert(1)</script>",
    };

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || char.IsSurrogate(c) || c == '\uFEFF' || c == '\u2028' || c == '\u2029')
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

    /// <summary>A readable label for a test case: control and invisible characters shown as escapes.</summary>
    public static string Label(string value)
    {
        var shown = value.Length > 40 ? value.Substring(0, 20) + $"…({value.Length} chars)" : value;
        return string.Concat(shown.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
    }

    public static IEnumerable<object[]> Cases(IEnumerable<string> keys)
        => from key in keys from index in Enumerable.Range(0, Values.Length) select new object[] { key, index };
}
