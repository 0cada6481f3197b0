using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.TestSupport;

namespace ErrorGen.Benchmarks.Synthetic;

/// <summary>
/// A catalog a benchmark builds, written as on the command line: <c>3000</c> is the plain synthetic catalog (short
/// messages, no modules), <c>real3000</c> the real-shaped one (<see cref="SyntheticCatalogs.RealShaped"/>). Both are ten files.
/// </summary>
public sealed record CatalogShape(int Count, bool Real)
{
    public static CatalogShape Parse(string spec)
        => spec.StartsWith("real", StringComparison.Ordinal) ? new CatalogShape(int.Parse(spec[4..]), true) : new CatalogShape(int.Parse(spec), false);

    public IReadOnlyList<(string Path, string Text)> Files()
        => Real ? SyntheticCatalogs.RealShaped("Gen", Count, files: 10) : SyntheticCatalogs.Catalog("Gen", Count, files: 10);

    /// <summary>The wire values, code <c>i</c> being <c>Code{i}</c>.</summary>
    public long[] Codes()
        => Real ? Enumerable.Range(0, Count).Select(i => SyntheticCatalogs.RealShapedCode(Count, i)).ToArray() : SyntheticCatalogs.Codes(Count);

    public override string ToString() => Real ? $"{Count:N0}, real-shaped" : $"{Count:N0}";
}
