using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using ErrorGen.Benchmarks.Baselines;
using Synthetic.Bench;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>Code → descriptor over 2,000 sparse codes: the generated lookup against what teams write by hand.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private BenchCode[] _codes = null!;
    private int[] _values = null!;
    private DescribedCode[] _described = null!;
    private Dictionary<int, BenchErrorInfo> _dictionary = null!;
    private FrozenDictionary<int, BenchErrorInfo> _frozen = null!;

    [Params("one", "random")]
    public string Pattern { get; set; } = "random";

    [GlobalSetup]
    public void Setup()
    {
        _codes = CodeSamples.Draw(Pattern);
        _values = _codes.Select(c => (int)c).ToArray();
        _described = _values.Select(v => (DescribedCode)v).ToArray();
        _dictionary = BenchErrors.All.ToDictionary(i => i.Value);
        _frozen = _dictionary.ToFrozenDictionary();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen Get(code)")]
    public int ErrorGen()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += BenchErrors.Get(code).HttpStatus;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "Dictionary<int, T>")]
    public int Dictionary()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += _dictionary[value].HttpStatus;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "FrozenDictionary<int, T>")]
    public int Frozen()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += _frozen[value].HttpStatus;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "SmartEnum FromValue")]
    public int SmartEnumFromValue()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += SmartCode.FromValue(value).Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "enum + [Description] by reflection")]
    public int Reflection()
    {
        var sum = 0;
        foreach (var code in _described)
        {
            sum += typeof(DescribedCode).GetField(code.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description.Length;
        }

        return sum;
    }
}
