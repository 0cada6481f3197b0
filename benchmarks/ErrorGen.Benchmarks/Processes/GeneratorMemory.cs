using System;
using System.Diagnostics;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;

namespace ErrorGen.Benchmarks.Processes;

/// <summary>
/// Peak memory of one generator run: the growth of this process's peak working set while the driver runs once on a
/// catalog of N codes, after Roslyn and the generator were loaded and warmed on a tiny catalog.
/// </summary>
public static class GeneratorMemory
{
    public static void Run(int codes)
    {
        GeneratorDriverFactory.Create(BenchmarkCatalogs.Gen(10)).RunGenerators(GeneratorDriverFactory.Compilation("namespace Warm { }"));
        var files = BenchmarkCatalogs.Gen(codes);
        var compilation = GeneratorDriverFactory.Compilation("namespace Consumer { }");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var driver = GeneratorDriverFactory.Create(files).RunGenerators(compilation);
        process.Refresh();
        GC.KeepAlive(driver);
        Console.WriteLine($"| {codes:N0} | {(process.PeakWorkingSet64 - before) / 1048576.0:N0} MB | {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:N0} MB |");
    }
}
