using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.TestSupport;

/// <summary>ErrorGen behind Roslyn's generator driver, exactly as the compiler runs it, on in-memory catalogs.</summary>
public static class GeneratorDriverFactory
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Catalogs (and baselines, *.txt) as the AdditionalFiles a build passes.</summary>
    public static ImmutableArray<AdditionalText> Files(IEnumerable<(string Path, string Text)> files)
        => files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    /// <summary>A driver over <paramref name="files"/>, every one marked as a catalog or baseline.</summary>
    public static GeneratorDriver Create(
        ImmutableArray<AdditionalText> files,
        bool trackSteps = false,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new ErrorCatalogGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ParseOptions,
            new CatalogOptionsProvider(files.Select(f => f.Path), globalOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A library compilation of <paramref name="sources"/> against .NET's reference assemblies, nullable enabled.</summary>
    public static CSharpCompilation Compilation(params string[] sources)
        => Compilation(Net100.References.All, sources);

    /// <summary>A library compilation of <paramref name="sources"/> against <paramref name="references"/>.</summary>
    public static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: sources.Length == 1 ? "Consumer.cs" : $"Source{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                // As the SDK's csc task does (/nowarn:1701,1702): reference-version unification notes, not code warnings.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
}
