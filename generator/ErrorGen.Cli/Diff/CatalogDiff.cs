using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.Model;
using ErrorGen.Validation;

namespace ErrorGen.Cli.Diff;

/// <summary>What changed in one catalog between two versions: the release rules' changes, plus notes that break nothing.</summary>
internal sealed record CatalogDiff(string Catalog, CatalogSpec? Before, CatalogSpec? After, IReadOnlyList<ReleaseChange> Changes, IReadOnlyList<string> Notes)
{
    public bool IsBreaking => Changes.Any(c => c.IsBreaking);

    public bool IsEmpty => Changes.Count == 0 && Notes.Count == 0;

    /// <summary>
    /// Catalogs are matched by name. A removed catalog removes every code (breaking); an added one adds them. The
    /// comparison is <see cref="ReleaseRules.Compare"/>, the one the shipped-codes baseline applies at build time.
    /// </summary>
    public static IReadOnlyList<CatalogDiff> Compare(IReadOnlyList<CatalogSpec> before, IReadOnlyList<CatalogSpec> after)
    {
        var names = before.Select(c => c.Name).Concat(after.Select(c => c.Name)).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        return names.Select(name =>
        {
            var old = before.FirstOrDefault(c => c.Name == name);
            var current = after.FirstOrDefault(c => c.Name == name);
            var released = old is null
                ? new List<BaselineEntry>()
                : ReleaseRules.Covered(old.Codes).Select(c => ReleaseRules.Released(c, SourceLocation.FileStart(old.SourceFiles.FirstOrDefault() ?? name))).ToList();
            var changes = ReleaseRules.Compare(released, current is null ? new List<CodeSpec>() : ReleaseRules.Covered(current.Codes));
            return new CatalogDiff(name, old, current, changes, old is null || current is null ? Array.Empty<string>() : NotesOf(old, current));
        }).ToList();
    }

    // Same number and name in both: what a client may want to know, though nothing it relies on broke.
    private static IReadOnlyList<string> NotesOf(CatalogSpec before, CatalogSpec after)
    {
        var notes = new List<string>();
        var old = before.Codes.GroupBy(c => c.Text).ToDictionary(g => g.Key, g => g.First());
        foreach (var code in after.Codes)
        {
            if (!old.TryGetValue(code.Text, out var was) || was.MemberName != code.MemberName)
            {
                continue;
            }

            var label = $"`{code.Text} {code.MemberName}`";
            if (code.IsDeprecated && !was.IsDeprecated)
            {
                notes.Add($"{label} is deprecated" + (code.ReplacedByIdentifier is { } replacement ? $"; use `{replacement}`" : string.Empty));
            }

            if (code.Message != was.Message)
            {
                notes.Add($"{label} message: \"{ReleaseNotes.Text(was.Message)}\" → \"{ReleaseNotes.Text(code.Message)}\"");
            }

            if (code.IsRetryable != was.IsRetryable)
            {
                notes.Add($"{label} is {(code.IsRetryable ? "now" : "no longer")} retryable");
            }
        }

        return notes;
    }
}
