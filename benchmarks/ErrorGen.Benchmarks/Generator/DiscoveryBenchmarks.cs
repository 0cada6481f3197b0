using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using ErrorGen.Reading;
using ErrorGen.TestSupport;
using ErrorGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Benchmarks.Generator;

/// <summary>
/// Discovery of referenced catalogs in a web project with 300 references (.NET, ASP.NET Core, a contracts library with
/// a 100-code catalog, and small package-like assemblies): what an IDE pays per keystroke (a re-run after an unrelated
/// C# edit) and what reading every reference's metadata costs against the generator's whole first run.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private const int ReferenceCount = 300;
    private MetadataReference[] _references = Array.Empty<MetadataReference>();
    private ImmutableArray<AdditionalText> _files;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmWithoutCatalogs = null!;
    private GeneratorDriver _warmEmpty = null!;
    private GeneratorDriver _warmSteps = null!;
    private GeneratorDriver _warmOutputs = null!;
    private GeneratorDriver _warmCombines = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        var references = Net100.References.All.Concat(AspNetCoreReferences()).ToList();
        references.Add(ContractsLibrary());
        for (var i = 0; references.Count < ReferenceCount; i++)
        {
            references.Add(PackageLike(i));
        }

        _references = references.ToArray();
        _files = GeneratorDriverFactory.Files(SyntheticCatalogs.Catalog("Web", 100, files: 2).Select(f => (f.Path, f.Text.Replace("Synthetic.Web", "Web.Errors"))));
        _compilation = GeneratorDriverFactory.Compilation(_references, "namespace Consumer { public static class Marker { } }");
        _warm = GeneratorDriverFactory.Create(_files).RunGenerators(_compilation);
        _warmWithoutCatalogs = GeneratorDriverFactory.Create(ImmutableArray<AdditionalText>.Empty).RunGenerators(_compilation);
        _warmEmpty = DriverOf(_ => { }).RunGenerators(_compilation);
        _warmSteps = DriverOf(CachedSteps).RunGenerators(_compilation);
        _warmOutputs = DriverOf(CachedOutputs).RunGenerators(_compilation);
        _warmCombines = DriverOf(CachedCollectsAndCombines).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "first run, 100-code catalog, 300 references")]
    public GeneratorDriver FirstRun()
    {
        // As in a new compiler process: no reference read yet.
        ReferencedCatalogs.ForgetReadReferences();
        return GeneratorDriverFactory.Create(_files).RunGenerators(_compilation);
    }

    [Benchmark(Description = "discovery, metadata only: find the catalogs in 300 references")]
    public int ReadEveryReference() => _references.Sum(r => ReferencedCatalogReader.Read(r).Count);

    // Every reference's metadata read, and the contracts library's catalog validated from what it recorded.
    [Benchmark(Description = "discovery alone: 300 references, cold")]
    public int DiscoverCold()
    {
        ReferencedCatalogs.ForgetReadReferences();
        return ReferencedCatalogs.Discover(ReferenceSet.Of(_compilation), default).Count;
    }

    // Each keystroke makes a new compilation (as an IDE does): its creation is the row "a fresh compilation alone".
    [Benchmark(Description = "re-run after an unrelated C# edit (new compilation)")]
    public GeneratorDriver RerunAfterEdit() => _warm.RunGenerators(FreshCompilation());

    [Benchmark(Description = "re-run after an edit, no catalog anywhere")]
    public GeneratorDriver RerunWithoutCatalogs() => _warmWithoutCatalogs.RunGenerators(FreshCompilation());

    // What Roslyn's driver costs a generator per keystroke whatever it does: the yardstick for the two rows above.
    [Benchmark(Description = "driver alone: a generator with no step")]
    public GeneratorDriver RerunEmpty() => _warmEmpty.RunGenerators(FreshCompilation());

    [Benchmark(Description = "driver alone: 80 cached steps, 1 output")]
    public GeneratorDriver RerunSteps() => _warmSteps.RunGenerators(FreshCompilation());

    [Benchmark(Description = "driver alone: 20 cached outputs")]
    public GeneratorDriver RerunOutputs() => _warmOutputs.RunGenerators(FreshCompilation());

    [Benchmark(Description = "driver alone: 20 cached Collect+Combine pairs")]
    public GeneratorDriver RerunCombines() => _warmCombines.RunGenerators(FreshCompilation());

    // Paid only when the references change: type lookups across 300 references on a new compilation.
    [Benchmark(Description = "GenerationOptions lookups (when references change)")]
    public bool OptionsOfFreshCompilation() => BuildOptions.GenerationOptionsOf(ReferenceSet.Of(FreshCompilation())).HasAspNetCore;

    [Benchmark(Description = "a fresh compilation alone")]
    public Compilation FreshCompilationAlone() => FreshCompilation();

    private static GeneratorDriver DriverOf(Action<IncrementalGeneratorInitializationContext> initialize)
        => CSharpGeneratorDriver.Create(new[] { new YardstickGenerator(initialize).AsSourceGenerator() }, parseOptions: GeneratorDriverFactory.ParseOptions);

    private static void CachedSteps(IncrementalGeneratorInitializationContext context)
    {
        var value = context.ParseOptionsProvider.Select(static (_, _) => 0);
        for (var i = 0; i < 80; i++)
        {
            value = value.Select(static (x, _) => x + 1);
        }

        context.RegisterSourceOutput(value, static (_, _) => { });
    }

    private static void CachedOutputs(IncrementalGeneratorInitializationContext context)
    {
        for (var i = 0; i < 20; i++)
        {
            context.RegisterSourceOutput(context.ParseOptionsProvider.Select(static (_, _) => 0), static (_, _) => { });
        }
    }

    private static void CachedCollectsAndCombines(IncrementalGeneratorInitializationContext context)
    {
        var items = context.AdditionalTextsProvider.Select(static (t, _) => t.Path);
        var value = context.ParseOptionsProvider.Select(static (_, _) => 0);
        for (var i = 0; i < 20; i++)
        {
            value = items.Collect().Combine(value).Select(static (pair, _) => pair.Right + pair.Left.Length);
        }

        context.RegisterSourceOutput(value, static (_, _) => { });
    }

    private sealed class YardstickGenerator(Action<IncrementalGeneratorInitializationContext> initialize) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) => initialize(context);
    }

    private CSharpCompilation FreshCompilation()
        => _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"namespace Consumer {{ class Edit{_edits++} {{ }} }}", GeneratorDriverFactory.ParseOptions));

    private static IEnumerable<MetadataReference> AspNetCoreReferences()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref")).OrderBy(d => d).Last();
        return Directory.GetFiles(Path.Combine(pack, "ref", "net10.0"), "*.dll").Select(f => MetadataReference.CreateFromFile(f));
    }

    // The library as its build leaves it: the generator run, then compiled, carrying its catalog in its metadata.
    private static MetadataReference ContractsLibrary()
    {
        var files = GeneratorDriverFactory.Files(SyntheticCatalogs.Catalog("Contracts", 100, files: 2, seed: 7));
        GeneratorDriverFactory.Create(files).RunGeneratorsAndUpdateCompilation(
            GeneratorDriverFactory.Compilation("namespace Contracts { }").WithAssemblyName("Contracts"), out var library, out _);
        using var image = new MemoryStream();
        library.Emit(image);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static MetadataReference PackageLike(int index)
    {
        var compilation = CSharpCompilation.Create(
            $"Package{index}",
            new[] { CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyMetadata(\"RepositoryUrl\", \"https://example.org/{index}\")] namespace P{index} {{ public class C {{ }} }}") },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        compilation.Emit(image);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
