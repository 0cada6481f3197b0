using System.Collections.Immutable;
using System.IO;
using BenchmarkDotNet.Attributes;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace ErrorGen.Benchmarks.Generator;

/// <summary>
/// The generator as the compiler and the IDE run it: a first run, a re-run after an unrelated C# edit (must be fully
/// cached), a re-run after one code changed in one of ten files, and the bare YamlDotNet load of the same files.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _files;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _changedFile = null!;

    [Params(100, 1_000, 10_000)]
    public int Codes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchmarkCatalogs.Gen(Codes);
        _compilation = GeneratorDriverFactory.Compilation("namespace Consumer { public static class Marker { } }");
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public static class Edited { } }", GeneratorDriverFactory.ParseOptions));
        _warm = GeneratorDriverFactory.Create(_files).RunGenerators(_compilation);
        var first = _files[3];
        _changedFile = new InMemoryAdditionalText(first.Path, first.GetText()!.ToString().Replace("Synthetic error 3:", "Synthetic failure 3:"));
    }

    [Benchmark(Baseline = true, Description = "first run")]
    public GeneratorDriver FirstRun() => GeneratorDriverFactory.Create(_files).RunGenerators(_compilation);

    [Benchmark(Description = "re-run, unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

    [Benchmark(Description = "re-run, one code changed")]
    public GeneratorDriver OneCodeChanged() => _warm.ReplaceAdditionalText(_files[3], _changedFile).RunGenerators(_compilation);

    [Benchmark(Description = "bare YamlDotNet load")]
    public int YamlDotNetLoad()
    {
        var nodes = 0;
        foreach (var file in _files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.GetText()!.ToString()));
            nodes += stream.Documents.Count;
        }

        return nodes;
    }
}
