using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ErrorGen.Cli.Diff;
using ErrorGen.Diagnostics;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// `errorgen diff <old> <new>`: Markdown release notes between two versions of a catalog (files, folders or
/// <c>rev:path</c> git revisions), each change classed as breaking or additive by the shipped-codes baseline's rules.
/// Exit code 1 on a breaking change unless <c>--allow-breaking</c>; 2 when a version cannot be read.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(Console console)
    {
        var before = new Argument<string>("old") { Description = "The released version: a catalog file, a folder, or rev:path (e.g. v1.2:errors, HEAD~1:errors/shop.yaml)" };
        var after = new Argument<string>("new") { Description = "The new version, in the same forms" };
        var allowBreaking = new Option<bool>("--allow-breaking") { Description = "Exit 0 even when a change breaks clients (a major release)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the release notes to this file instead of standard output" };
        var command = new Command("diff", "Release notes between two versions of a catalog; exit 1 on a breaking change") { before, after, allowBreaking, output };
        command.SetAction(result => Run(console, result.GetValue(before)!, result.GetValue(after)!, result.GetValue(allowBreaking), result.GetValue(output)));
        return command;
    }

    private static int Run(Console console, string before, string after, bool allowBreaking, string? output)
    {
        try
        {
            using var old = CatalogVersion.Open(before);
            using var current = CatalogVersion.Open(after);
            var oldSet = CatalogSet.Load(new[] { old.Path });
            var newSet = CatalogSet.Load(new[] { current.Path });
            if (!Readable(console, old, oldSet) | !Readable(console, current, newSet))
            {
                return 2;
            }

            var diffs = CatalogDiff.Compare(Specs(oldSet), Specs(newSet));
            var notes = ReleaseNotes.Write(before, after, diffs);
            if (output is null)
            {
                console.Out.Write(notes);
            }
            else
            {
                File.WriteAllText(output, notes);
                console.Error.WriteLine($"wrote {output}");
            }

            var breaking = diffs.Sum(d => d.Changes.Count(c => c.IsBreaking));
            if (breaking == 0)
            {
                return 0;
            }

            console.Error.WriteLine($"{breaking} breaking change(s){(allowBreaking ? " (allowed)" : "; pass --allow-breaking for a major release")}");
            return allowBreaking ? 0 : 1;
        }
        catch (FileNotFoundException exception)
        {
            console.Error.WriteLine("errorgen: " + exception.Message);
            return 2;
        }
    }

    private static System.Collections.Generic.IReadOnlyList<CatalogSpec> Specs(CatalogSet set)
        => set.Results.Where(r => r.Spec is not null).Select(r => r.Spec!).ToList();

    // A version whose catalogs do not read cleanly would be compared with codes missing: list its errors and stop.
    // Baseline findings (EG0030–EG0036, EG0051) are about releases, not reading, and do not stop a diff.
    private static bool Readable(Console console, CatalogVersion version, CatalogSet set)
    {
        var errors = set.Diagnostics
            .Where(d => d.ToDiagnostic().Severity == DiagnosticSeverity.Error && !IsBaselineFinding(d.Id))
            .ToList();
        foreach (var error in errors)
        {
            console.Error.WriteLine($"{version.Label}: {error.ToDiagnostic()}");
        }

        if (errors.Count > 0)
        {
            console.Error.WriteLine($"errorgen: {version.Label} has {errors.Count} error(s); fix them (errorgen check) before comparing");
        }

        if (set.Results.Count == 0)
        {
            console.Error.WriteLine($"errorgen: {version.Label} holds no catalog");
            return false;
        }

        return errors.Count == 0;
    }

    private static bool IsBaselineFinding(string id)
        => string.CompareOrdinal(id, "EG0030") >= 0 && string.CompareOrdinal(id, "EG0036") <= 0 || id == DiagnosticDescriptors.UnboundBaseline.Id;
}
