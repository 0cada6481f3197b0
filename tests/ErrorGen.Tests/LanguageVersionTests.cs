using System.IO;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Tests;

/// <summary>
/// The generated code needs C# 9 (<c>is not</c> and <c>or</c> patterns, target-typed conditionals). Below it a project
/// gets EG0056 per catalog, naming the version and the property to set, and no generated file that would fail with
/// CS8370/CS8400 — netstandard2.0 and .NET Framework projects default to C# 7.3.
/// </summary>
public class LanguageVersionTests
{
    private static (string Path, string Text)[] AllShippedCatalogs()
        => Directory.GetFiles(Path.Combine(RepoPaths.Root, "catalogs"), "*.yaml", SearchOption.AllDirectories)
            .Order()
            .Select(f => ("/catalogs/" + Path.GetRelativePath(Path.Combine(RepoPaths.Root, "catalogs"), f), File.ReadAllText(f)))
            .ToArray();

    [Theory]
    [InlineData(LanguageVersion.CSharp9, false)]
    [InlineData(LanguageVersion.CSharp9, true)]
    [InlineData(LanguageVersion.CSharp10, true)]
    public void Every_shipped_catalog_compiles_at_the_lowest_supported_version(LanguageVersion version, bool aspNetCore)
    {
        var run = GeneratorHarness.Run(new CSharpParseOptions(version), aspNetCore, AllShippedCatalogs());

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp8, "8.0")]
    public void Below_it_each_catalog_gets_EG0056_and_no_generated_file(LanguageVersion version, string shown)
    {
        var catalogs = AllShippedCatalogs();
        var run = GeneratorHarness.Run(new CSharpParseOptions(version), aspNetCore: true, catalogs);

        // Nothing added to the compilation: no generated file, so no CS8370/CS8400 inside one.
        Assert.Empty(run.Sources);
        Assert.Single(run.Output.SyntaxTrees);
        var tooLow = run.Diagnostics.Where(d => d.Id == "EG0056").ToList();
        Assert.Equal(run.Diagnostics.Length, tooLow.Count);
        Assert.Equal(7, tooLow.Count); // the five seeds and the two examples
        var taskMarket = Assert.Single(tooLow, d => d.GetMessage().Contains("'TaskMarket'"));
        Assert.Equal(
            $"Catalog 'TaskMarket' was not generated: ErrorGen's code needs C# 9.0 or later and this project compiles with C# {shown}; "
                + "set <LangVersion>9.0</LangVersion> (or later) in the project file (netstandard2.0 and .NET Framework projects default to 7.3)",
            taskMarket.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, taskMarket.Severity);
        Assert.EndsWith(".yaml", taskMarket.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Changing_only_the_language_version_is_seen_by_a_running_driver()
    {
        var catalog = GeneratorHarness.Catalog("shop.yaml", "catalog: { name: Shop }\ncodes:\n  - { code: 1, name: A, message: m }\n");
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(new[] { catalog }).RunGenerators(compilation);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);

        // Same references, older C#: as an IDE sees a LangVersion edit.
        var older = new CSharpParseOptions(LanguageVersion.CSharp8);
        driver = driver.WithUpdatedParseOptions(older).RunGenerators(
            compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), older))));
        var run = driver.GetRunResult();
        Assert.Empty(run.GeneratedTrees);
        Assert.Contains(run.Diagnostics, d => d.Id == "EG0056");

        driver = driver.WithUpdatedParseOptions(GeneratorHarness.ParseOptions).RunGenerators(compilation);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Id == "EG0056");
    }
}
