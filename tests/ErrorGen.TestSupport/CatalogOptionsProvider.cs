using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorGen.TestSupport;

/// <summary>Plays the part of ErrorGen.targets: marks the given files as catalogs, as an ErrorCatalog item would.</summary>
public sealed class CatalogOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly HashSet<string> _catalogPaths;

    public CatalogOptionsProvider(IEnumerable<string> catalogPaths, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        _catalogPaths = catalogPaths.ToHashSet();
        GlobalOptions = new Options(globalOptions ?? new Dictionary<string, string>());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    // Baselines (*.txt) get the ErrorCatalogBaseline metadata, registries (*.registry.yaml) the ErrorCodeRegistry metadata,
    // everything else the ErrorCatalog metadata.
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _catalogPaths.Contains(textFile.Path)
            ? new Options(new Dictionary<string, string> { [MetadataOf(textFile.Path)] = "true" })
            : Options.Empty;

    private static string MetadataOf(string path)
        => path.EndsWith(".txt", System.StringComparison.Ordinal) ? BuildOptions.BaselineMetadata
            : path.EndsWith(".registry.yaml", System.StringComparison.Ordinal) ? BuildOptions.RegistryMetadata
            : BuildOptions.CatalogMetadata;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
