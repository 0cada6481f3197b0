using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen.Emit;

/// <summary>Which emitters a catalog gets in a project, and the hint name of each output.</summary>
internal static class CatalogSources
{
    public static void Add(SourceProductionContext context, CatalogSpec catalog, EquatableArray<string> clashLosers, GenerationOptions options)
    {
        if (clashLosers.Contains(catalog.Name))
        {
            return;
        }

        try
        {
            foreach (var (kind, text) in Emit(catalog, options))
            {
                context.AddSource(HintName(catalog, kind), SourceText.From(text, Encoding.UTF8));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var file = catalog.SourceFiles.Count > 0 ? catalog.SourceFiles[0] : string.Empty;
            context.ReportDiagnostic(DiagnosticInfo.InternalError(file, exception).ToDiagnostic());
        }
    }

    /// <summary>The project's catalog files as assembly metadata, for the projects that reference it.</summary>
    public static void AddExport(SourceProductionContext context, CatalogExport export)
    {
        if (export.Files.Count == 0)
        {
            return;
        }

        try
        {
            var text = CatalogExportEmitter.Emit(export.Files, export.DefaultNamespace, export.HasWebIntegration);
            context.AddSource(CatalogExportEmitter.HintName, SourceText.From(text, Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.InternalError(export.Files[0].Path, exception).ToDiagnostic());
        }
    }

    /// <summary>
    /// A catalog of a referenced assembly, in a web project: the ASP.NET Core integration only, calling the assembly's
    /// public types (the catalog's own types are that assembly's). Skipped where the project declares the catalog itself.
    /// </summary>
    public static void AddReferenced(
        SourceProductionContext context, ReferencedCatalog referenced, EquatableArray<string> ownTypes, GenerationOptions options)
    {
        var catalog = referenced.Spec;
        if (!IsServedHere(referenced, ownTypes, options))
        {
            return;
        }

        try
        {
            foreach (var (kind, text) in EmitWebIntegration(catalog, new CatalogNames(catalog), options))
            {
                context.AddSource(HintName(catalog, kind), SourceText.From(text, Encoding.UTF8));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.InternalError(string.Empty, exception).ToDiagnostic());
        }
    }

    /// <summary>
    /// A referenced catalog gets its ASP.NET Core integration here when this is a web project the generated code compiles
    /// in, the referenced assembly does not serve it itself, and this project does not declare the catalog too.
    /// </summary>
    private static bool IsServedHere(ReferencedCatalog referenced, IEnumerable<string> ownTypes, GenerationOptions options)
        => !referenced.HasWebIntegration && referenced.Spec.HasHttp && IsWebOutput(options)
            && !ownTypes.Contains(referenced.Spec.Namespace + "." + referenced.Spec.TypeName);

    private static bool IsWebOutput(GenerationOptions options)
        => options.HasAspNetCore && options.LanguageVersion >= BuildOptions.MinimumLanguageVersion * 100;

    /// <summary>The catalogs <c>AddErrorCatalogs()</c> registers: the project's own in file order, then referenced ones by assembly.</summary>
    public static EquatableArray<ServedCatalog> Served(
        IEnumerable<CatalogSpec?> own, EquatableArray<string> clashLosers, IEnumerable<ReferencedCatalog> referenced, GenerationOptions options)
    {
        if (!IsWebOutput(options))
        {
            return EquatableArray<ServedCatalog>.Empty;
        }

        var ownSpecs = own.OfType<CatalogSpec>().Where(spec => spec.HasHttp && !clashLosers.Contains(spec.Name)).ToList();
        var ownTypes = ownSpecs.Select(spec => spec.Namespace + "." + spec.TypeName).ToList();
        return ownSpecs.Select(spec => new ServedCatalog(spec.Name, spec.Namespace, spec.TypeName, spec.ExceptionTypeName, null))
            .Concat(referenced.Where(r => IsServedHere(r, ownTypes, options))
                .OrderBy(r => r.AssemblyName, StringComparer.Ordinal)
                .ThenBy(r => r.Spec.Name, StringComparer.Ordinal)
                .Select(r => new ServedCatalog(r.Spec.Name, r.Spec.Namespace, r.Spec.TypeName, r.Spec.ExceptionTypeName, r.AssemblyName)))
            .ToEquatableArray();
    }

    /// <summary>
    /// What the shared <see cref="CatalogRuntimeEmitter"/> class must hold: nothing without a catalog of this project's own
    /// or one it serves; the ASP.NET Core part where some catalog gets its web integration here.
    /// </summary>
    public static RuntimeNeeds RuntimeOf(
        IEnumerable<CatalogSpec?> own, EquatableArray<string> clashLosers, EquatableArray<ServedCatalog> served, GenerationOptions options)
    {
        var ownSpecs = own.Where(spec => spec is not null && !clashLosers.Contains(spec.Name)).ToList();
        var webIntegration = options.HasAspNetCore && (served.Count > 0 || ownSpecs.Any(spec => spec!.HasHttp));
        return new(ownSpecs.Count > 0 || webIntegration, ownSpecs.Count > 0 && options.HasHttpClient, webIntegration, webIntegration && options.HasOpenApi);
    }

    public static void AddRuntime(SourceProductionContext context, RuntimeNeeds needs)
    {
        if (!needs.Any)
        {
            return;
        }

        try
        {
            context.AddSource(CatalogRuntimeEmitter.HintName, SourceText.From(CatalogRuntimeEmitter.Emit(needs), Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.InternalError(string.Empty, exception).ToDiagnostic());
        }
    }

    public static void AddAllCatalogs(SourceProductionContext context, EquatableArray<ServedCatalog> catalogs)
    {
        if (catalogs.Count == 0)
        {
            return;
        }

        try
        {
            context.AddSource(AllCatalogsEmitter.HintName, SourceText.From(AllCatalogsEmitter.Emit(catalogs), Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.InternalError(string.Empty, exception).ToDiagnostic());
        }
    }

    private static IEnumerable<(string Kind, string Text)> Emit(CatalogSpec catalog, GenerationOptions options)
    {
        var names = new CatalogNames(catalog);
        yield return ("Code", CodeTypeEmitter.Emit(catalog, names));
        yield return ("ErrorInfo", ErrorInfoEmitter.Emit(catalog, names));
        yield return ("Errors", CatalogEmitter.Emit(catalog, names, options.HasNotNullWhen));
        yield return ("Exceptions", ExceptionEmitter.Emit(catalog, names));

        // ASP.NET Core types only where the project references ASP.NET Core: a class library gets none of them; nor does
        // a catalog with no HTTP meaning (http: false), nor an HTTP client reader.
        if (!catalog.HasHttp)
        {
            yield break;
        }

        if (options.HasAspNetCore)
        {
            foreach (var output in EmitWebIntegration(catalog, names, options))
            {
                yield return output;
            }
        }

        if (options.HasHttpClient)
        {
            yield return ("Client", ClientEmitter.Emit(catalog, names));
        }
    }

    private static IEnumerable<(string Kind, string Text)> EmitWebIntegration(CatalogSpec catalog, CatalogNames names, GenerationOptions options)
    {
        yield return ("AspNetCore", AspNetCoreEmitter.Emit(catalog, names, options.HasRateLimiting));
        yield return ("ErrorResult", ErrorResultEmitter.Emit(catalog, names, options.LanguageVersion));
        yield return ("ErrorContract", ErrorContractEmitter.Emit(catalog, names));
        if (catalog.Envelope is not null)
        {
            yield return ("Envelope", EnvelopeEmitter.Emit(catalog, names));
        }

        if (options.HasOpenApi)
        {
            yield return ("OpenApi", OpenApiEmitter.Emit(catalog, names));
        }
    }

    /// <summary>
    /// Hint names are unique (namespace and type name, which <see cref="Validation.CatalogClashes"/> keeps unique without
    /// case), file-name safe (identifiers may hold any Unicode letter) and short enough for any file system's paths.
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
}

/// <summary>Whether the project gets the shared runtime class, its HTTP client part, its ASP.NET Core part and its OpenAPI part.</summary>
internal readonly record struct RuntimeNeeds(bool Any, bool HttpClient, bool AspNetCore, bool OpenApi);
