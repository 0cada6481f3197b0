using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;

namespace ErrorGen.Benchmarks.Generator;

/// <summary>
/// What a first generator run on N codes allocates, by type: the runtime's allocation ticks (one per ~100 KB allocated,
/// with the type that crossed the threshold) over five runs after three warm-ups. With "yaml", the bare YamlDotNet load of
/// the same files instead, for comparison. A sample, not an exact count; the total is exact.
/// </summary>
public sealed class GeneratorAllocations : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    private bool _on;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is not ("GCAllocationTick_V4" or "GCAllocationTick_V3" or "GCAllocationTick_V2"))
        {
            return;
        }

        var type = e.Payload![e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")]);
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }

    public static void Run(int codes, bool yamlOnly)
    {
        var files = BenchmarkCatalogs.Gen(codes);
        var compilation = GeneratorDriverFactory.Compilation("namespace Consumer { public static class Marker { } }");
        using var probe = new GeneratorAllocations();
        for (var i = 0; i < 3; i++)
        {
            Once();
        }

        probe._on = true;
        var before = GC.GetTotalAllocatedBytes(true);
        for (var i = 0; i < 5; i++)
        {
            Once();
        }

        var total = GC.GetTotalAllocatedBytes(true) - before;
        probe._on = false;
        Console.WriteLine($"allocated per run: {total / 5 / 1e6:F1} MB");
        foreach (var (type, bytes) in probe._bytes.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine($"{bytes / 5 / 1e6,8:F1} MB  {type}");
        }

        void Once()
        {
            if (yamlOnly)
            {
                foreach (var file in files)
                {
                    new YamlDotNet.RepresentationModel.YamlStream().Load(new System.IO.StringReader(file.GetText()!.ToString()));
                }
            }
            else
            {
                GeneratorDriverFactory.Create(files).RunGenerators(compilation);
            }
        }
    }
}
