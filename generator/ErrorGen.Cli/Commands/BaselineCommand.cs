using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Validation;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// `errorgen baseline <paths> [--write]`: the codes a catalog declares that its shipped-codes baseline does not list
/// yet (EG0035), as the lines a release appends. Without <c>--write</c> it is a release gate: exit 1 when a code is
/// missing. With it, the lines are appended to each baseline and the tool says how many went where.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(Console console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Catalog files (*.yaml) and their baselines (*.shipped.txt), folders to search or globs",
        };
        var write = new Option<bool>("--write") { Description = "Append the missing codes to the baselines (default: list them and exit 1)" };
        var command = new Command("baseline", "List (or append with --write) the codes a shipped-codes baseline does not list yet") { paths, write };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(write)));
        return command;
    }

    private static int Run(Console console, string[] paths, bool write)
    {
        if (!CatalogSet.TryLoad(paths, console, out var set))
        {
            return 2;
        }

        var missing = set.Diagnostics
            .Where(d => d.Id == DiagnosticDescriptors.CodeNotInBaseline.Id)
            .Select(d => (Path: d.Properties.First(p => p.Key == BaselineValidator.BaselinePathProperty).Value,
                Line: d.Properties.First(p => p.Key == BaselineValidator.BaselineLineProperty).Value,
                Where: d.Location?.Display ?? "errorgen"))
            .ToList();
        foreach (var (path, line, where) in missing)
        {
            console.Out.WriteLine($"{where}: info {DiagnosticDescriptors.CodeNotInBaseline.Id}: not in {path}: {line}");
        }

        if (missing.Count == 0)
        {
            console.Error.WriteLine("Every code is in its baseline.");
            return 0;
        }

        if (!write)
        {
            console.Error.WriteLine($"{missing.Count} code(s) not in a baseline; run with --write to append them");
            return 1;
        }

        foreach (var baseline in missing.GroupBy(m => m.Path, StringComparer.Ordinal))
        {
            var content = File.ReadAllText(baseline.Key);
            var separator = content.Length == 0 || content.EndsWith("\n", StringComparison.Ordinal) ? string.Empty : "\n";
            File.AppendAllText(baseline.Key, separator + string.Concat(baseline.Select(m => m.Line + "\n")));
            console.Error.WriteLine($"appended {baseline.Count()} line(s) to {baseline.Key}");
        }

        return 0;
    }
}
