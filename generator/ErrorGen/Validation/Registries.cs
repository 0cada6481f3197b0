using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// An organisation's registries: the blocks of one code space must not overlap (reported in the registry file), and
/// every catalog of that code space must be an owner in it and keep its codes and module ranges inside its own blocks
/// (reported at the catalog's YAML). Several registry files of one code space are read as one.
/// </summary>
internal static class Registries
{
    public static EquatableArray<DiagnosticInfo> Check(IEnumerable<RegistryFile> registries, IEnumerable<CodeSpaceClaim?> claims)
    {
        var files = registries.ToList();
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        var claimList = claims.OfType<CodeSpaceClaim>().ToList();
        foreach (var space in files.Where(f => f.CodeSpace is not null).GroupBy(f => f.CodeSpace!.Value.Value, StringComparer.Ordinal))
        {
            var blocks = space.SelectMany(f => f.Blocks).ToList();
            CheckOverlaps(space.Key, blocks, diagnostics);
            var registryNames = string.Join(", ", space.Select(f => Path.GetFileName(f.FilePath)));
            foreach (var claim in claimList.Where(c => c.CodeSpace == space.Key))
            {
                var owned = blocks.Where(b => b.Owner == claim.CatalogName).ToList();
                if (owned.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.CatalogNotInRegistry, claim.CodeSpaceLocation, claim.CatalogName, space.Key, registryNames));
                    continue;
                }

                CheckClaim(claim, owned, blocks, diagnostics);
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static void CheckOverlaps(string codeSpace, List<RegistryBlock> blocks, List<DiagnosticInfo> diagnostics)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            for (var j = i + 1; j < blocks.Count; j++)
            {
                if (blocks[i].Overlaps(blocks[j]))
                {
                    // Reported at the later block: the one most likely just added.
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.RegistryBlocksOverlap, blocks[j].Location,
                        blocks[j].Text, blocks[j].Holder, blocks[i].Text, blocks[i].Holder, codeSpace));
                }
            }
        }
    }

    private static void CheckClaim(CodeSpaceClaim claim, List<RegistryBlock> owned, List<RegistryBlock> all, List<DiagnosticInfo> diagnostics)
    {
        var ownedText = string.Join(", ", owned.Select(b => b.Text));
        foreach (var (code, location) in claim.Codes)
        {
            if (owned.Any(b => b.Contains(code)))
            {
                continue;
            }

            var holder = all.FirstOrDefault(b => b.Contains(code)) is { } other
                ? $"; it lies in block {other.Text} ({other.Holder})"
                : "; no block holds it";
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.CodeOutsideRegistryBlocks, location, code, claim.CatalogName, claim.CodeSpace, ownedText, holder));
        }

        var ownedRanges = owned.Where(b => b.Range is not null).Select(b => b.Range!.Value).OrderBy(r => r.First).ToList();
        foreach (var (module, range, location) in claim.Ranges)
        {
            var covered = range.Pattern is { } pattern
                ? owned.Any(b => b.Prefix is { } prefix && pattern.Prefix.StartsWith(prefix, StringComparison.Ordinal))
                : IsCovered(range, ownedRanges);
            if (!covered)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.RangeOutsideRegistryBlocks, location, range.Text, module, claim.CatalogName, claim.CodeSpace, ownedText));
            }
        }
    }

    /// <summary>Whether the blocks (sorted by start) together cover every code of <paramref name="range"/>.</summary>
    private static bool IsCovered(CodeRange range, List<CodeRange> blocks)
    {
        var next = range.First;
        foreach (var block in blocks)
        {
            if (block.First > next)
            {
                break;
            }

            if (block.Last >= next)
            {
                if (block.Last >= range.Last)
                {
                    return true;
                }

                next = block.Last + 1;
            }
        }

        return false;
    }
}
