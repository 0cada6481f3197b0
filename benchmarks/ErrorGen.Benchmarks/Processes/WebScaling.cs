using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Benchmarks.Processes;

/// <summary>
/// `web-scaling [sizes...]`: the generator through Roslyn's driver on synthetic catalogs in a web project (ASP.NET Core
/// and Microsoft.AspNetCore.OpenApi referenced, so every output kind is generated) and in a class library, then the
/// consumer's compile of what was generated. Prints time per 1,000 codes against the smallest size of the same run,
/// which is 1.0 when generation is linear. Wall-clock figures from one process on a shared machine: read the ratios.
/// </summary>
internal static class WebScaling
{
    public static void Run(int[] sizes)
    {
        var web = Net100.References.All.Concat(AspNetCoreReferences()).ToArray();
        var library = Net100.References.All.ToArray();
        // JIT warm-up of the generator, the web emitters and the compiler's emit path: not reported.
        Measure(1_000, web, compile: true, out _);
        Measure(1_000, library, compile: true, out _);
        Console.WriteLine("| project | codes | generation ms | ms per 1,000 codes | ratio to first size | generated MB | diagnostics | compile ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|");
        foreach (var (kind, references) in new[] { ("web", web), ("library", library) })
        {
            double? first = null;
            foreach (var size in sizes)
            {
                var row = Measure(size, references, compile: true, out var perThousand);
                first ??= perThousand;
                Console.WriteLine($"| {kind} | {size:N0} | {row.GenerationMs:N0} | {perThousand:N1} | {perThousand / first.Value:N2} | {row.GeneratedChars / 1_000_000.0:N1} | {row.Diagnostics} | {row.CompileMs} |");
            }
        }
    }

    private static (double GenerationMs, long GeneratedChars, string Diagnostics, string CompileMs) Measure(int size, MetadataReference[] references, bool compile, out double perThousand)
    {
        var files = BenchmarkCatalogs.Gen(size);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { }", GeneratorDriverFactory.ParseOptions) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var driver = GeneratorDriverFactory.Create(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        watch.Stop();
        var generated = driver.GetRunResult().GeneratedTrees.Sum(t => (long)t.Length);
        perThousand = watch.Elapsed.TotalMilliseconds / (size / 1_000.0);
        var ids = string.Join(", ", diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Distinct());
        var compileMs = "-";
        if (compile && generated > 0)
        {
            var compileWatch = Stopwatch.StartNew();
            using var image = new MemoryStream();
            var result = output.Emit(image);
            compileWatch.Stop();
            compileMs = result.Success ? compileWatch.Elapsed.TotalMilliseconds.ToString("N0") : "failed: " + string.Join(", ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct());
        }

        return (watch.Elapsed.TotalMilliseconds, generated, ids.Length == 0 ? "none" : ids, compileMs);
    }

    /// <summary>ASP.NET Core's reference assemblies from the SDK's targeting pack, and the OpenAPI package's.</summary>
    internal static IEnumerable<MetadataReference> AspNetCoreReferences()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref")).OrderBy(d => d).Last();
        var openApi = new[] { "Microsoft.AspNetCore.OpenApi.dll", "Microsoft.OpenApi.dll" }.Select(f => Path.Combine(AppContext.BaseDirectory, f));
        return Directory.GetFiles(Path.Combine(pack, "ref", "net10.0"), "*.dll").Concat(openApi).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
    }
}
