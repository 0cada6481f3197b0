using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Benchmarks.Generator;

/// <summary>
/// What the generated shape costs the consumer's compiler: compiling (to IL) the generated sources of a catalog, against
/// compiling only a bare enum of the same codes.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string[] _generated = null!;
    private string _bareEnum = null!;

    /// <summary>A <see cref="CatalogShape"/>: a code count, or <c>real</c> and a count for the real-shaped catalog.</summary>
    [Params("100", "1000", "3000", "10000", "real3000")]
    public string Catalog { get; set; } = "100";

    [GlobalSetup]
    public void Setup()
    {
        var shape = CatalogShape.Parse(Catalog);
        var files = GeneratorDriverFactory.Files(shape.Files());
        var driver = GeneratorDriverFactory.Create(files).RunGenerators(GeneratorDriverFactory.Compilation("namespace Consumer { }"));
        _generated = driver.GetRunResult().GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
        var codes = shape.Codes();
        var source = new StringBuilder("namespace Bare { public enum GenCode {\n");
        for (var i = 0; i < codes.Length; i++)
        {
            source.Append("    Code").Append(i).Append(" = ").Append(codes[i]).Append(",\n");
        }

        _bareEnum = source.Append("} }\n").ToString();
    }

    [Benchmark(Baseline = true, Description = "compile bare enum")]
    public long BareEnum() => Emit(GeneratorDriverFactory.Compilation(_bareEnum));

    [Benchmark(Description = "compile generated sources")]
    public long Generated() => Emit(GeneratorDriverFactory.Compilation(_generated));

    private static long Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success ? stream.Length : -1;
    }
}
