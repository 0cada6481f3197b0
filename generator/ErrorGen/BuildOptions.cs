using System;
using ErrorGen.Reading;
using ErrorGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorGen;

/// <summary>
/// What ErrorGen reads from the build, in one place for the generator, the analyzers and the CLI: the item metadata
/// ErrorGen.targets sets, the namespace of catalogs that declare none, and which optional outputs a compilation can
/// take (the web-project test among them).
/// </summary>
internal static class BuildOptions
{
    /// <summary>The AdditionalFiles metadata that ErrorGen.targets sets on every <c>ErrorCatalog</c> item.</summary>
    public const string CatalogMetadata = "build_metadata.AdditionalFiles.ErrorGenCatalog";

    /// <summary>The AdditionalFiles metadata that ErrorGen.targets sets on every <c>ErrorCatalogBaseline</c> item.</summary>
    public const string BaselineMetadata = "build_metadata.AdditionalFiles.ErrorGenBaseline";

    /// <summary>The AdditionalFiles metadata that ErrorGen.targets sets on every <c>ErrorCodeRegistry</c> item.</summary>
    public const string RegistryMetadata = "build_metadata.AdditionalFiles.ErrorGenRegistry";

    /// <summary>The namespace of catalogs when neither the catalog, ErrorGenNamespace nor RootNamespace gives one.</summary>
    public const string FallbackNamespace = "ErrorCatalogs";

    /// <summary>The namespace of catalogs that declare none: ErrorGenNamespace, else RootNamespace.</summary>
    public static string DefaultNamespaceOf(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue("build_property.ErrorGenNamespace", out var ns) && IdentifierNormalizer.IsValidNamespace(ns) ? ns
            : globalOptions.TryGetValue("build_property.RootNamespace", out ns) && IdentifierNormalizer.IsValidNamespace(ns) ? ns
            : FallbackNamespace;

    /// <summary>Whether catalogs that set no <c>accessibility</c> are internal: <c>ErrorGenAccessibility</c> is <c>internal</c>.</summary>
    public static bool DefaultInternalOf(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue("build_property.ErrorGenAccessibility", out var value)
           && string.Equals(value.Trim(), "internal", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="file"/> carries <paramref name="metadata"/> = true (a catalog, or a baseline).</summary>
    public static bool HasFlag(AdditionalText file, AnalyzerConfigOptionsProvider options, string metadata)
        => options.GetOptions(file).TryGetValue(metadata, out var value)
           && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A web project: ASP.NET Core's ProblemDetails and IExceptionHandler are in the compilation. The generator emits the
    /// ASP.NET Core outputs exactly then, and the analyzers warn about unmapped codes exactly then.
    /// </summary>
    public static bool IsWebProject(Compilation compilation)
        => HasAccessibleType(compilation, "Microsoft.AspNetCore.Mvc.ProblemDetails")
           && HasAccessibleType(compilation, "Microsoft.AspNetCore.Diagnostics.IExceptionHandler");

    /// <summary>
    /// The lowest C# version the generated code compiles with: it uses <c>is not</c>/<c>or</c> patterns and
    /// target-typed conditionals (C# 9); below it the generator reports EG0056 instead of emitting.
    /// </summary>
    public const int MinimumLanguageVersion = 9;

    /// <summary>
    /// The references reduced to the few facts the optional outputs need, each type looked up once. Only public types
    /// of referenced assemblies count (a polyfill in the project's own source does not), so the facts change only with
    /// the references; <see cref="GenerationOptions.LanguageVersion"/> comes from the parse options.
    /// </summary>
    public static GenerationOptions GenerationOptionsOf(ReferenceSet references)
    {
        if (references.Compilation is not { } compilation)
        {
            return new GenerationOptions(0, references.AssemblyName, false, false, false, false, false);
        }

        var isWebProject = IsWebProject(compilation);
        var hasOpenApiModel = HasAccessibleType(compilation, "Microsoft.OpenApi.OpenApiSchemaReference");
        return new(
            LanguageVersion: 0,
            AssemblyName: references.AssemblyName,
            HasNotNullWhen: HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
            HasAspNetCore: isWebProject,
            HasRateLimiting: HasAccessibleType(compilation, "Microsoft.AspNetCore.RateLimiting.RateLimiterOptions"),
            HasOpenApi: hasOpenApiModel && HasAccessibleType(compilation, "Microsoft.AspNetCore.OpenApi.OpenApiOptions"),
            HasHttpClient: HasAccessibleType(compilation, "System.Net.Http.HttpResponseMessage")
                && HasAccessibleType(compilation, "System.Text.Json.JsonDocument"))
        {
            SkippedOpenApiVersion = isWebProject && !hasOpenApiModel ? ReferencedOpenApiVersion(compilation) : null,
        };
    }

    /// <summary>Roslyn's effective language version (C# 9 is 900); other languages are never too low.</summary>
    public static int LanguageVersionOf(ParseOptions options)
        => options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue;

    /// <summary>
    /// The version of Microsoft.AspNetCore.OpenApi the project references, asked only when it is too old for the
    /// OpenAPI output (which needs 10.0: Microsoft.OpenApi 2.x), so the skip is said rather than silent.
    /// </summary>
    private static string? ReferencedOpenApiVersion(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (assembly.Name == "Microsoft.AspNetCore.OpenApi")
            {
                return assembly.Version.ToString(2);
            }
        }

        return null;
    }

    // A public type of a referenced assembly, unique across them (an ambiguous name could not be used either).
    /// <summary>
    /// Whether exactly one referenced assembly declares the public type (two would make the generated code's use of it
    /// ambiguous). Only references are asked: <c>Compilation.GetTypeByMetadataName</c> would first bind every source
    /// declaration, generated files included — over half a second for 10,000 codes, charged to whoever asks first.
    /// </summary>
    private static bool HasAccessibleType(Compilation compilation, string metadataName)
    {
        var found = 0;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public } && ++found > 1)
            {
                return false;
            }
        }

        return found == 1;
    }
}

/// <summary>What the generator needs to know about the compilation: which optional outputs it can emit.</summary>
/// <remarks><see cref="LanguageVersion"/> is Roslyn's effective <c>LanguageVersion</c> value (C# 9 is 900).</remarks>
internal readonly record struct GenerationOptions(
    int LanguageVersion, string AssemblyName, bool HasNotNullWhen, bool HasAspNetCore, bool HasRateLimiting, bool HasOpenApi, bool HasHttpClient)
{
    /// <summary>A referenced Microsoft.AspNetCore.OpenApi too old for the OpenAPI output (EG0060), or null.</summary>
    public string? SkippedOpenApiVersion { get; init; }
}
