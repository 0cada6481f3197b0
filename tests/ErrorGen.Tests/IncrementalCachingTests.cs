using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ErrorGen.Model;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Tests;

/// <summary>Drives the generator twice with step tracking and asserts what re-ran.</summary>
public class IncrementalCachingTests
{
    private static readonly string[] s_trackedSteps =
    {
        TrackingNames.CatalogTexts, TrackingNames.CatalogFiles, TrackingNames.CatalogInputs, TrackingNames.CatalogResults, TrackingNames.GenerationOptions, TrackingNames.CheckedResults,
        TrackingNames.TypeClashes, TrackingNames.CatalogDiagnostics, TrackingNames.CatalogSpecs,
    };

    private static (string Path, string Text)[] TwoCatalogs()
        => SeedCatalogTests.Files("task-market").Concat(SeedCatalogTests.Files("api-portal.yaml")).ToArray();

    [Fact]
    public void An_unrelated_csharp_edit_reruns_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(TwoCatalogs(), trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class Edited { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in s_trackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_catalog_file_changes_only_that_catalogs_outputs()
    {
        var files = TwoCatalogs().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, trackSteps: true).RunGenerators(compilation);

        var portal = files.Single(f => f.Path.EndsWith("api-portal.yaml", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(portal.Path, portal.GetText()!.ToString().Replace("Login again.", "Sign in again."));
        var result = driver.ReplaceAdditionalText(portal, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // Every task-market file is read from cache; only the edited file is parsed again.
        var fileReasons = result.TrackedSteps[TrackingNames.CatalogFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, fileReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Length - 1, fileReasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // Of the two catalogs, ApiPortal is re-validated with a new result and TaskMarket's result is unchanged.
        var catalogResults = result.TrackedSteps[TrackingNames.CatalogResults].SelectMany(s => s.Outputs).ToList();
        var changed = catalogResults.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((CatalogResult)o.Value).Spec!.Name).ToList();
        var unchanged = catalogResults.Where(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).Select(o => ((CatalogResult)o.Value).Spec!.Name).ToList();
        Assert.Equal(new[] { "ApiPortal" }, changed);
        Assert.Equal(new[] { "TaskMarket" }, unchanged);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Sign in again."));
    }

    [Fact]
    public void An_edit_that_only_moves_lines_reruns_the_diagnostics_and_no_emitter()
    {
        // A catalog with a diagnostic (EG0016: an unmapped code), so the edit changes a reported position.
        const string yaml = "catalog:\n  name: Shop\n  namespace: Shop.Errors\ncodes:\n  - code: 1\n    name: A\n    message: m\n";
        var file = new InMemoryAdditionalText("/catalogs/shop.yaml", yaml);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(ImmutableArray.Create<AdditionalText>(file), trackSteps: true).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();

        var moved = new InMemoryAdditionalText(file.Path, "# Owned by the shop team.\n" + yaml);
        var result = driver.ReplaceAdditionalText(file, moved).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.CatalogResults), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(result, TrackingNames.CatalogDiagnostics), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(result, TrackingNames.CatalogSpecs), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        Assert.Equal(
            before.Diagnostics.Single(d => d.Id == "EG0016").Location.GetLineSpan().StartLinePosition.Line + 1,
            result.Diagnostics.Single(d => d.Id == "EG0016").Location.GetLineSpan().StartLinePosition.Line);

        // Of the outputs (diagnostics, clash report, sources, export), only the diagnostics and the export (which records the
        // file's text, comment included) ran again; the catalog's sources came from the cache.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, outputs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.True(outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached) >= 2, string.Join(", ", outputs.Select(o => o.Reason)));
        Assert.All(Reasons(result, TrackingNames.CatalogExport), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        static string[] CatalogSources(GeneratorRunResult run)
            => run.GeneratedSources.Where(s => s.HintName != "ErrorGen.CatalogExports.g.cs").Select(s => s.SourceText.ToString()).ToArray();
        Assert.Equal(CatalogSources(before), CatalogSources(result));
        Assert.Contains("# Owned by the shop team.", result.GeneratedSources.Single(s => s.HintName == "ErrorGen.CatalogExports.g.cs").SourceText.ToString());
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Pipeline_models_hold_no_roslyn_symbols_or_syntax()
    {
        var driver = GeneratorHarness.CreateDriver(TwoCatalogs(), trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in s_trackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or AdditionalText,
            $"{step} carries a {type.Name}, which defeats caching");

        if (value is IEnumerable enumerable)
        {
            foreach (var item in enumerable)
            {
                AssertNoRoslynObjects(item, step, seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
