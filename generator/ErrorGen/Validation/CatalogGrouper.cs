using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>Groups catalog files by the catalog they name: one catalog may be split across many files.</summary>
internal static class CatalogGrouper
{
    public static ImmutableArray<CatalogInput> Group(
        ImmutableArray<CatalogFile> files, ImmutableArray<BaselineFile> baselines, string defaultNamespace, bool defaultInternal = false)
    {
        var groups = new SortedDictionary<string, List<CatalogFile>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // A file that names no catalog still gets its diagnostics reported, under a key of its own.
            var key = file.CatalogName?.Value ?? "\0" + file.FilePath;
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = new List<CatalogFile>();
            }

            list.Add(file);
        }

        var unbound = baselines
            .Where(b => b.CatalogName is not { } name || !groups.ContainsKey(name.Value))
            .Select(b => new CatalogInput("\0baseline " + b.FilePath, EquatableArray<CatalogFile>.Empty, defaultNamespace)
            {
                Baselines = new[] { b }.ToEquatableArray(),
                UnboundBaselineReason = WhyUnbound(b, groups.Keys),
            });

        return groups
            .Select(g => new CatalogInput(
                g.Key,
                g.Value.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToEquatableArray(),
                defaultNamespace)
            {
                DefaultInternal = defaultInternal,
                Baselines = baselines
                    .Where(b => b.CatalogName?.Value == g.Key)
                    .OrderBy(b => b.FilePath, StringComparer.Ordinal)
                    .ToEquatableArray(),
            })
            .Concat(unbound)
            .ToImmutableArray();
    }

    private static string WhyUnbound(BaselineFile baseline, IEnumerable<string> catalogNames)
    {
        if (baseline.CatalogName is not { } name)
        {
            return "has no 'catalog: <name>' line naming the catalog it guards";
        }

        var near = catalogNames.FirstOrDefault(n => n[0] != '\0' && string.Equals(n.Trim(), name.Value.Trim(), StringComparison.OrdinalIgnoreCase));
        return near is null
            ? $"names catalog '{name.Value}', which no catalog of this project declares"
            : $"names catalog '{name.Value}', but the catalog is named '{near}' (names must match exactly)";
    }
}
