using System;
using System.Linq;
using Basic.Reference.Assemblies;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Benchmarks.Processes;

/// <summary>
/// `generated-size [sizes...]`: the C# generated per code, by output kind, for a synthetic catalog in a class library
/// and in a web project (ASP.NET Core and OpenAPI referenced). Deterministic: characters, not time.
/// </summary>
internal static class GeneratedSize
{
    public static void Run(int[] sizes)
    {
        var web = Net100.References.All.Concat(WebScaling.AspNetCoreReferences()).ToArray();
        var library = Net100.References.All.ToArray();
        Console.WriteLine("| project | codes | total bytes per code | per output kind (bytes per code) |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (var (kind, references) in new[] { ("library", library), ("web", web) })
        {
            foreach (var size in sizes)
            {
                var compilation = GeneratorDriverFactory.Compilation(references, "namespace Consumer { }");
                var result = GeneratorDriverFactory.Create(BenchmarkCatalogs.Gen(size)).RunGenerators(compilation).GetRunResult();
                var byKind = result.GeneratedTrees
                    .GroupBy(t => OutputKind(t.FilePath))
                    .Select(g => (Kind: g.Key, Bytes: g.Sum(t => (long)t.Length)))
                    .OrderByDescending(k => k.Bytes)
                    .ToList();
                var total = byKind.Sum(k => k.Bytes);
                var parts = string.Join(", ", byKind.Select(k => $"{k.Kind} {k.Bytes / (double)size:N0}"));
                Console.WriteLine($"| {kind} | {size:N0} | {total / (double)size:N0} | {parts} |");
            }
        }
    }

    // "Synthetic.Gen.Gen.Errors.g.cs" → "Errors"; "ErrorGen.CatalogExports.g.cs" → "CatalogExports".
    private static string OutputKind(string path)
    {
        var parts = System.IO.Path.GetFileName(path).Split('.');
        return parts.Length >= 3 ? parts[^3] : parts[0];
    }
}
