using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>The README's quick-start catalogs, run through the generator: every diagnostic line the README prints is real output.</summary>
public class ReadmeOutputTests
{
    [Fact]
    public void The_collision_the_quick_start_and_the_ci_section_show_is_what_the_generator_reports()
    {
        var run = GeneratorHarness.Run(("errors/shop.yaml", Readme.QuickStartCatalog), ("errors/wallet.yaml", Readme.QuickStartSecondFile));
        var actual = run.Diagnostics.Select(d => d.ToString()).ToHashSet();
        Assert.Equal(2, actual.Count);

        // Every "errors/...: error EGxxxx" line in the README's text blocks is one the generator produced.
        // MSBuild ends each line with the diagnostic's help link, which the README shows too.
        var shown = Regex.Matches(Readme.Text, @"^\s*(errors/(?:shop|wallet)\.yaml\(\d+,\d+\): error (EG\d{4}): .*) \((https://[^ ]+)\)$", RegexOptions.Multiline)
            .Select(m => (Line: m.Groups[1].Value.Trim(), Id: m.Groups[2].Value, Link: m.Groups[3].Value)).ToList();
        Assert.Equal(4, shown.Count); // the quick start and the CI section show both lines
        Assert.All(shown, line => Assert.Contains(line.Line, actual));
        Assert.All(shown, line => Assert.Equal(ErrorGen.Diagnostics.DiagnosticDescriptors.ById(line.Id).HelpLinkUri, line.Link));
    }
}
