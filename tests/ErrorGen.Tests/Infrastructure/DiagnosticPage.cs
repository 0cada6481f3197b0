using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>
/// One <c>docs/diagnostics/EGxxxx.md</c> page, read the way its tests need it: the title and severity line, the files of
/// its failing example and of its fix (fenced blocks whose info string says <c>file=path</c>), and the build output the
/// example shows (the <c>text</c> block without a file).
/// </summary>
internal sealed record DiagnosticPage(
    string Id,
    string Path,
    string Markdown,
    string Title,
    string Severity,
    IReadOnlyList<string> Sections,
    IReadOnlyList<PageFile> ExampleFiles,
    IReadOnlyList<PageFile> FixFiles,
    PageBlock? ExampleOutput)
{
    public static string Directory => System.IO.Path.Combine(RepoPaths.Root, "docs", "diagnostics");

    public static DiagnosticPage Load(string id)
    {
        var path = System.IO.Path.Combine(Directory, id + ".md");
        var markdown = File.ReadAllText(path).Replace("\r\n", "\n");
        var title = Regex.Match(markdown, $@"\A# {id}: (.+)\n");
        var severity = Regex.Match(markdown, @"^\*\*Severity:\*\* (\w+)", RegexOptions.Multiline);
        var sections = Regex.Matches(markdown, "^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var example = Section(markdown, "Example");
        var output = Blocks(markdown, example).FirstOrDefault(b => b.Language == "text" && b.File is null);
        return new DiagnosticPage(
            id,
            path,
            markdown,
            title.Success ? title.Groups[1].Value : string.Empty,
            severity.Success ? severity.Groups[1].Value : string.Empty,
            sections,
            Files(markdown, example),
            Files(markdown, Section(markdown, "Fix")),
            output);
    }

    /// <summary>Replaces the example's output block with <paramref name="output"/> (to accept a new output).</summary>
    public void WriteExampleOutput(string output)
    {
        var block = ExampleOutput ?? throw new InvalidOperationException($"{Id}.md has no ```text block in its Example section");
        var updated = Markdown[..block.ContentStart] + output + Markdown[block.ContentEnd..];
        File.WriteAllText(Path, updated);
    }

    private static (int Start, int End) Section(string markdown, string heading)
    {
        var start = Regex.Match(markdown, $"^## {heading}\n", RegexOptions.Multiline);
        if (!start.Success)
        {
            return (0, 0);
        }

        var next = Regex.Match(markdown[(start.Index + start.Length)..], "^## ", RegexOptions.Multiline);
        return (start.Index, next.Success ? start.Index + start.Length + next.Index : markdown.Length);
    }

    private static IReadOnlyList<PageFile> Files(string markdown, (int Start, int End) section)
        => Blocks(markdown, section).Where(b => b.File is not null).Select(b => new PageFile(b.File!, b.Language, b.Content, b.Attributes)).ToList();

    private static IEnumerable<PageBlock> Blocks(string markdown, (int Start, int End) section)
    {
        var fence = new Regex(@"^```(\w+)([^\n]*)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);
        foreach (Match match in fence.Matches(markdown[section.Start..section.End]))
        {
            var attributes = match.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.Split('=', 2))
                .ToDictionary(a => a[0], a => a.Length > 1 ? a[1] : "true", StringComparer.Ordinal);
            var content = match.Groups[3];
            yield return new PageBlock(
                match.Groups[1].Value,
                attributes.TryGetValue("file", out var file) ? file : null,
                content.Value,
                attributes,
                section.Start + content.Index,
                section.Start + content.Index + content.Length);
        }
    }
}

internal sealed record PageBlock(
    string Language, string? File, string Content, IReadOnlyDictionary<string, string> Attributes, int ContentStart, int ContentEnd);

internal sealed record PageFile(string Path, string Language, string Content, IReadOnlyDictionary<string, string> Attributes);
