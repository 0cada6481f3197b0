using System;
using System.Linq;
using Synthetic.Bench;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>The codes a benchmark looks up: one code over and over, or 1,024 codes drawn at random (seeded).</summary>
internal static class CodeSamples
{
    public const int Count = 1024;

    public static BenchCode[] Draw(string pattern)
    {
        var all = BenchErrors.All.Select(i => i.Code).ToArray();
        var random = new Random(42);
        return Enumerable.Range(0, Count).Select(_ => pattern == "one" ? all[all.Length / 2] : all[random.Next(all.Length)]).ToArray();
    }
}
