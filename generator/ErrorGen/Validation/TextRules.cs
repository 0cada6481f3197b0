using System.Collections.Generic;
using System.Globalization;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// The grammar of catalog values that become names (catalog, module, code, parameter, success and envelope field
/// names, string codes): printable text only. Control, format (bidi overrides, zero-width), line-breaking, surrogate,
/// private-use and unassigned characters are refused with a located error, so they never reach an identifier, a
/// JSON property name or a hint name ("Trojan Source", CVE-2021-42574).
/// </summary>
internal static class TextRules
{
    /// <summary>Longest identifier ErrorGen derives from a name: generated type names add suffixes, and C# stops at 512.</summary>
    public const int MaxIdentifierLength = 128;

    /// <summary>The first character a name may not hold, or -1.</summary>
    public static int IndexOfForbiddenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsForbidden(char c)
    {
        if (c < 0x20 || c == 0x7F)
        {
            return true;
        }

        if (c < 0x80)
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reports a name holding a forbidden character, or padded with spaces where that matters; returns whether it is usable.</summary>
    public static bool CheckName(Located<string> name, string what, List<DiagnosticInfo> diagnostics, bool allowPadding = true)
    {
        var problem = DescribeProblem(name.Value, allowPadding);
        if (problem is null)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, name.Location, what, Printable(name.Value), problem));
        return false;
    }

    public static string? DescribeProblem(string value, bool allowPadding = true)
    {
        var index = IndexOfForbiddenCharacter(value);
        if (index >= 0)
        {
            return $"it holds U+{(int)value[index]:X4} at position {index + 1}, "
                + "an invisible, control or line-breaking character that names may not hold";
        }

        if (!allowPadding && value.Trim().Length != value.Length)
        {
            return "it starts or ends with white space, which the wire value would carry";
        }

        return null;
    }

    /// <summary>The identifier made from a name is too long for generated type names and file names.</summary>
    public static bool CheckIdentifierLength(string identifier, Located<string> name, string what, List<DiagnosticInfo> diagnostics)
    {
        if (identifier.Length <= MaxIdentifierLength)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidValue, name.Location, what, Printable(name.Value),
            $"its C# identifier would be {identifier.Length} characters long; the limit is {MaxIdentifierLength}"));
        return false;
    }

    /// <summary>A value as a diagnostic message may show it: forbidden characters as \uXXXX, long values cut.</summary>
    public static string Printable(string value)
    {
        var shown = value.Length > 80 ? value.Substring(0, 80) + "…" : value;
        var builder = new System.Text.StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            if (IsForbidden(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
