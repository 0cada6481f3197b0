using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Reading;

/// <summary>
/// Reads a shipped-codes baseline. The format is line-based so that diffs and merges stay trivial:
/// <code>
/// catalog: Shop
/// 40001 InvalidCaptcha 400
/// 40005 PasswordTooShort 400 minLength:int
/// 40009 OldCaptcha 400 retired
/// </code>
/// Blank lines and lines starting with # are ignored.
/// </summary>
internal static class BaselineFileReader
{
    public const string RetiredMarker = "retired";

    public static BaselineFile Read(string path, string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<BaselineEntry>();
        Located<string>? catalog = null;
        var lines = SplitLines(text);
        for (var number = 0; number < lines.Count; number++)
        {
            var (offset, raw) = lines[number];
            var line = raw.Trim();
            var indent = raw.Length - raw.TrimStart().Length;
            var location = new SourceLocation(path, offset + indent, line.Length, number, indent, number, indent + line.Length);
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("catalog:", StringComparison.Ordinal))
            {
                catalog = new Located<string>(line.Substring("catalog:".Length).Trim(), location);
                continue;
            }

            var tokens = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).ToList();
            var retired = tokens.Count > 0 && tokens[tokens.Count - 1] == RetiredMarker;
            if (retired)
            {
                tokens.RemoveAt(tokens.Count - 1);
            }

            if (tokens.Count < 3
                || !int.TryParse(tokens[2], NumberStyles.None, CultureInfo.InvariantCulture, out var http)
                || tokens.Skip(3).Any(t => t.IndexOf(':') <= 0))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MalformedBaseline, location, line, "expected 'code Name httpStatus [parameter:type ...] [retired]'"));
                continue;
            }

            entries.Add(new BaselineEntry(location, tokens[0], tokens[1], http, string.Join(" ", tokens.Skip(3)), retired));
        }

        if (catalog is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedBaseline, SourceLocation.FileStart(path), "(no catalog line)",
                "a baseline starts with 'catalog: <name>'"));
        }

        return new BaselineFile(path, catalog, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Lines with their start offsets; \r\n, \n and a lone \r (old Mac editors) all end a line.</summary>
    private static List<(int Offset, string Text)> SplitLines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                lines.Add((start, text.Substring(start, i - start)));
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
