using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>The README's quick-start catalogs, run through the generator: every diagnostic line the README prints is real output.</summary>
public class ReadmeOutputTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");

    [Fact]
    public void The_collision_the_quick_start_and_the_ci_section_show_is_what_the_generator_reports()
    {
        var shop = Block(@"3\. Write a catalog, `errors/shop\.yaml`.*?```yaml\n(.*?)```");
        var wallet = Block(@"5\. Add a second file that reuses a code, `errors/wallet\.yaml`:\s*```yaml\n(.*?)```");
        var run = GeneratorHarness.Run(("errors/shop.yaml", shop), ("errors/wallet.yaml", wallet));
        var actual = run.Diagnostics.Select(d => d.ToString()).ToHashSet();
        Assert.Equal(2, actual.Count);

        // Every "errors/...: error EGxxxx" line in the README's text blocks is one the generator produced.
        var shown = Regex.Matches(s_readme, @"^\s*(errors/(?:shop|wallet)\.yaml\(\d+,\d+\): error EG\d{4}: .*)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(4, shown.Count); // the quick start and the CI section show both lines
        Assert.All(shown, line => Assert.Contains(line, actual));
    }

    private static string Block(string pattern)
    {
        var match = Regex.Match(s_readme, pattern, RegexOptions.Singleline);
        Assert.True(match.Success, "README block not found: " + pattern);
        // The quick start's blocks are indented under their list item.
        return string.Concat(match.Groups[1].Value.Split('\n').Select(l => (l.StartsWith("   ") ? l.Substring(3) : l) + "\n")).TrimEnd('\n') + "\n";
    }
}
