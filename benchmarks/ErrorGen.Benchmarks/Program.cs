using System;
using System.IO;
using BenchmarkDotNet.Running;
using ErrorGen.Benchmarks.Synthetic;

// `write-catalogs` regenerates the checked-in benchmark catalogs and baselines; anything else goes to BenchmarkDotNet
// (see docs/benchmarks.md for the commands and results).
if (args.Length > 0 && args[0] == "write-catalogs")
{
    var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "benchmarks", "ErrorGen.Benchmarks"));
    SyntheticCatalogs.WriteCheckedInFiles(project);
    Console.WriteLine("Wrote the benchmark catalogs and baselines under " + project);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticCatalogs).Assembly).Run(args);
