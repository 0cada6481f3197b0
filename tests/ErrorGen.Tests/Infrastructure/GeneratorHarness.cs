using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>Runs ErrorGen through Roslyn's generator driver, exactly as the compiler does, on in-memory catalogs.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = GeneratorDriverFactory.ParseOptions;

    public static CSharpCompilation CreateCompilation(
        string source = "namespace Consumer { public static class Marker { } }", bool aspNetCore = false, bool openApi = true)
        => GeneratorDriverFactory.Compilation(
            aspNetCore
                ? Net100.References.All.Concat(s_aspNetCoreReferences.Value.Where(r => openApi || !r.Display!.Contains("OpenApi")))
                : Net100.References.All,
            source);

    /// <summary>ASP.NET Core's reference assemblies, from the SDK's targeting pack on this machine.</summary>
    private static readonly Lazy<MetadataReference[]> s_aspNetCoreReferences = new(() =>
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref")).OrderBy(d => d).Last();
        var openApi = new[] { "Microsoft.AspNetCore.OpenApi.dll", "Microsoft.OpenApi.dll" }.Select(f => Path.Combine(AppContext.BaseDirectory, f));
        return Directory.GetFiles(Path.Combine(pack, "ref", "net10.0"), "*.dll").Concat(openApi)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToArray();
    });

    public static GeneratorDriver CreateDriver(IEnumerable<(string Path, string Text)> catalogs, bool trackSteps = false)
        => GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(catalogs), trackSteps);

    public static GeneratorDriver CreateDriver(
        ImmutableArray<AdditionalText> files, bool trackSteps = false, IReadOnlyDictionary<string, string>? globalOptions = null)
        => GeneratorDriverFactory.Create(files, trackSteps, globalOptions);

    /// <summary>Runs the generator once; returns its diagnostics, generated sources and the compilation including them.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] catalogs) => Run(aspNetCore: false, catalogs);

    /// <summary>Runs the generator once, in a plain library or in an ASP.NET Core project.</summary>
    /// <remarks>
    /// Every run is made twice, the way an IDE runs generators on each keystroke: the second run, on the same inputs, must
    /// take every step from the cache. So each generator test also checks incremental caching.
    /// </remarks>
    public static GeneratorRun Run(bool aspNetCore, params (string Path, string Text)[] catalogs)
        => Run(ParseOptions, aspNetCore, catalogs);

    /// <summary>Runs the generator in a project compiled with <paramref name="parseOptions"/> (its C# version, say).</summary>
    public static GeneratorRun Run(CSharpParseOptions parseOptions, bool aspNetCore, params (string Path, string Text)[] catalogs)
    {
        var compilation = CreateCompilation(aspNetCore: aspNetCore);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], compilation.SyntaxTrees[0].WithRootAndOptions(
            compilation.SyntaxTrees[0].GetRoot(), parseOptions));
        var files = GeneratorDriverFactory.Files(catalogs);
        var driver = GeneratorDriverFactory.Create(files, trackSteps: true, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        var exceptions = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToList();
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("The generator threw (this would be CS8785 for users): " + exceptions[0]);
        }

        AssertEverythingCached(driver.RunGenerators(compilation).GetRunResult().Results.Single());

        return new GeneratorRun(
            generatorDiagnostics,
            result.GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString()),
            output);
    }

    /// <summary>Asserts that a run on unchanged inputs re-ran no step and no output.</summary>
    public static void AssertEverythingCached(GeneratorRunResult rerun)
    {
        foreach (var (step, runs) in rerun.TrackedSteps)
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} re-ran on unchanged input: {output.Reason}");
            }
        }

        foreach (var output in rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"an output re-ran on unchanged input: {output.Reason}");
        }
    }

    /// <summary>Reads a catalog as a test input, under a stable fake path so messages do not depend on the machine.</summary>
    public static (string Path, string Text) Catalog(string name, string yaml) => ("/catalogs/" + name, yaml);

    public static (string Path, string Text) RepoCatalog(string relativePath)
        => ("/catalogs/" + relativePath, File.ReadAllText(Path.Combine(RepoPaths.Root, "catalogs", relativePath)));
}

internal sealed record GeneratorRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Sources, Compilation Output)
{
    /// <summary>Compiler diagnostics of the consumer's code plus the generated code (warnings included).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public Diagnostic Single(string id)
    {
        var matches = Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id}, got {matches.Count}: {string.Join(Environment.NewLine, Diagnostics)}");
        return matches[0];
    }
}
