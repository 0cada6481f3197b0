using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>The repository's README, for tests that run its examples instead of copies of them.</summary>
internal static class Readme
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");

    /// <summary>The first group of <paramref name="pattern"/> (a fenced block's content), without its list indentation.</summary>
    public static string Block(string pattern)
    {
        var match = Regex.Match(Text, pattern, RegexOptions.Singleline);
        Assert.True(match.Success, "README block not found: " + pattern);
        // The quick start's blocks are indented under their list item.
        return string.Concat(match.Groups[1].Value.Split('\n').Select(l => (l.StartsWith("   ") ? l.Substring(3) : l) + "\n")).TrimEnd('\n') + "\n";
    }

    public static string QuickStartCatalog => Block(@"3\. Write a catalog, `errors/shop\.yaml`.*?```yaml\n(.*?)```");

    public static string QuickStartProgram => Block(@"4\. Use the generated types:\s*```csharp\n(.*?)```");

    public static string QuickStartSecondFile => Block(@"5\. Add a second file that reuses a code, `errors/wallet\.yaml`:\s*```yaml\n(.*?)```");
}
