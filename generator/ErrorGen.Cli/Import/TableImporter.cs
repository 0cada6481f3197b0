using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ErrorGen.Cli.Import;

/// <summary>One code read from a document's table.</summary>
internal sealed record ImportedCode(string Code, string? Name, string Message, string? Recommendation, int Line);

/// <summary>What an import recovered, and every row that looked like a code but could not be read.</summary>
internal sealed record ImportResult(IReadOnlyList<ImportedCode> Codes, IReadOnlyList<(int Line, string Text)> Unreadable);

/// <summary>
/// Reads error-code tables from Markdown, HTML-flattened or plain text, as API references publish them: pipe tables
/// with or without outer pipes, headers naming code/name (or enum, constant)/description (or message)/recommendation
/// columns, and tables whose cells were flattened together (<c>20001API_KEY_MISSINGAPI key missing</c>). Tables of
/// HTTP statuses and of code ranges are recognised and skipped.
/// </summary>
internal static class TableImporter
{
    private static readonly Regex s_flattened = new(@"^(?<code>-?\d{3,})(?<rest>[A-Z][A-Z0-9_]*[A-Z0-9].*)$", RegexOptions.CultureInvariant);
    // Acronyms API references start descriptions with; they settle splits like INTERFACE_NOT_FOUND|API endpoint.
    private static readonly HashSet<string> s_acronyms = new(StringComparer.Ordinal)
    {
        "API", "URL", "ID", "HTTP", "JSON", "SDK", "IP", "SMS", "OTP", "JWT", "UTC", "OAuth",
    };

    // Every shape a catalog accepts: integers (negative too) and text codes (SQLSTATE 22P02, HV000, ERR_AUTH_FAILED,
    // AuthFailed, card_declined, 01000 with its leading zero). Text stays text: the writer decides the code type.
    private static readonly Regex s_codeCell = new(@"^(-?\d+|[A-Za-z0-9][A-Za-z0-9_.:\-]*)$", RegexOptions.CultureInvariant);

    private enum Table
    {
        None,
        Codes,
        Flattened,
        Skipped,
    }

    public static ImportResult Read(string text)
    {
        var codes = new List<ImportedCode>();
        var unreadable = new List<(int, string)>();
        var table = Table.None;
        var columns = new Dictionary<string, int>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            var number = index + 1;
            if (line.Length == 0 || Regex.IsMatch(line, @"^\|?\s*:?-{2,}"))
            {
                continue;
            }

            var cells = Cells(line);
            if (IsHeader(cells, line, table, out var headerTable, out var headerColumns))
            {
                table = headerTable;
                columns = headerColumns;
                continue;
            }

            var startsWithCode = Regex.IsMatch(line, @"^\|?\s*-?\d{3,}");
            if (table == Table.Codes && cells.Count >= 2)
            {
                // Every row of a code table is read or listed: none is dropped in silence.
                var code = cells[0].Trim('`', ' ');
                var name = Cell(cells, columns, "name");
                var message = Cell(cells, columns, "message") ?? (columns.ContainsKey("message") ? null : name);
                if (!s_codeCell.IsMatch(code) || string.IsNullOrWhiteSpace(message))
                {
                    unreadable.Add((number, line));
                    continue;
                }

                codes.Add(new ImportedCode(code, name, message!, Cell(cells, columns, "recommendation"), number));
            }
            else if (table == Table.Flattened && startsWithCode)
            {
                if (ReadFlattened(line, number) is { } code)
                {
                    codes.Add(code);
                }
                else
                {
                    unreadable.Add((number, line));
                }
            }
            else if (startsWithCode && table is Table.Codes or Table.Flattened)
            {
                unreadable.Add((number, line));
            }
            else if (cells.Count < 2 && !startsWithCode)
            {
                // Prose or a section title ends a plain-text table (pipe tables end at their first non-row line).
                if (table == Table.Flattened && !Regex.IsMatch(line, @"^\d"))
                {
                    table = line.StartsWith("Code", StringComparison.Ordinal) ? table : Table.None;
                }
            }
        }

