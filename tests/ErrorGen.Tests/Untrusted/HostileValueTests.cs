using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace ErrorGen.Tests.Untrusted;

/// <summary>
/// Writes every hostile value of <see cref="HostileValueCorpus"/> into every string-valued key of the format, in a
/// web project (every output kind is generated), and asserts the only two acceptable outcomes: a located EG error,
/// or generated code that compiles without a warning and declares nothing the catalog did not ask for.
/// </summary>
public class HostileValueTests
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> s_compiled = new(StringComparer.Ordinal);

    private readonly ITestOutputHelper _output;

    public HostileValueTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_untouched_template_generates_every_output_without_diagnostics_of_error_severity()
    {
        var run = GeneratorHarness.Run(aspNetCore: true, HostileCatalogTemplate.Files("catalog.name", "Shop"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(run.Sources.Keys, k => k.Contains("Envelope", StringComparison.Ordinal));
        Assert.Contains(run.Sources.Keys, k => k.Contains("OpenApi", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_hostile_value_in_every_string_key_ends_in_a_located_EG_error_or_clean_code()
    {
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        var rejected = 0;
        var compiled = 0;
        // Every key meets every value with ERRORGEN_HOSTILE_ALL=1; a normal run takes a rotating fifth of the pairs.
        var all = Environment.GetEnvironmentVariable("ERRORGEN_HOSTILE_ALL") == "1";
        var keys = HostileCatalogTemplate.AllKeys;
        var cases = Enumerable.Range(0, keys.Count)
            .SelectMany(k => Enumerable.Range(0, HostileValueCorpus.Values.Length).Where(v => all || (v + k) % 5 == 0).Select(v => (Key: keys[k], Value: HostileValueCorpus.Values[v])))
            .ToList();
        var gate = new object();
        System.Threading.Tasks.Parallel.ForEach(cases, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 2 }, c =>
        {
            var problem = Check(c.Key, c.Value, out var wasRejected);
            lock (gate)
            {
                if (problem is not null)
                {
                    failures.Add($"{c.Key} = \"{HostileValueCorpus.Label(c.Value)}\": {problem}");
                }
                else if (wasRejected)
                {
                    rejected++;
                }
                else
                {
                    compiled++;
                }
            }
        });

        _output.WriteLine($"{rejected} rejected with a located EG error, {compiled} compiled clean, {failures.Count} failed, in {watch.Elapsed.TotalSeconds:N1} s");
        Assert.True(failures.Count == 0, $"{failures.Count} hostile cases failed:\n" + string.Join("\n", failures));
    }

    /// <summary>Null when the case ends acceptably; else what went wrong.</summary>
    internal static string? Check(string key, string value, out bool rejected)
    {
        rejected = false;
        var files = HostileCatalogTemplate.Files(key, value);
        GeneratorRun run;
        try
        {
            run = GeneratorHarness.Run(aspNetCore: true, files);
        }
        catch (Exception exception)
        {
            return "the generator threw: " + exception.Message;
        }

        var paths = files.Select(f => f.Path).ToHashSet();
        var foreign = run.Diagnostics.FirstOrDefault(d => !d.Id.StartsWith("EG", StringComparison.Ordinal) || d.Id == "EG0099");
        if (foreign is not null)
        {
            return "unexpected diagnostic " + foreign;
        }

        var unlocated = run.Diagnostics.FirstOrDefault(d => !paths.Contains(d.Location.GetLineSpan().Path));
        if (unlocated is not null)
        {
            return "diagnostic not located in a catalog: " + unlocated;
        }

        var injected = AllTypes(run.Output.Assembly.GlobalNamespace).FirstOrDefault(t => t.Name == "Injected" || t.GetMembers("M").Length > 0);
        if (injected is not null)
        {
            return "injected type " + injected.ToDisplayString();
        }

        // Rejected values leave the same output behind again and again: compile each distinct output once.
        var output = string.Join("\0", run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + "\0" + s.Value));
        var compilerProblem = s_compiled.GetOrAdd(output, _ =>
        {
            var problems = run.CompilationDiagnostics;
            return problems.Count == 0 ? null : "compiler: " + string.Join(" | ", problems.Take(3).Select(d => d.Id + " " + d.GetMessage()));
        });
        if (compilerProblem is not null)
        {
            return compilerProblem;
        }

        rejected = run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return null;
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
            foreach (var nested in type.GetTypeMembers())
            {
                yield return nested;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(child))
            {
                yield return type;
            }
        }
    }
}
