using System;
using System.Globalization;

namespace ErrorGen.Model;

/// <summary>
/// A code as written in YAML: its text, and its integer value when the text is a plain integer.
/// Whether the catalog treats it as an integer or a string is decided by the catalog's codeType.
/// </summary>
internal readonly record struct CodeValue(string Text, long? Integer, bool? Boolean)
{
    public static CodeValue FromScalar(string text, bool isPlain)
    {
        long? integer = null;
        bool? boolean = null;
        if (isPlain)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                integer = parsed;
            }
            else if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                boolean = true;
            }
            else if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                boolean = false;
            }
        }

        return new CodeValue(text, integer, boolean);
    }

    public override string ToString() => Text;
}

/// <summary>
/// An inclusive range of integer codes. Written as a single code (<c>50011</c>), a range (<c>40001-40111</c>)
/// or a prefix pattern whose trailing x's stand for any digit (<c>100xxx</c> = 100000-100999).
/// </summary>
internal readonly record struct CodeRange(long First, long Last, string Text)
{
    public bool Contains(long code) => code >= First && code <= Last;

    public bool Overlaps(CodeRange other) => First <= other.Last && other.First <= Last;

    public override string ToString() => Text;

    public static bool TryParse(string text, out CodeRange range, out string error)
    {
        range = default;
        error = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "the range is empty (a stray comma?)";
            return false;
        }

        var dash = trimmed.IndexOf('-', 1);
        if (dash > 0)
        {
            if (!TryParseInteger(trimmed.Substring(0, dash).Trim(), out var first) ||
                !TryParseInteger(trimmed.Substring(dash + 1).Trim(), out var last))
            {
                error = "a range is written 'first-last' with two integer codes";
                return false;
            }

            if (last < first)
            {
                error = "the range ends before it starts";
                return false;
            }

            range = new CodeRange(first, last, trimmed);
            return true;
        }

        var wildcard = trimmed.IndexOfAny(new[] { 'x', 'X' });
        if (wildcard > 0)
        {
            var prefix = trimmed.Substring(0, wildcard);
            var tail = trimmed.Substring(wildcard);
            if (!TryParseInteger(prefix, out var head) || tail.Trim('x', 'X').Length != 0 || tail.Length > 18)
            {
                error = "a prefix pattern is digits followed by x's, like '100xxx'";
                return false;
            }

            var scale = 1L;
            for (var i = 0; i < tail.Length; i++)
            {
                scale *= 10;
            }

            // A prefix this long would wrap around: 9999999999999999xxx is not a range of longs.
            if (head > (long.MaxValue - (scale - 1)) / scale)
            {
                error = "the prefix pattern covers codes beyond the largest integer code (9223372036854775807)";
                return false;
            }

            range = new CodeRange(head * scale, (head * scale) + scale - 1, trimmed);
            return true;
        }

        if (TryParseInteger(trimmed, out var single))
        {
            range = new CodeRange(single, single, trimmed);
            return true;
        }

        error = "expected a code (50011), a range (40001-40111) or a prefix pattern (100xxx)";
        return false;
    }

    private static bool TryParseInteger(string text, out long value)
        => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

internal enum ParameterType
{
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Guid,
    DateTimeOffset,
}
