using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Emit;
using ErrorGen.Model;
using ErrorGen.Reading;
using ErrorGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen;

/// <summary>
/// The pipeline: read (each catalog file → <see cref="CatalogFile"/>) → group (files naming the same catalog)
/// → validate (→ <see cref="CatalogResult"/>) → emit (one emitter per output kind). Every step carries only
/// equatable values, so an edit re-runs only what it touches.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ErrorCatalogGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that ErrorGen.targets sets on every <c>ErrorCatalog</c> item.</summary>
    public const string CatalogMetadata = "build_metadata.AdditionalFiles.ErrorGenCatalog";

    /// <summary>The AdditionalFiles metadata that ErrorGen.targets sets on every <c>ErrorCatalogBaseline</c> item.</summary>
    public const string BaselineMetadata = "build_metadata.AdditionalFiles.ErrorGenBaseline";

    private const string DefaultNamespace = "ErrorCatalogs";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalogTexts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => HasFlag(pair.Left, pair.Right, CatalogMetadata))
            .Select(static (pair, cancellationToken) => new CatalogText(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.CatalogTexts);

        var catalogFiles = catalogTexts
            .Select(static (text, cancellationToken) => ReadSafely(text, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogFiles);

        var baselineFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => HasFlag(pair.Left, pair.Right, BaselineMetadata))
            .Select(static (pair, cancellationToken) => ReadBaselineSafely(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.BaselineFiles);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DefaultNamespaceOf(options.GlobalOptions));

        var catalogInputs = catalogFiles.Collect()
            .Combine(baselineFiles.Collect())
            .Combine(rootNamespace)
            .SelectMany(static (pair, _) => CatalogGrouper.Group(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CatalogInputs);

        var catalogResults = catalogInputs
            .Select(static (input, cancellationToken) => ValidateSafely(input, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogResults);

        // The compilation is reduced at once to a few bools, so a C# edit never re-runs catalog work.
        var generationOptions = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationOptions(
                HasNotNullWhen: HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
                HasAspNetCore: HasAccessibleType(compilation, "Microsoft.AspNetCore.Mvc.ProblemDetails")
                    && HasAccessibleType(compilation, "Microsoft.AspNetCore.Diagnostics.IExceptionHandler"),
                HasRateLimiting: HasAccessibleType(compilation, "Microsoft.AspNetCore.RateLimiting.RateLimiterOptions"),
                HasOpenApi: HasAccessibleType(compilation, "Microsoft.AspNetCore.OpenApi.OpenApiOptions")
                    && HasAccessibleType(compilation, "Microsoft.OpenApi.OpenApiSchemaReference"),
                HasHttpClient: HasAccessibleType(compilation, "System.Net.Http.HttpResponseMessage")
                    && HasAccessibleType(compilation, "System.Text.Json.JsonDocument")))
            .WithTrackingName(TrackingNames.GenerationOptions);

        // Catalogs that would generate the same type as another: reported once, and left out of emission below.
        var typeClashes = catalogResults
            .Select(static (result, _) => CatalogClashes.ClaimOf(result))
            .Collect()
            .Select(static (claims, _) => CatalogClashes.Find(claims))
            .WithTrackingName(TrackingNames.TypeClashes);
        context.RegisterSourceOutput(typeClashes, static (production, report) =>
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(
            catalogResults.Combine(typeClashes.Select(static (report, _) => report.Losers)).Combine(generationOptions),
            static (production, pair) => Emit(production, pair.Left.Left, pair.Left.Right, pair.Right));
    }

    /// <summary>The namespace of catalogs that declare none: ErrorGenNamespace, else RootNamespace.</summary>
    internal static string DefaultNamespaceOf(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue("build_property.ErrorGenNamespace", out var ns) && IdentifierNormalizer.IsValidNamespace(ns) ? ns
            : globalOptions.TryGetValue("build_property.RootNamespace", out ns) && IdentifierNormalizer.IsValidNamespace(ns) ? ns
            : DefaultNamespace;

    internal static bool HasFlag(AdditionalText file, AnalyzerConfigOptionsProvider options, string metadata)
        => options.GetOptions(file).TryGetValue(metadata, out var value)
           && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static bool HasAccessibleType(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type
           && (type.DeclaredAccessibility == Accessibility.Public || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly));

    private static CatalogFile ReadSafely(CatalogText text, CancellationToken cancellationToken)
    {
        try
        {
            if (text.Text is null)
            {
                return Failed(text.Path, "the file could not be read");
            }

            return CatalogFileReader.Read(text.Path, text.Text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(text.Path, exception.GetType().Name + ": " + exception.Message);
        }

        static CatalogFile Failed(string path, string reason) => new(
            path, null, null, default, default, default,
            new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new SourceLocation(path, 0, 0, 0, 0, 0, 0), reason) }.ToEquatableArray());
    }

    private static BaselineFile ReadBaselineSafely(string path, string text)
    {
        try
        {
            return BaselineFileReader.Read(path, text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new BaselineFile(path, null, default, new[]
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new SourceLocation(path, 0, 0, 0, 0, 0, 0), exception.GetType().Name + ": " + exception.Message),
            }.ToEquatableArray());
        }
    }

    private static CatalogResult ValidateSafely(CatalogInput input, CancellationToken cancellationToken)
    {
        try
        {
            return CatalogValidator.Validate(input, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = input.Files.Count > 0 ? input.Files[0].FilePath : string.Empty;
            return new CatalogResult(null, new[]
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new SourceLocation(path, 0, 0, 0, 0, 0, 0), exception.GetType().Name + ": " + exception.Message),
            }.ToEquatableArray());
        }
    }

    private static void Emit(SourceProductionContext context, CatalogResult result, EquatableArray<string> clashLosers, GenerationOptions options)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (result.Spec is not { } catalog || clashLosers.Contains(catalog.Name))
        {
            return;
        }

        var heapBytes = AssemblyLimits.EstimateStringHeapBytes(catalog, options.HasAspNetCore && options.HasOpenApi);
        if (heapBytes > AssemblyLimits.CatalogBudgetBytes)
        {
            // Reported before the compiler's CS8103, which would name no catalog and no line.
            context.ReportDiagnostic(DiagnosticInfo.Create(
                DiagnosticDescriptors.CatalogTooLarge, result.NameLocation, catalog.Name,
                heapBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                AssemblyLimits.CatalogBudgetBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).ToDiagnostic());
            return;
        }

        try
        {
            var sources = new List<(string Kind, string Text)>
            {
                ("Code", CodeTypeEmitter.Emit(catalog)),
                ("ErrorInfo", ErrorInfoEmitter.Emit(catalog)),
                ("Errors", CatalogEmitter.Emit(catalog, options.HasNotNullWhen)),
                ("Exceptions", ExceptionEmitter.Emit(catalog)),
            };

            // ASP.NET Core types only where the project references ASP.NET Core: a class library gets none of them.
            if (options.HasAspNetCore)
            {
                sources.Add(("AspNetCore", AspNetCoreEmitter.Emit(catalog, options.HasRateLimiting)));
                if (catalog.Envelope is not null)
                {
                    sources.Add(("Envelope", EnvelopeEmitter.Emit(catalog)));
                }

                if (options.HasOpenApi)
                {
                    sources.Add(("OpenApi", OpenApiEmitter.Emit(catalog)));
                }
            }

            if (options.HasHttpClient)
            {
                sources.Add(("Client", ClientEmitter.Emit(catalog)));
            }
            foreach (var (kind, text) in sources)
            {
                context.AddSource(HintName(catalog, kind), SourceText.From(text, Encoding.UTF8));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = catalog.SourceFiles.Count > 0 ? catalog.SourceFiles[0] : string.Empty;
            context.ReportDiagnostic(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, new SourceLocation(path, 0, 0, 0, 0, 0, 0), exception.GetType().Name + ": " + exception.Message).ToDiagnostic());
        }
    }

    /// <summary>
    /// Hint names are unique (namespace and type name, which <see cref="CatalogClashes"/> keeps unique without case),
    /// file-name safe (identifiers may hold any Unicode letter) and short enough for any file system's paths.
    /// </summary>
    internal static string HintName(CatalogSpec catalog, string kind)
    {
        const int MaxStem = 100;
        var raw = $"{catalog.Namespace}.{catalog.TypeName}.{kind}";
        var safe = new string(raw.Select(c => c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '_') ? c : '_').ToArray());
        if (safe == raw && raw.Length <= MaxStem)
        {
            return raw + ".g.cs";
        }

        var stem = safe.Length <= MaxStem ? safe : safe.Substring(0, MaxStem - kind.Length - 1) + "." + kind;
        return $"{stem}_{HashSlots.HashString(raw):x8}.g.cs";
    }

    /// <summary>What the generator needs to know about the compilation: which optional outputs it can emit.</summary>
    private readonly record struct GenerationOptions(bool HasNotNullWhen, bool HasAspNetCore, bool HasRateLimiting, bool HasOpenApi, bool HasHttpClient);

    private sealed record CatalogText(string Path, string? Text);
}
