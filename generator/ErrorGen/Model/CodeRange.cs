using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ErrorGen.Model;

/// <summary>
/// The codes a module or an HTTP rule owns, as written. For integer codes: one code (<c>50011</c>, <c>-1</c>), an
/// inclusive range (<c>40001-40111</c>, <c>-1999--1000</c>) or a prefix pattern whose trailing x's stand for any digit
/// (<c>100xxx</c> = 100000-100999). For string codes: a <see cref="TextPattern"/> (<c>22xxx</c>, <c>HV*</c>,
/// <c>ERR_AUTH_*</c>, or one code).
/// </summary>
/// <remarks>
/// A file is read before the catalog's code type is known (the header may be in another file), so a catalog's range is
/// read both ways where it can be; validation keeps the form of the catalog's type (<see cref="For"/>).
/// </remarks>
internal readonly record struct CodeRange(long First, long Last, string Text)
{
    private static readonly Regex s_integerRange = new(@"^(-?\d+)\s*-\s*(-?\d+)$", RegexOptions.CultureInvariant);
    private static readonly Regex s_integerPrefix = new(@"^(-?)(\d+)([xX]+)$", RegexOptions.CultureInvariant);

    /// <summary>Whether the range holds integer codes (<see cref="First"/>..<see cref="Last"/>).</summary>
    public bool IsInteger { get; init; }

    /// <summary>The string codes the range holds, or null when it is written for integer codes only.</summary>
    public TextPattern? Pattern { get; init; }

    /// <summary>Why the text is no range of integer codes (an overflowing prefix, say), when it is read only as a pattern.</summary>
    public string? IntegerError { get; init; }

    public bool Contains(long code) => IsInteger && code >= First && code <= Last;

    /// <summary>Whether the range holds the code <paramref name="text"/> (<paramref name="integer"/> its value if it has one).</summary>
    public bool Contains(string text, long? integer)
        => IsInteger ? integer is { } value && Contains(value) : Pattern is { } pattern && pattern.Matches(text);

    public bool Overlaps(CodeRange other)
        => IsInteger && other.IsInteger ? First <= other.Last && other.First <= Last
            : Pattern is { } mine && other.Pattern is { } theirs && mine.Overlaps(theirs);

    /// <summary>The form for a catalog of <paramref name="codeType"/>, or null (with why) when it has none.</summary>
    public CodeRange? For(CodeType codeType, out string error)
    {
        error = string.Empty;
        if (codeType == CodeType.Integer)
        {
            if (IsInteger)
            {
                return this with { Pattern = null };
            }

            error = IntegerError ?? "integer codes are grouped by a code (50011), a range (40001-40111) or a prefix pattern of digits (100xxx)";
            return null;
        }

        if (Pattern is not null)
        {
            return this with { IsInteger = false };
        }

        error = "string codes are grouped by prefix patterns: 22xxx (22 and three more characters), HV* or ERR_AUTH_* "
            + "(every code that starts so), or one code; a range first-last is for integer codes";
        return null;
    }

    public override string ToString() => Text;

    /// <summary>A catalog's module range or HTTP rule: read as integer codes and as a string-code pattern where each applies.</summary>
    public static bool TryParseCatalogRange(string text, out CodeRange range, out string error)
    {
        var trimmed = text.Trim();
        var isInteger = TryParse(trimmed, out range, out error);
        // Two integers joined by '-' are a range, never one string code.
        TextPattern? pattern = null;
        var textError = "a range first-last is for integer codes";
        if (!s_integerRange.IsMatch(trimmed) && TextPattern.TryParse(trimmed, out var textPattern, out textError))
        {
            pattern = textPattern;
        }

        if (!isInteger && pattern is null)
        {
            error = trimmed.Length == 0 ? error : $"{error}; for string codes: {textError}";
            return false;
        }

        range = isInteger ? range with { Pattern = pattern } : new CodeRange(0, -1, trimmed) { Pattern = pattern, IntegerError = error };
        return true;
    }

    /// <summary>Integer codes only (a registry's blocks, a catalog of integer codes).</summary>
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

        if (s_integerRange.Match(trimmed) is { Success: true } pair)
        {
            if (!TryParseInteger(pair.Groups[1].Value, out var first) || !TryParseInteger(pair.Groups[2].Value, out var last))
            {
                error = "a range's codes must be integers within ±9223372036854775807";
                return false;
            }

            if (last < first)
            {
                error = "the range ends before it starts";
                return false;
            }

            range = new CodeRange(first, last, trimmed) { IsInteger = true };
            return true;
        }

        if (s_integerPrefix.Match(trimmed) is { Success: true } prefixed)
        {
            return TryParsePrefix(trimmed, prefixed.Groups[1].Length > 0, prefixed.Groups[2].Value, prefixed.Groups[3].Length, out range, out error);
        }

        if (TryParseInteger(trimmed, out var single))
        {
            range = new CodeRange(single, single, trimmed) { IsInteger = true };
            return true;
        }

        error = "expected a code (50011), a range (40001-40111) or a prefix pattern (100xxx)";
        return false;
    }

    private static bool TryParsePrefix(string text, bool negative, string digits, int wildcards, out CodeRange range, out string error)
    {
        range = default;
        error = string.Empty;
        if (!TryParseInteger(digits, out var head) || wildcards > 18)
        {
            error = "a prefix pattern is digits followed by x's, like '100xxx'";
            return false;
        }

        var scale = 1L;
        for (var i = 0; i < wildcards; i++)
        {
            scale *= 10;
        }

        // A prefix this long would wrap around: 9999999999999999xxx is not a range of longs.
        if (head > (long.MaxValue - (scale - 1)) / scale)
        {
            error = "the prefix pattern covers codes beyond the largest integer code (9223372036854775807)";
            return false;
        }

        var (low, high) = (head * scale, (head * scale) + scale - 1);
        range = (negative ? new CodeRange(-high, -low, text) : new CodeRange(low, high, text)) with { IsInteger = true };
        return true;
    }

    private static bool TryParseInteger(string text, out long value)
        => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

