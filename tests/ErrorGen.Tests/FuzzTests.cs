using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace ErrorGen.Tests;

/// <summary>
/// Mutates the shipped catalogs (truncation, wrong types, deep nesting, duplicate keys, huge/negative/zero codes,
/// empty strings, tabs, NUL and control characters, lone surrogates, BOMs, CRLF, bidi controls, YAML anchors, and the
/// hostile values of <see cref="Untrusted.HostileValueCorpus"/> written into any key's value...) and
/// runs the generator on each: no exception may escape, no EG0099, every diagnostic is located in the input, and
/// whenever the catalog is accepted without errors the generated code compiles. Deterministic seed; bounded count and
/// time. ERRORGEN_FUZZ_COUNT (and ERRORGEN_FUZZ_SEED) run a longer campaign.
/// </summary>
public class FuzzTests
{
    private static readonly string[] s_tokens =
    {
        "99999999999999999999999", "-1", "0", "-0", "1e9", "0x1F", "\"\"", "''", "\t", "\0", "\u0007", "\u202E", "\u2066", "\uFEFF",
        "\uD800", "\r\n", "\r", "{", "}", "[", "]", "&anchor ", "*anchor", "!!binary ", "- ", ": ", "'", "\"", "#error x", "\"\"\"", "*/",
        "{minLength}", "{{", "}}", "null", "~", "true", "class", "@", "\\", "é", "中文", "😀", new string('x', 5000),
        "{ a: 1 }", "[1, 2]", "? complex\n: key", "--- \n", "...\n", "%YAML 1.1\n",
    };

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_catalogs_never_crash_the_generator_and_end_in_output_or_located_diagnostics()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("ERRORGEN_FUZZ_COUNT"), out var n) ? n : 400;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ERRORGEN_FUZZ_SEED"), out var s) ? s : 20261125;
        var budget = TimeSpan.FromSeconds(count > 400 ? 3600 : 90);
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Root, "catalogs"), "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            // The catalog that uses every string-valued key of the format, so hostile values reach all of them.
            .Append(Untrusted.HostileCatalogTemplate.Files("catalog.name", "Shop")[0].Text)
            .ToArray();
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var tried = 0;
        var accepted = 0;
        var compiled = 0;
        while (tried < count && watch.Elapsed < budget)
        {
            var original = seeds[random.Next(seeds.Length)];
            var mutated = Mutate(original, random);
            var path = $"/catalogs/fuzz-{tried}.yaml";
            GeneratorRun run;
            try
            {
                run = GeneratorHarness.Run((path, mutated));
            }
            catch (Exception exception)
            {
                File.WriteAllText(Path.Combine(Path.GetTempPath(), $"errorgen-fuzz-{seed}-{tried}.yaml"), mutated);
                throw new Xunit.Sdk.XunitException($"input {tried} (seed {seed}) crashed the generator: {exception}");
            }

            if (run.Diagnostics.Any(d => d.Id == "EG0099"))
            {
                var saved = Path.Combine(Path.GetTempPath(), $"errorgen-fuzz-{seed}-{tried}.yaml");
                File.WriteAllText(saved, mutated);
                Assert.Fail($"input {tried} (seed {seed}, saved to {saved}) hit an internal error: {run.Diagnostics.First(d => d.Id == "EG0099").GetMessage()}");
            }

            Assert.All(run.Diagnostics, d =>
            {
                Assert.StartsWith("EG", d.Id);
                Assert.Equal(path, d.Location.GetLineSpan().Path);
            });
            Assert.True(run.Sources.Count > 0 || run.Diagnostics.Length > 0, $"input {tried}: neither output nor a diagnostic");

            if (run.Diagnostics.All(d => d.Severity < DiagnosticSeverity.Error) && run.Sources.Count > 0)
            {
                accepted++;

                // Compiling is the slow part: check every accepted input of the first hundred, then one in ten.
                if (tried < 100 || tried % 10 == 0)
                {
                    Assert.Empty(run.CompilationDiagnostics);
                    compiled++;
                }
            }

            tried++;
        }

        _output.WriteLine($"fuzz: seed {seed}, {tried} inputs in {watch.Elapsed.TotalSeconds:N1} s, {accepted} accepted without errors, {compiled} compiled");
        Assert.True(tried >= Math.Min(count, 100), $"only {tried} inputs in the time budget");
    }

    private static string Mutate(string text, Random random)
    {
        var mutations = 1 + random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            text = random.Next(14) switch
            {
                12 => ReplaceValue(text, random, Untrusted.HostileValueCorpus.Quote(Untrusted.HostileValueCorpus.Values[random.Next(Untrusted.HostileValueCorpus.Values.Length)])),
                13 => Insert(text, random, Untrusted.HostileValueCorpus.Values[random.Next(Untrusted.HostileValueCorpus.Values.Length)]),
                0 => text.Substring(0, random.Next(text.Length + 1)),
                1 => Insert(text, random, s_tokens[random.Next(s_tokens.Length)]),
                2 => ReplaceValue(text, random, s_tokens[random.Next(s_tokens.Length)]),
                3 => DuplicateLine(text, random),
                4 => DeleteLine(text, random),
                5 => text.Replace("\n", "\r\n"),
                6 => "\uFEFF" + text,
                7 => ReplaceValue(text, random, new string('[', 200) + new string(']', 200)),
                8 => ReplaceValue(text, random, random.Next(4) switch { 0 => "-40001", 1 => "0", 2 => "4000000000000", _ => "" }),
                9 => "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n" + text,
                10 => Insert(text, random, ((char)random.Next(0, 0x20)).ToString()),
                _ => text.Replace("  ", "\t"),
            };
        }

        return text;
    }

    private static string Insert(string text, Random random, string token)
    {
        var at = random.Next(text.Length + 1);
        return text.Substring(0, at) + token + text.Substring(at);
    }

    private static string ReplaceValue(string text, Random random, string value)
    {
        var lines = text.Split('\n');
        var line = random.Next(lines.Length);
        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            lines[line] = lines[line].Substring(0, colon + 2) + value;
        }

        return string.Join("\n", lines);
    }

    private static string DuplicateLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        lines.Insert(line, lines[line]);
        return string.Join("\n", lines);
    }

    private static string DeleteLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(random.Next(lines.Count));
        return string.Join("\n", lines);
    }
}
