using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorGen.Diagnostics;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>
/// The descriptor catalog is the one source of diagnostics: each descriptor has its README row linking its page, its
/// analyzer-release line with the same severity, and a stable id in its block. (Its page: DiagnosticPageTests.)
/// </summary>
public class DiagnosticCatalogTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static readonly string s_releases = File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "ErrorGen", "AnalyzerReleases.Shipped.md"))
        + File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "ErrorGen", "AnalyzerReleases.Unshipped.md"));

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_a_readme_row_linking_its_page_and_a_release_line(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var anchor = id.ToLowerInvariant();
        var row = s_readme.Split('\n').SingleOrDefault(l => l.StartsWith($"| <a id=\"{anchor}\"></a>[{id}](docs/diagnostics/{id}.md) |", StringComparison.Ordinal));
        Assert.True(row is not null, $"README.md has no row for {id}");
        Assert.Matches($@"^\| [^|]+\| {descriptor.DefaultSeverity}[ |]", row);

        var release = Regex.Match(s_releases, $@"^{id}\s*\|\s*([^|]+?)\s*\|\s*(\w+)\s*\|", RegexOptions.Multiline);
        Assert.True(release.Success, $"no analyzer-release line for {id}");
        Assert.Equal(descriptor.Category, release.Groups[1].Value);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), release.Groups[2].Value);
    }

    [Fact]
    public void Ids_are_in_their_blocks_catalog_diagnostics_EG0xxx_and_usage_analyzers_EG1xxx()
    {
        Assert.All(DiagnosticDescriptors.All, d => Assert.Matches(
            d.Category == "ErrorGen.Usage" ? "^EG1[0-9]{3}$" : "^EG0[0-9]{3}$", d.Id));
        Assert.Equal(DiagnosticDescriptors.All.Count, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
    }
}
