using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ErrorGen.Benchmarks.Synthetic;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Benchmarks.Processes;

/// <summary>
/// Measurements of whole processes, which BenchmarkDotNet cannot host: the whole `dotnet build` of a consumer with the
/// generator against the same consumer with the generated sources checked in and with only a bare enum, and the first
/// lookup in a freshly started process. Medians of several runs, after a warm-up run; the consumers of a size build in turn.
/// </summary>
/// <remarks>
/// By default every build starts a fresh compiler (<c>UseSharedCompilation=false</c>, as this machine's environment
/// sets): the generator, YamlDotNet and every other analyzer are loaded and JIT-compiled again in each build, as in a CI
/// job that builds one project. With <c>compilerServer</c> the builds share the compiler server, as `dotnet build` does on
/// a developer's machine: after the first build the generator is loaded and compiled, and a build pays only its work.
/// </remarks>
public static class ProcessTimings
{
    private static bool s_compilerServer;

    /// <summary>Runs every size; a size written <c>real3000</c> is a <see cref="SyntheticCatalogs.RealShaped"/> catalog.</summary>
    public static void Run(string[] sizes, int runs, bool compilerServer = false)
    {
        s_compilerServer = compilerServer;
        Console.WriteLine(compilerServer
            ? "Compiler: the shared compiler server (UseSharedCompilation=true), warmed by each consumer's first build."
            : "Compiler: a fresh compiler process per build (UseSharedCompilation=false).");
        var root = FindRepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "errorgen-timings-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        Console.WriteLine($"| codes | build with generator | build, generated sources checked in | build, bare enum | generator overhead | with generator ÷ bare enum | first lookup (median of {runs}) | generator (ReportAnalyzer) | EG1xxx analyzer (÷ generator) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var spec in sizes)
        {
            var size = CatalogShape.Parse(spec);
            var withGenerator = Consumer(work, $"gen{spec}", root, size, Variant.Generator);
            var checkedIn = Consumer(work, $"src{spec}", root, size, Variant.CheckedInSources);
            var bare = Consumer(work, $"bare{spec}", root, size, Variant.BareEnum);
            var (a, b, c) = MedianBuilds(withGenerator, checkedIn, bare, runs);
            var firstLookup = MedianFirstLookup(withGenerator, runs);
            var (generator, analyzer) = CompilerReport(withGenerator);
            Console.WriteLine($"| {size} | {a:N0} ms | {b:N0} ms | {c:N0} ms | {(a - b) / b:P1} | {a / c:N2}× | {firstLookup:N2} ms | {generator:N3} s | {analyzer:N3} s ({analyzer / generator:P0}) |");
        }

        // ERRORGEN_TIMINGS_KEEP=1 keeps the consumers, to profile one by hand.
        if (Environment.GetEnvironmentVariable("ERRORGEN_TIMINGS_KEEP") == "1")
        {
            Console.WriteLine("Consumers kept in " + work);
        }
        else
        {
            Directory.Delete(work, recursive: true);
        }