/// <summary>
/// String codes that start with <see cref="Prefix"/>: all of them (<c>HV*</c>, <see cref="Length"/> null), those of
/// exactly <see cref="Length"/> characters (<c>22xxx</c>: two or more trailing lowercase x's stand for one character
/// each), or, with no wildcard, one code.
/// </summary>
internal readonly record struct TextPattern(string Prefix, int? Length)
{
    public bool Matches(string code)
        => code.StartsWith(Prefix, StringComparison.Ordinal) && (Length is not { } length || code.Length == length);

    /// <summary>Whether some code matches both: the prefixes agree, and so do the lengths where both are fixed.</summary>
    public bool Overlaps(TextPattern other)
    {
        var (shorter, longer) = Prefix.Length <= other.Prefix.Length ? (this, other) : (other, this);
        if (!longer.Prefix.StartsWith(shorter.Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return (Length, other.Length) switch
        {
            ({ } a, { } b) => a == b,
            (null, null) => true,
            _ => (shorter.Length ?? longer.Length)!.Value >= longer.Prefix.Length,
        };
    }

    public static bool TryParse(string text, out TextPattern pattern, out string error)
    {
        pattern = default;
        error = string.Empty;
        if (text.Length == 0 || text.Trim().Length != text.Length || text.IndexOf(' ') >= 0)
        {
            error = "a pattern is written without spaces";
            return false;
        }

        if (text.EndsWith("*", StringComparison.Ordinal))
        {
            var prefix = text.Substring(0, text.Length - 1);
            if (prefix.Length == 0 || prefix.IndexOf('*') >= 0)
            {
                error = "a '*' pattern needs a prefix before its one trailing '*' (HV*, ERR_AUTH_*)";
                return false;
            }

            pattern = new TextPattern(prefix, null);
            return true;
        }

        if (text.IndexOf('*') >= 0)
        {
            error = "'*' may only end a pattern (HV*, ERR_AUTH_*)";
            return false;
        }

        // Two or more trailing x's are wildcards (one x ends many a code: ERR_TAX, invalid_regex).
        var head = text.TrimEnd('x');
        if (text.Length - head.Length < 2 || head.Length == 0)
        {
            // No wildcard (or nothing but x's): the one code written.
            pattern = new TextPattern(text, text.Length);
            return true;
        }

        pattern = new TextPattern(head, text.Length);
        return true;
    }
}
