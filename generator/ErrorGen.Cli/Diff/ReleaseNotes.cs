using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorGen.Validation;

namespace ErrorGen.Cli.Diff;

/// <summary>Markdown release notes for a diff: per catalog, breaking changes first, then additions, then notes.</summary>
internal static class ReleaseNotes
{
    public static string Write(string before, string after, IReadOnlyList<CatalogDiff> diffs)
    {
        var markdown = new StringBuilder();
        markdown.Append("# Error catalog changes: ").Append(Text(before)).Append(" → ").Append(Text(after)).Append("\n\n");
        var changed = diffs.Where(d => !d.IsEmpty).ToList();
        if (changed.Count == 0)
        {
            return markdown.Append("No code changed.\n").ToString();
        }

        foreach (var diff in changed)
        {
            markdown.Append("## ").Append(Text(diff.Catalog)).Append(diff.Before is null ? " (new catalog)" : diff.After is null ? " (removed catalog)" : string.Empty).Append("\n\n");
            Section(markdown, "Breaking changes", diff.Changes.Where(c => c.IsBreaking).Select(Describe));
            Section(markdown, "Added", diff.Changes.Where(c => !c.IsBreaking).Select(Describe));
            Section(markdown, "Other changes", diff.Notes);
        }

        return markdown.ToString();
    }

    private static void Section(StringBuilder markdown, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        markdown.Append("### ").Append(title).Append("\n\n");
        foreach (var line in list)
        {
            markdown.Append("- ").Append(line).Append('\n');
        }

        markdown.Append('\n');
    }

    private static string Describe(ReleaseChange change)
    {
        var released = change.Released;
        var code = change.Current;
        return change.Kind switch
        {
            ReleaseChangeKind.Added => $"{Span(code!.Text + " " + code.MemberName)} (HTTP {code.HttpStatus}): {Text(code.Message)}",
            ReleaseChangeKind.Removed => $"Removed {Span(released!.Code + " " + released.Name)} (HTTP {released.HttpStatus})",
            ReleaseChangeKind.Renamed => $"Renamed {Span(released!.Code)}: {Span(change.Before)} → {Span(change.After)}",
            ReleaseChangeKind.Renumbered => $"Renumbered {Span(released!.Name)}: {Span(change.Before)} → {Span(change.After)}",
            ReleaseChangeKind.HttpStatusChanged => $"HTTP status of {Span(released!.Code + " " + released.Name)}: {change.Before} → {change.After}",
            ReleaseChangeKind.ParametersChanged => $"Template parameters of {Span(released!.Code + " " + released.Name)}: `{Or(change.Before)}` → `{Or(change.After)}`",
            ReleaseChangeKind.RetiredNumberReused => $"Retired number {Span(released!.Code)} (was {Span(released.Name)}) reused by {Span(change.After)}",
            _ => $"Retired name {Span(released!.Name)} (was {Span(released.Code)}) reused by {Span(change.After)}",
        };
    }

    /// <summary>A code span that survives a backtick inside the code.</summary>
    private static string Span(string text) => text.IndexOf('`') >= 0 ? "`` " + text + " ``" : "`" + text + "`";

    private static string Or(string parameters) => parameters.Length == 0 ? "none" : parameters;

    /// <summary>
    /// Catalog text in Markdown: one line, and nothing a renderer would take as markup or HTML (catalogs come from pull
    /// requests, and release notes are rendered).
    /// </summary>
    public static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n' or '\t': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!': escaped.Append('\\').Append(c); break;
                default: escaped.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }

        return escaped.ToString();
    }
}
