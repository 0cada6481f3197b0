using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ErrorGen.Diagnostics;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>
/// Every diagnostic has a page, docs/diagnostics/EGxxxx.md, that its help link opens: the cause, a failing example, the
/// fix and how to change its severity. The example is built here and must report that diagnostic with the output the page
/// prints (ERRORGEN_ACCEPT_SNAPSHOTS=1 rewrites it); the example with the fix applied must not report it.
/// </summary>
public class DiagnosticPageTests
{
    /// <summary>Pages whose example cannot be a file in a page, with the reason; each has its own test elsewhere.</summary>
    private static readonly IReadOnlyDictionary<string, string> s_noRunnableExample = new Dictionary<string, string>
    {
        ["EG0053"] = "needs a catalog with over 15 MiB of string literals (tested in LookupAtScaleTests)",
        ["EG0099"] = "reports a bug in ErrorGen itself; no valid input is meant to produce it",
    };

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

    public static TheoryData<string> RunnableIds => new(DiagnosticDescriptors.All.Select(d => d.Id)
        .Where(id => !s_noRunnableExample.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_a_page_its_help_link_opens(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        Assert.True(File.Exists(Path.Combine(DiagnosticPage.Directory, id + ".md")), $"docs/diagnostics/{id}.md is missing");
        var page = DiagnosticPage.Load(id);

        Assert.Equal($"https://github.com/errorgen/errorgen/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.Equal(descriptor.Title.ToString(), page.Title);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), page.Severity);
        Assert.Equal(new[] { "Cause", "Example", "Fix", "Changing its severity" }, page.Sections);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page.Markdown);
        if (s_noRunnableExample.ContainsKey(id))
        {
            Assert.Empty(page.ExampleFiles);
        }
        else
        {
            Assert.NotEmpty(page.ExampleFiles);
            Assert.NotEmpty(page.FixFiles);
        }
    }

    /// <summary>The README's table shows, for each catalog diagnostic, the message of its page's example.</summary>
    private static void AssertReadmeRowShows(string id, string message)
    {
        if (!id.StartsWith("EG0", StringComparison.Ordinal))
        {
            return; // the EG1xxx table describes what is flagged and the code fix instead
        }

        var readmePath = Path.Combine(RepoPaths.Root, "README.md");
        var lines = File.ReadAllLines(readmePath).ToList();
        var index = lines.FindIndex(l => l.StartsWith($"| <a id=\"{id.ToLowerInvariant()}\"></a>[{id}]", StringComparison.Ordinal));
        Assert.True(index >= 0, $"README.md has no row for {id}");
        var cells = lines[index].Split(" | ");
        var expected = "*" + MarkdownCell(message) + "* |";
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            cells[^1] = expected;
            lines[index] = string.Join(" | ", cells);
            File.WriteAllText(readmePath, string.Join("\n", lines) + "\n");
            return;
        }

        Assert.True(cells[^1] == expected, $"README.md's row for {id} shows\n{cells[^1]}\nbut its page's example reports\n{expected}");
    }

    // Inside a table cell in italics: backslashes, emphasis, pipes and angle brackets are escaped.
    private static string MarkdownCell(string text)
        => text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;");

    [Fact]
    public void Every_page_is_a_diagnostic_s()
        => Assert.All(
            Directory.GetFiles(DiagnosticPage.Directory, "*.md").Select(Path.GetFileNameWithoutExtension),
            name => Assert.Contains(name, DiagnosticDescriptors.All.Select(d => d.Id)));

    [Theory]
    [MemberData(nameof(RunnableIds))]
    public async Task Every_pages_example_reports_its_diagnostic_as_printed_and_its_fix_does_not(string id)
    {
        var page = DiagnosticPage.Load(id);

        var example = await PageExampleRunner.BuildAsync(page.ExampleFiles);

        Assert.True(example.Diagnostics.Any(d => d.Id == id), $"the example of {id} does not report it; it reports:\n{string.Join("\n", example.Lines)}");
        Assert.True(example.CompilerErrors.Count == 0, $"the example of {id} does not compile:\n{string.Join("\n", example.CompilerErrors)}");
        var printed = string.Join("\n", example.Lines) + "\n";
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            page.WriteExampleOutput(printed);
        }
        else
        {
            Assert.True(page.ExampleOutput is not null, $"{id}.md shows no build output (a ```text block in its Example section)");
            Assert.True(page.ExampleOutput!.Content == printed, $"{id}.md shows another build output ({Snapshot.AcceptVariable}=1 accepts):\n{Snapshot.Diff(page.ExampleOutput.Content, printed)}");
        }

        // The fix's files replace the example's of the same path; a block marked 'deleted' removes its file.
        AssertReadmeRowShows(id, example.Diagnostics.First(d => d.Id == id).GetMessage());

        var fixedFiles = page.ExampleFiles.Where(f => page.FixFiles.All(fix => fix.Path != f.Path))
            .Concat(page.FixFiles.Where(f => !f.Attributes.ContainsKey("deleted")));
        var fixedBuild = await PageExampleRunner.BuildAsync(fixedFiles);

        Assert.True(
            fixedBuild.Diagnostics.All(d => d.Id != id && d.Severity < DiagnosticSeverity.Warning),
            $"the fix of {id} still reports:\n{string.Join("\n", fixedBuild.Lines)}");
        Assert.True(fixedBuild.CompilerErrors.Count == 0, $"the fix of {id} does not compile:\n{string.Join("\n", fixedBuild.CompilerErrors)}");
    }
}
