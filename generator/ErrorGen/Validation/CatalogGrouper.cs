using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>Groups catalog files by the catalog they name: one catalog may be split across many files.</summary>
internal static class CatalogGrouper
{
    public static ImmutableArray<CatalogInput> Group(ImmutableArray<CatalogFile> files, ImmutableArray<BaselineFile> baselines, string defaultNamespace)
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

        return groups
            .Select(g => new CatalogInput(
                g.Key,
                g.Value.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToEquatableArray(),
                defaultNamespace)
            {
                Baselines = baselines
                    .Where(b => b.CatalogName?.Value == g.Key)
                    .OrderBy(b => b.FilePath, StringComparer.Ordinal)
                    .ToEquatableArray(),
            })
            .ToImmutableArray();
    }
}
