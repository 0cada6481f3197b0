using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Warnings for what pasted error lists often get wrong and the generator would otherwise accept in silence: stray
/// punctuation in names (a trailing comma), white space in string codes, string codes that differ only by case or
/// separators, empty messages. The code still generates; each warning's severity can be changed like any EG's.
/// </summary>
internal static class LintRules
{
    /// <summary>The checks on one entry's own values.</summary>
    public static void CheckEntry(CodeDeclaration declaration, string? identifier, ValidationContext context)
    {
        var name = declaration.Name;
        if (identifier is not null && FirstPunctuation(name.Value) is { } punctuation)
        {
            context.Report(DiagnosticDescriptors.NameWithPunctuation, name.Location, TextRules.Printable(name.Value), punctuation, identifier);
        }

        var code = declaration.Code;
        if (context.CodeType == CodeType.String && IndexOfWhiteSpace(code.Value.Text) is var space and >= 0)
        {
            context.Report(
                DiagnosticDescriptors.CodeWithWhitespace, code.Location, TextRules.Printable(code.Value.Text),
                (space + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (string.IsNullOrWhiteSpace(declaration.Message.Value))
        {
            context.Report(DiagnosticDescriptors.EmptyMessage, declaration.Message.Location, code.Value.Text);
        }
    }

    /// <summary>String codes that a client normalising case and separators would take for one another, at the later one.</summary>
    public static void CheckLookalikes(
        IEnumerable<CodeSpec> codes, IReadOnlyDictionary<string, BaselineValidator.CodePlaces> places, ValidationContext context)
    {
        if (context.CodeType != CodeType.String)
        {
            return;
        }

        var groups = new Dictionary<string, List<(string Text, SourceLocation Location)>>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var key = Normalize(code.Text);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new List<(string, SourceLocation)>(1);
            }

            group.Add((code.Text, places[code.Text].Code));
        }

        foreach (var group in groups.Values)
        {
            // The earliest declaration stays quiet; each later look-alike points at it.
            group.Sort((a, b) => Compare(a.Location, b.Location));
            for (var i = 1; i < group.Count; i++)
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.LookalikeCodes, group[i].Location, group[0].Location, TextRules.Printable(group[i].Text),
                    TextRules.Printable(group[0].Text), group[0].Location.Display));
            }
        }
    }

    private static int Compare(SourceLocation a, SourceLocation b)
    {
        var byFile = string.CompareOrdinal(a.FilePath, b.FilePath);
        return byFile != 0 ? byFile : a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : a.StartColumn.CompareTo(b.StartColumn);
    }

    private static string Normalize(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (c is not ('-' or '_' or '.') && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string? FirstPunctuation(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return c == ' ' ? "a space" : c.ToString();
            }
        }

        return null;
    }

    private static int IndexOfWhiteSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
