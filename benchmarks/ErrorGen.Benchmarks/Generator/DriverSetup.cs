using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using ErrorGen.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen.Benchmarks.Generator;

/// <summary>Synthetic catalogs as AdditionalFiles, marked as catalogs the way ErrorGen.targets marks them.</summary>
internal static class DriverSetup
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A catalog of <paramref name="codes"/> codes split into ten files, like real catalogs owned by several teams.</summary>
    public static ImmutableArray<AdditionalText> Files(int codes)
        => SyntheticCatalogs.Catalog("Gen", codes, files: 10)
            .Select(f => (AdditionalText)new Text("/catalogs/" + f.Name, f.Yaml))
            .ToImmutableArray();

    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files)
        => CSharpGeneratorDriver.Create(
            new[] { new ErrorCatalogGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new Options(files.Select(f => f.Path)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _catalogs;

        public Options(IEnumerable<string> catalogs) => _catalogs = catalogs.ToHashSet();

        public override AnalyzerConfigOptions GlobalOptions => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _catalogs.Contains(textFile.Path) ? Values.Catalog : Values.Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(null);
            public static readonly Values Catalog = new("true");
            private readonly string? _flag;

            private Values(string? flag) => _flag = flag;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == BuildOptions.CatalogMetadata ? _flag : null;
                return value is not null;
            }
        }
    }
}
