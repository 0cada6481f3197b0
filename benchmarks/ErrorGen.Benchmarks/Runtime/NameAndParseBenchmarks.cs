using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ErrorGen.Benchmarks.Baselines;
using Synthetic.Bench;
using Synthetic.BenchText;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>Code → name, and wire value or name → code, over 2,000 codes drawn at random.</summary>
[MemoryDiagnoser]
public class NameAndParseBenchmarks
{
    private static readonly System.Globalization.CultureInfo s_english = new("en-US");
    private static readonly System.Globalization.CultureInfo s_chinese = new("zh-CN");
    private BenchCode[] _codes = null!;
    private string[] _wireValues = null!;
    private string[] _names = null!;
    private string[] _textWireValues = null!;

    [GlobalSetup]
    public void Setup()
    {
        _codes = CodeSamples.Draw("random");
        _wireValues = _codes.Select(c => ((int)c).ToString()).ToArray();
        _names = _codes.Select(c => c.ToStringFast()).ToArray();
        var text = BenchTextErrors.All.Select(i => i.Value).ToArray();
        var random = new Random(42);
        _textWireValues = Enumerable.Range(0, CodeSamples.Count).Select(_ => text[random.Next(text.Length)]).ToArray();
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen ToStringFast()")]
    public int ToStringFast()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += code.ToStringFast().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "Enum.ToString()")]
    public int EnumToString()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += code.ToString().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen GetMessage(default locale)")]
    public int MessageDefaultLocale()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += code.GetInfo().GetMessage(s_english).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen GetMessage(zh-CN)")]
    public int MessageLocalized()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += code.GetInfo().GetMessage(s_chinese).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen TryParse(wire int)")]
    public int TryParseWire()
    {
        var sum = 0;
        foreach (var value in _wireValues)
        {
            sum += BenchErrors.TryParse(value, out var code) ? (int)code & 1 : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen TryParse(wire string)")]
    public int TryParseTextWire()
    {
        var sum = 0;
        foreach (var value in _textWireValues)
        {
            sum += BenchTextErrors.TryParse(value, out var code) ? code.GetHashCode() & 1 : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "ErrorGen TryParseName")]
    public int TryParseName()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += BenchErrors.TryParseName(name, out var code) ? (int)code & 1 : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "Enum.TryParse (name)")]
    public int EnumTryParse()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += Enum.TryParse<BenchCode>(name, out var code) ? (int)code & 1 : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CodeSamples.Count, Description = "SmartEnum FromName")]
    public int SmartEnumFromName()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += SmartCode.FromName(name).Value & 1;
        }

        return sum;
    }
}
