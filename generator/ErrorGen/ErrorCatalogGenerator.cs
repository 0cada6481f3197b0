using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Emit;
using ErrorGen.Model;
using ErrorGen.Reading;
using ErrorGen.Validation;
using Microsoft.CodeAnalysis;

namespace ErrorGen;

/// <summary>
/// The pipeline: read (each catalog file → <see cref="CatalogFile"/>) → group (files naming the same catalog)
/// → validate (→ <see cref="CatalogResult"/>) → check against the project's limits and the other catalogs → report
/// diagnostics, and emit (one emitter per output kind) from the spec alone. Every step carries only equatable values,
/// so an edit re-runs only what it touches; an edit that only moves lines re-runs no emitter.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ErrorCatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each additional file is classified once against its item metadata; only ErrorGen's own files are read.
        var projectFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ProjectFile.Of(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file.Kind != ProjectFileKind.Other)
            .WithTrackingName(TrackingNames.ProjectFiles);

        var catalogTexts = projectFiles
            .Where(static file => file.Kind == ProjectFileKind.Catalog)
            .Select(static (file, _) => new CatalogText(file.Path, file.Text))
            .WithTrackingName(TrackingNames.CatalogTexts);

        var catalogFiles = catalogTexts
            .Select(static (text, cancellationToken) => ReadSafely(text, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogFiles);

        var baselineFiles = projectFiles
            .Where(static file => file.Kind == ProjectFileKind.Baseline)
            .Select(static (file, _) => ReadBaselineSafely(file.Path, file.Text ?? string.Empty))
            .WithTrackingName(TrackingNames.BaselineFiles);

        var buildDefaults = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new BuildDefaults(
                BuildOptions.DefaultNamespaceOf(options.GlobalOptions), BuildOptions.DefaultInternalOf(options.GlobalOptions)));

        var catalogInputs = catalogFiles.Collect()
            .Combine(baselineFiles.Collect())
            .Combine(buildDefaults)
            .SelectMany(static (pair, _) => CatalogGrouper.Group(
                pair.Left.Left, pair.Left.Right, pair.Right.Namespace, pair.Right.IsInternal))
            .WithTrackingName(TrackingNames.CatalogInputs);

        var catalogResults = catalogInputs
            .Select(static (input, cancellationToken) => ValidateSafely(input, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogResults);

        // The compilation is reduced at once to its references (compared by identity), so a C# edit re-runs nothing that
        // reads them; the facts the outputs need follow from the references and the language version.
        var referenceSet = context.CompilationProvider
            .Select(static (compilation, _) => ReferenceSet.Of(compilation))
            .WithTrackingName(TrackingNames.References);
        var generationOptions = referenceSet
            .Select(static (references, _) => BuildOptions.GenerationOptionsOf(references))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => BuildOptions.LanguageVersionOf(options)))
            .Select(static (pair, _) => pair.Left with { LanguageVersion = pair.Right })
            .WithTrackingName(TrackingNames.GenerationOptions);

        // Limits that depend on the project kind (the string heap holds more with OpenAPI's examples).
        var checkedResults = catalogResults
            .Combine(generationOptions)
            .Select(static (pair, _) => OutputLimits.Apply(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CheckedResults);

        // Catalogs that would generate the same type as another: reported once, and left out of emission below.
        var typeClashes = checkedResults
            .Select(static (result, _) => CatalogClashes.ClaimOf(result))
            .Collect()
            .Select(static (claims, _) => CatalogClashes.Find(claims))
            .WithTrackingName(TrackingNames.TypeClashes);
        var clashLosers = typeClashes.Select(static (report, _) => report.Losers);

        // Diagnostics have outputs of their own: an edit that only moves lines re-runs these, not the emitters.
        var diagnostics = checkedResults
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.CatalogDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (production, list) => Report(production, list));

        // Source comes from the spec alone, which holds no positions.
        var specs = checkedResults
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.CatalogSpecs);
        context.RegisterSourceOutput(
            specs.Combine(clashLosers).Combine(generationOptions),
            static (production, pair) => CatalogSources.Add(production, pair.Left.Left!, pair.Left.Right, pair.Right));

        // Each Collect costs the driver a pass on every keystroke even when cached: the collected specs and texts are shared.
        var allSpecs = specs.Collect();
        var allTexts = catalogTexts.Collect();

        RegisterExport(context, allTexts, allSpecs, clashLosers, buildDefaults, generationOptions);
        var referenced = RegisterReferencedCatalogs(context, referenceSet, allSpecs, generationOptions);
        var served = allSpecs
            .Combine(clashLosers)
            .Combine(referenced)
            .Combine(generationOptions)
            .Select(static (pair, _) => CatalogSources.Served(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ServedCatalogs);
        context.RegisterSourceOutput(served, static (production, catalogs) => CatalogSources.AddAllCatalogs(production, catalogs));

        // What every catalog's code shares, once per compilation.
        var runtime = allSpecs
            .Combine(clashLosers)
            .Combine(served)
            .Combine(generationOptions)
            .Select(static (pair, _) => CatalogSources.RuntimeOf(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CatalogRuntime);
        context.RegisterSourceOutput(runtime, static (production, needed) => CatalogSources.AddRuntime(production, needed));

        // The checks across catalogs and of the project share one output: each output costs the driver a pass on every
        // keystroke, even cached (docs/benchmarks.md), and these change together rarely.
        var projectDiagnostics = typeClashes.Select(static (report, _) => report.Diagnostics)
            .Combine(CodeSpaceChecks(projectFiles, checkedResults, referenced, generationOptions))
            .Combine(ProjectChecks(allTexts, referenced, generationOptions))
            .Select(static (pair, _) => pair.Left.Left.Concat(pair.Left.Right).Concat(pair.Right).ToEquatableArray());
        context.RegisterSourceOutput(projectDiagnostics, static (production, list) => Report(production, list));
    }

    /// <summary>No silent opt-outs: a project with no catalog at all, and an OpenAPI package too old for the OpenAPI output.</summary>
    private static IncrementalValueProvider<EquatableArray<DiagnosticInfo>> ProjectChecks(
        IncrementalValueProvider<ImmutableArray<CatalogText>> catalogTexts,
        IncrementalValueProvider<EquatableArray<ReferencedCatalog>> referenced,
        IncrementalValueProvider<GenerationOptions> generationOptions)
    {
        var hasOwn = catalogTexts.Select(static (texts, _) => texts.Length > 0);
        var hasServed = referenced.Select(static (catalogs, _) => catalogs.Any(c => !c.HasWebIntegration));
        return hasOwn.Combine(hasServed)
            .Combine(generationOptions.Select(static (options, _) => options.SkippedOpenApiVersion))
            .Select(static (pair, _) => Validation.ProjectChecks.Check(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ProjectChecks);
    }

    /// <summary>
    /// Code spaces: this project's catalogs against each other and against every referenced assembly's, and against the
    /// organisation's registries (<c>ErrorCodeRegistry</c> items) that allocate their blocks.
    /// </summary>
    private static IncrementalValueProvider<EquatableArray<DiagnosticInfo>> CodeSpaceChecks(
        IncrementalValuesProvider<ProjectFile> projectFiles,
        IncrementalValuesProvider<CatalogResult> checkedResults,
        IncrementalValueProvider<EquatableArray<ReferencedCatalog>> referenced,
        IncrementalValueProvider<GenerationOptions> generationOptions)
    {
        var ownClaims = checkedResults
            .Select(static (result, _) => result.CodeSpaceClaim)
            .Collect();
        var codeSpaceReport = ownClaims
            .Combine(referenced.Select(static (catalogs, _) => catalogs.Select(c => c.CodeSpaceClaim).OfType<CodeSpaceClaim>().ToEquatableArray()))
            .Combine(generationOptions.Select(static (options, _) => options.AssemblyName))
            .Select(static (pair, _) => CodeSpaces.Check(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CodeSpaces);

        var registries = projectFiles
            .Where(static file => file.Kind == ProjectFileKind.Registry)
            .Select(static (file, cancellationToken) => ReadRegistrySafely(file.Path, file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.RegistryFiles);
        var registryReport = registries.Collect()
            .Combine(ownClaims)
            .Select(static (pair, _) => Registries.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Registries);
        return codeSpaceReport.Combine(registryReport).Select(static (pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());
    }

    /// <summary>
    /// The files of the public catalogs generated here, recorded in this assembly for the projects that reference it (an
    /// internal catalog stays inside its assembly).
    /// </summary>
    private static void RegisterExport(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<ImmutableArray<CatalogText>> catalogTexts,
        IncrementalValueProvider<ImmutableArray<CatalogSpec?>> specs,
        IncrementalValueProvider<EquatableArray<string>> clashLosers,
        IncrementalValueProvider<BuildDefaults> buildDefaults,
        IncrementalValueProvider<GenerationOptions> generationOptions)
    {
        var exportedPaths = specs
            .Combine(clashLosers)
            .Select(static (pair, _) => pair.Left
                .Where(spec => !spec!.IsInternal && !pair.Right.Contains(spec.Name))
                .SelectMany(spec => spec!.SourceFiles)
                .ToEquatableArray());
        var export = catalogTexts
            .Combine(exportedPaths)
            .Combine(buildDefaults)
            .Combine(generationOptions)
            .Select(static (pair, _) => new CatalogExport(
                pair.Left.Left.Left.Where(t => pair.Left.Left.Right.Contains(t.Path))
                    .Select(t => (t.Path, t.Text ?? string.Empty)).ToEquatableArray(),
                pair.Left.Right.Namespace,
                pair.Right.HasAspNetCore))
            .WithTrackingName(TrackingNames.CatalogExport);
        context.RegisterSourceOutput(export, static (production, export) => CatalogSources.AddExport(production, export));
    }

    /// <summary>
    /// The catalogs of referenced assemblies, as one value that changes only with the reference list (each reference is
    /// read once, from its metadata); a C# edit re-runs none of this. A web project serves them with its own ASP.NET Core
    /// integration.
    /// </summary>
    private static IncrementalValueProvider<EquatableArray<ReferencedCatalog>> RegisterReferencedCatalogs(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<ReferenceSet> referenceSet,
        IncrementalValueProvider<ImmutableArray<CatalogSpec?>> specs,
        IncrementalValueProvider<GenerationOptions> generationOptions)
    {
        var discovered = referenceSet
            .Select(static (references, cancellationToken) => ReferencedCatalogs.Discover(references, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedCatalogFiles);
        var referencedSpecs = discovered
            .SelectMany(static (catalogs, _) => catalogs)
            .WithTrackingName(TrackingNames.ReferencedCatalogSpecs);
        var ownTypes = specs.Select(static (all, _) => all.Select(spec => spec!.Namespace + "." + spec.TypeName).ToEquatableArray());
        context.RegisterSourceOutput(
            referencedSpecs.Combine(ownTypes).Combine(generationOptions),
            static (production, pair) => CatalogSources.AddReferenced(production, pair.Left.Left, pair.Left.Right, pair.Right));
        return discovered;
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static CatalogFile ReadSafely(CatalogText text, CancellationToken cancellationToken)
    {
        try
        {
            if (text.Text is null)
            {
                return Failed(
                    text.Path,
                    DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceLocation.FileStart(text.Path), "the file could not be read"));
            }

            var file = CatalogFileReader.Read(text.Path, text.Text, cancellationToken);
            Analyzers.GeneratorWork.RememberFile(text.Text, file);
            return file;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(text.Path, DiagnosticInfo.InternalError(text.Path, exception));
        }

        static CatalogFile Failed(string path, DiagnosticInfo diagnostic)
            => new(path, null, null, default, default, default, new[] { diagnostic }.ToEquatableArray());
    }

    private static BaselineFile ReadBaselineSafely(string path, string text)
    {
        try
        {
            return BaselineFileReader.Read(path, text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new BaselineFile(path, null, default, new[] { DiagnosticInfo.InternalError(path, exception) }.ToEquatableArray());
        }
    }

    private static RegistryFile ReadRegistrySafely(string path, string? text, CancellationToken cancellationToken)
    {
        try
        {
            return RegistryFileReader.Read(path, text ?? string.Empty, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new RegistryFile(path, null, default, new[] { DiagnosticInfo.InternalError(path, exception) }.ToEquatableArray());
        }
    }

    private static CatalogResult ValidateSafely(CatalogInput input, CancellationToken cancellationToken)
    {
        try
        {
            var result = CatalogValidator.Validate(input, cancellationToken);
            Analyzers.GeneratorWork.RememberResult(input, result);
            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = input.Files.Count > 0 ? input.Files[0].FilePath : string.Empty;
            return new CatalogResult(null, new[] { DiagnosticInfo.InternalError(path, exception) }.ToEquatableArray());
        }
    }

    private sealed record CatalogText(string Path, string? Text);

    /// <summary>The namespace and accessibility of catalogs that set none (ErrorGenNamespace/RootNamespace, ErrorGenAccessibility).</summary>
    private sealed record BuildDefaults(string Namespace, bool IsInternal);
}