        if (compilerServer)
        {
            Dotnet(Path.GetTempPath(), "build-server shutdown --vbcscompiler");
        }
    }

    private enum Variant
    {
        Generator,
        CheckedInSources,
        BareEnum,
    }

    private static string Consumer(string work, string name, string root, CatalogShape size, Variant variant)
    {
        var directory = Path.Combine(work, name);
        Directory.CreateDirectory(Path.Combine(directory, "errors"));
        var generator = Path.Combine(root, "generator", "ErrorGen");
        var project = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n");
        if (variant == Variant.Generator)
        {
            project.Append($"  <Import Project=\"{generator}/build/ErrorGen.props\" />\n");
        }

        project.Append("  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>\n");
        if (variant == Variant.Generator)
        {
            // The generator as a package gives it: prebuilt assemblies, so the build measures the consumer alone.
            var analyzers = AppContext.BaseDirectory;
            project.Append($"  <ItemGroup><Analyzer Include=\"{analyzers}ErrorGen.dll\" /><Analyzer Include=\"{analyzers}YamlDotNet.dll\" /><ErrorCatalog Include=\"errors/*.yaml\" /></ItemGroup>\n");
            project.Append($"  <Import Project=\"{generator}/build/ErrorGen.targets\" />\n");
            foreach (var (file, yaml) in size.Files())
            {
                File.WriteAllText(Path.Combine(directory, "errors", Path.GetFileName(file)), yaml);
            }
        }
        else if (variant == Variant.CheckedInSources)
        {
            var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(size.Files())).RunGenerators(GeneratorDriverFactory.Compilation("namespace Consumer { }"));
            foreach (var tree in driver.GetRunResult().GeneratedTrees)
            {
                File.WriteAllText(Path.Combine(directory, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
            }
        }
        else
        {
            var codes = size.Codes();
            File.WriteAllText(Path.Combine(directory, "GenCode.cs"), "namespace Synthetic.Gen { public enum GenCode {\n" + string.Concat(codes.Select((c, i) => $"    Code{i} = {c},\n")) + "} }\n");
        }

        project.Append("</Project>\n");
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), project.ToString());
        var probe = variant == Variant.BareEnum
            ? "var t = System.Diagnostics.Stopwatch.GetTimestamp(); var n = ((Synthetic.Gen.GenCode)" + size.Codes()[size.Count / 2] + ").ToString();"
            : "var t = System.Diagnostics.Stopwatch.GetTimestamp(); var n = Synthetic.Gen.GenErrors.Get((Synthetic.Gen.GenCode)" + size.Codes()[size.Count / 2] + ").Message;";
        File.WriteAllText(Path.Combine(directory, "Program.cs"), probe + "\nSystem.Console.WriteLine(System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + \" \" + n.Length);\n");
        Dotnet(directory, "build -c Release -nodeReuse:false");
        return directory;
    }

    // The three consumers take turns, so that the machine's load drifting during a size's runs weighs on each alike.
    private static (double Generator, double CheckedIn, double Bare) MedianBuilds(string generator, string checkedIn, string bare, int runs)
    {
        var times = new[] { new List<double>(), new List<double>(), new List<double>() };
        var directories = new[] { generator, checkedIn, bare };
        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < directories.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                Dotnet(directories[i], "build -c Release --no-restore --no-incremental -nodeReuse:false");
                times[i].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return (Median(times[0]), Median(times[1]), Median(times[2]));
    }

    /// <summary>The compiler's own accounting of one build (<c>-p:ReportAnalyzer=true</c>): the generator's and the analyzer's seconds.</summary>
    private static (double Generator, double Analyzer) CompilerReport(string directory)
    {
        var log = Dotnet(directory, "build -c Release --no-restore --no-incremental -nodeReuse:false -v:d -p:ReportAnalyzer=true");
        return (Seconds(log, "ErrorGen.ErrorCatalogGenerator"), Seconds(log, "ErrorGen.Analyzers.CatalogUsageAnalyzer"));
    }

    // "    0.259   100   ErrorGen.ErrorCatalogGenerator" (seconds first; "<0.001" for next to nothing).
    private static double Seconds(string log, string name)
    {
        var line = log.Split('\n').LastOrDefault(l => l.TrimEnd().EndsWith(name, StringComparison.Ordinal) || l.Contains(name + " ("));
        var first = line?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].TrimStart('<');
        return double.TryParse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : double.NaN;
    }

    private static double MedianFirstLookup(string directory, int runs)
    {
        var dll = Directory.GetFiles(Path.Combine(directory, "bin", "Release", "net10.0"), "gen*.dll").Single();
        return Median(Enumerable.Range(0, runs).Select(_ => double.Parse(Dotnet(directory, $"\"{dll}\"").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Dotnet(string directory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["UseSharedCompilation"] = s_compilerServer ? "true" : "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed in {directory}:\n{output}");
        }

        return output.Trim();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErrorGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ErrorGen.sln not found");
    }
}
