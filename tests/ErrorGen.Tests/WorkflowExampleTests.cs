using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>The GitHub Actions workflow users copy is the one the README shows, and its commands are the README's.</summary>
public class WorkflowExampleTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
    private static readonly string s_workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "catalog.yml")).Replace("\r\n", "\n");

    [Fact]
    public void The_workflow_file_is_the_readmes_example_line_for_line()
    {
        var shown = Regex.Match(s_readme, @"```yaml\n# \.github/workflows/catalog\.yml\n(.*?)```", RegexOptions.Singleline);
        Assert.True(shown.Success, "the README no longer shows .github/workflows/catalog.yml");
        var withoutComments = string.Concat(s_workflow.Split('\n').Where(l => !l.StartsWith('#')).Select(l => l + "\n")).TrimEnd('\n') + "\n";
        Assert.Equal(shown.Groups[1].Value, withoutComments);
    }

    [Fact]
    public void The_workflow_installs_the_sdk_band_this_repository_builds_with()
    {
        // global.json pins the SDK the README's commands are tested with; the copied workflow asks for the same major.
        var pinned = Regex.Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "global.json")), "\"version\":\\s*\"(\\d+)\\.").Groups[1].Value;
        var installed = Regex.Match(s_workflow, @"dotnet-version:\s*(\d+)\.").Groups[1].Value;
        Assert.NotEmpty(pinned);
        Assert.Equal(pinned, installed);
    }
}
