using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// The allocation table of a registry's code space, for `errorgen docs --registry`: each block with its owner, note, the
/// codes the given catalogs use in it and the codes still free, so a team asking for a block sees what is taken.
/// </summary>
internal static class AllocationPage
{
    public static string FileName(string codeSpace) => "allocation-" + DocsCommand.Anchor(codeSpace) + ".md";

    public static string Write(string codeSpace, IReadOnlyList<RegistryBlock> blocks, IReadOnlyList<CodeSpaceClaim> claims)
    {
        var codes = claims.SelectMany(c => c.Codes.Select(code => code.Code)).Distinct().ToList();
        var page = new StringBuilder($"# Code space `{DocsCommand.Cell(codeSpace)}`: allocation\n\n");
        page.Append("| Block | Owner | Note | Codes used | Codes free |\n|---|---|---|---:|---:|\n");
        foreach (var block in blocks.OrderBy(b => b.Range?.First ?? long.MaxValue).ThenBy(b => b.Prefix, System.StringComparer.Ordinal))
        {
            var used = codes.Count(block.Contains);
            var free = block.Range is { } range ? (range.Last - range.First + 1 - used).ToString("N0", CultureInfo.InvariantCulture) : "open";
            var owner = block.Owner is { } name
                ? $"{DocsCommand.Cell(name)}{(claims.Any(c => c.CatalogName == name) ? string.Empty : " (no catalog given)")}"
                : "*reserved*";
            var usedText = used.ToString("N0", CultureInfo.InvariantCulture);
            page.Append($"| `{DocsCommand.Cell(block.Text)}` | {owner} | {DocsCommand.Cell(block.Note ?? string.Empty)} | {usedText} | {free} |\n");
        }

        var stray = codes.Where(code => !blocks.Any(b => b.Contains(code))).ToList();
        if (stray.Count > 0)
        {
            var listed = string.Join(", ", stray.Select(c => $"`{DocsCommand.Cell(c)}`"));
            page.Append($"\n{stray.Count} code(s) of the code space lie in no block: {listed}.\n");
        }

        var unregistered = claims.Select(c => c.CatalogName).Where(name => !blocks.Any(b => b.Owner == name)).Distinct().ToList();
        if (unregistered.Count > 0)
        {
            page.Append($"\nCatalogs of the code space without a block: {string.Join(", ", unregistered.Select(DocsCommand.Cell))}.\n");
        }

        return page.ToString();
    }
}
