using System;
using System.IO;
using BenchmarkDotNet.Running;
using ErrorGen.Benchmarks.Synthetic;

// `write-catalogs` regenerates the checked-in benchmark catalogs; anything else goes to BenchmarkDotNet
// (see docs/benchmarks.md for the commands and results).
if (args.Length > 0 && args[0] == "write-catalogs")
{
    var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "benchmarks", "ErrorGen.Benchmarks"));
    BenchmarkCatalogs.WriteCheckedInFiles(project);
    Console.WriteLine("Wrote the benchmark catalogs under " + project);
    return;
}

if (args.Length > 0 && args[0] == "process-timings")
{
    // process-timings [runs] [sizes...] [--compiler-server]: whole builds and first lookups, see ProcessTimings.
    var server = Array.IndexOf(args, "--compiler-server") > 0;
    var rest = Array.FindAll(args[1..], a => a != "--compiler-server");
    var runs = rest.Length > 0 ? int.Parse(rest[0]) : 3;
    var sizes = rest.Length > 1 ? rest[1..] : new[] { "100", "1000", "3000", "10000", "real3000" };
    ErrorGen.Benchmarks.Processes.ProcessTimings.Run(sizes, runs, server);
    return;
}

if (args.Length > 0 && args[0] == "web-scaling")
{
    // web-scaling [sizes...]: generation and compile time per 1,000 codes in a web project and a library, see WebScaling.
    var sizes = args.Length > 1 ? Array.ConvertAll(args[1..], int.Parse) : new[] { 10_000, 40_000, 100_000 };
    ErrorGen.Benchmarks.Processes.WebScaling.Run(sizes);
    return;
}

if (args.Length > 0 && args[0] == "generated-size")
{
    // generated-size [sizes...]: generated C# bytes per code by output kind, library and web, see GeneratedSize.
    var sizes = args.Length > 1 ? Array.ConvertAll(args[1..], int.Parse) : new[] { 100, 1_000, 10_000 };
    ErrorGen.Benchmarks.Processes.GeneratedSize.Run(sizes);
    return;
}

if (args.Length > 1 && args[0] == "generator-allocations")
{
    // generator-allocations N [yaml]: what a first run on N codes allocates, by type (or the bare YAML load's), see GeneratorAllocations.
    ErrorGen.Benchmarks.Generator.GeneratorAllocations.Run(int.Parse(args[1]), args.Length > 2 && args[2] == "yaml");
    return;
}

if (args.Length > 1 && args[0] == "generator-memory")
{
    // generator-memory N: the peak working-set growth of one generator run on N codes (run each size in a fresh process).
    ErrorGen.Benchmarks.Processes.GeneratorMemory.Run(int.Parse(args[1]));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCatalogs).Assembly).Run(args);