        return new ImportResult(codes, unreadable);
    }

    private static List<string> Cells(string line)
    {
        if (line.IndexOf('|') < 0)
        {
            return new List<string> { line };
        }

        var cells = line.Split('|').Select(c => c.Trim()).ToList();
        if (cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static bool IsHeader(List<string> cells, string line, Table current, out Table table, out Dictionary<string, int> columns)
    {
        columns = new Dictionary<string, int>();
        table = Table.None;

        // A table whose cells were flattened together: "CodeEnumDescription", "Code rangeCategory".
        if (cells.Count == 1)
        {
            if (Regex.IsMatch(line, @"^Code(Enum|Name)?(Description|Message)$"))
            {
                table = Table.Flattened;
                return true;
            }

            if (Regex.IsMatch(line, @"^Code ?range", RegexOptions.IgnoreCase))
            {
                table = Table.Skipped;
                return true;
            }

            return false;
        }

        var first = cells[0].Trim('`', '*', ' ').ToLowerInvariant();
        if (first.StartsWith("http", StringComparison.Ordinal) || first.Contains("range") || first == "dimension")
        {
            table = Table.Skipped;
            return true;
        }

        if (!(first.EndsWith("code", StringComparison.Ordinal) || first is "sqlstate" or "errno" or "error" or "value"))
        {
            return false;
        }

        for (var i = 1; i < cells.Count; i++)
        {
            var header = cells[i].ToLowerInvariant();
            if (StartsWithAny(header, "name", "enum") || header.Contains("constant") || header.EndsWith(" name", StringComparison.Ordinal))
            {
                columns.TryAdd("name", i);
            }
            else if (StartsWithAny(header, "description", "message", "meaning"))
            {
                columns.TryAdd("message", i);
            }
            else if (header.StartsWith("recommendation", StringComparison.Ordinal) || header.Contains("guidance") || header.Contains("solution"))
            {
                columns.TryAdd("recommendation", i);
            }
        }

        if (columns.Count == 0 && current == Table.Codes)
        {
            // A row of the current table whose code merely ends in "code" (ERR_NO_CODE), not a new header.
            return false;
        }

        // A table of codes and names only (PostgreSQL's "Error Code | Condition Name") takes the name as the message.
        table = columns.ContainsKey("message") || columns.ContainsKey("name") ? Table.Codes : Table.Skipped;
        return true;
    }

    private static bool StartsWithAny(string header, params string[] prefixes)
        => prefixes.Any(p => header.StartsWith(p, StringComparison.Ordinal));

    private static string? Cell(List<string> cells, Dictionary<string, int> columns, string column)
        => columns.TryGetValue(column, out var i) && i < cells.Count && cells[i].Length > 0 ? cells[i].Trim('`', ' ') : null;

    /// <summary>
    /// "20001API_KEY_MISSINGAPI key missing (...)": the split between the SCREAMING_SNAKE name and the description is
    /// the one where the most words of the name reappear at the start of the description.
    /// </summary>
    private static ImportedCode? ReadFlattened(string line, int number)
    {
        var match = s_flattened.Match(line);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        (string Name, string Message, int Score)? best = null;
        for (var split = 2; split < rest.Length; split++)
        {
            var name = rest.Substring(0, split);
            var message = rest.Substring(split);
            if (!Regex.IsMatch(name, "^[A-Z][A-Z0-9_]*[A-Z0-9]$") || !char.IsUpper(message[0]) || message.Length < 2)
            {
                continue;
            }

            var words = message.Split(' ', '(', ';', ',').Take(6).Select(w => w.ToLowerInvariant()).ToHashSet();
            var firstWord = message.Split(' ')[0];

            // Names reappear in their descriptions ("API_KEY_MISSING" / "API key missing"); a description starts with a
            // capitalised word or an acronym, rarely with a lone letter.
            var score = name.Split('_').Count(part => words.Contains(part.ToLowerInvariant())) * 10
                + (Regex.IsMatch(firstWord, "^[A-Z][a-z]+$") ? 5
                    : s_acronyms.Contains(firstWord) ? 4
                    : Regex.IsMatch(firstWord, "^[A-Z]{2,}$") ? 3
                    : 0)
                - (firstWord.Length == 1 ? 5 : 0)
                - (name.EndsWith("_", StringComparison.Ordinal) ? 100 : 0);
            // On a tie the longer name wins: "INTERFACE_NOT_FOUND" + "API endpoint", not "INTERFACE_NOT_F" + "OUNDAPI endpoint".
            if (best is null || score >= best.Value.Score)
            {
                best = (name, message, score);
            }
        }

        return best is { } found ? new ImportedCode(match.Groups["code"].Value, found.Name, found.Message.Trim(), null, number) : null;
    }
}
