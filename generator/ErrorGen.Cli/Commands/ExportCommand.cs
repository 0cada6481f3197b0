using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ErrorGen.Cli.Export;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// `errorgen export <paths> -o <folder>`: a TypeScript module per catalog (codes, descriptions, typed messages, a
/// reader for <c>fetch</c> responses) and one JSON bundle of every catalog, for clients in other languages. Catalogs
/// with errors are not exported (exit 1, the errors listed); <c>http: false</c> catalogs get no response reader.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(Console console)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Catalog files (*.yaml), folders to search or globs" };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the modules and the JSON bundle to", Required = true };
        var command = new Command("export", "Write a TypeScript module per catalog and a JSON bundle of all of them") { paths, output };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(output)!));
        return command;
    }

    private static int Run(Console console, string[] paths, string output)
    {
        if (!CatalogSet.TryLoad(paths, console, out var set))
        {
            return 2;
        }

        var errors = set.Diagnostics.Select(d => d.ToDiagnostic()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var error in errors)
        {
            console.Error.WriteLine(error.ToString());
        }

        // A catalog that does not read cleanly is left out whole rather than exported with codes missing.
        var failed = errors.Select(e => e.Location.GetLineSpan().Path).ToHashSet(StringComparer.Ordinal);
        var catalogs = set.Results
            .Where(r => r.Spec is { IsInternal: false } && !r.Spec.SourceFiles.Any(failed.Contains))
            .Select(r => r.Spec!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(output);
        foreach (var catalog in catalogs)
        {
            var file = Path.Combine(output, TypeScriptModuleWriter.FileName(catalog));
            File.WriteAllText(file, TypeScriptModuleWriter.Write(catalog));
            console.Error.WriteLine($"wrote {file} ({catalog.Codes.Count} codes)");
        }

        var bundle = Path.Combine(output, JsonBundleWriter.FileName);
        File.WriteAllText(bundle, JsonBundleWriter.Write(catalogs));
        console.Error.WriteLine($"wrote {bundle} ({catalogs.Count} catalog(s))");
        var skipped = set.Results.Count - catalogs.Count;
        if (skipped > 0)
        {
            console.Error.WriteLine($"{skipped} catalog(s) not exported: internal, or with errors (listed above)");
        }

        return errors.Count > 0 ? 1 : 0;
    }
}
