using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Synthetic.BenchText;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>
/// Wire string → descriptor over 2,000 snake_case string codes, as a client does with the code it received: the
/// generated lookup against the dictionaries with the ordinal comparer. The looked-up strings are copies, as read
/// from a response body, so no comparison succeeds by reference.
/// </summary>
[MemoryDiagnoser]
public class StringLookupBenchmarks
{
    private string[] _values = null!;
    private Dictionary<string, BenchTextErrorInfo> _dictionary = null!;
    private FrozenDictionary<string, BenchTextErrorInfo> _frozen = null!;

    [Params("one", "random")]
    public string Pattern { get; set; } = "random";

    [GlobalSetup]
    public void Setup()
    {
        var all = BenchTextErrors.All.Select(i => i.Value).ToArray();
        var random = new Random(42);
        _values = Enumerable.Range(0, CodeSamples.Count)
            .Select(_ => new string((Pattern == "one" ? all[all.Length / 2] : all[random.Next(all.Length)]).AsSpan()))
            .ToArray();
        _dictionary = BenchTextErrors.All.ToDictionary(i => i.Value, StringComparer.Ordinal);
        _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen TryGetByValue(string)")]
    public int ErrorGen()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += BenchTextErrors.TryGetByValue(value, out var info) ? info.HttpStatus : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "Dictionary<string, T> (ordinal)")]
    public int Dictionary()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += _dictionary.TryGetValue(value, out var info) ? info.HttpStatus : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "FrozenDictionary<string, T> (ordinal)")]
    public int Frozen()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += _frozen.TryGetValue(value, out var info) ? info.HttpStatus : 0;
        }

        return sum;
    }
}
