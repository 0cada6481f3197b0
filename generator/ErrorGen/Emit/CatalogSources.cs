using System;
using System.Collections.Generic;
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

    private static IEnumerable<(string Kind, string Text)> Emit(CatalogSpec catalog, GenerationOptions options)
    {
        var names = new CatalogNames(catalog);
        yield return ("Code", CodeTypeEmitter.Emit(catalog, names));
        yield return ("ErrorInfo", ErrorInfoEmitter.Emit(catalog, names));
        yield return ("Errors", CatalogEmitter.Emit(catalog, names, options.HasNotNullWhen));
        yield return ("Exceptions", ExceptionEmitter.Emit(catalog, names));

        // ASP.NET Core types only where the project references ASP.NET Core: a class library gets none of them.
        if (options.HasAspNetCore)
        {
            yield return ("AspNetCore", AspNetCoreEmitter.Emit(catalog, names, options.HasRateLimiting));
            if (catalog.Envelope is not null)
            {
                yield return ("Envelope", EnvelopeEmitter.Emit(catalog, names));
            }

            if (options.HasOpenApi)
            {
                yield return ("OpenApi", OpenApiEmitter.Emit(catalog, names));
            }
        }

        if (options.HasHttpClient)
        {
            yield return ("Client", ClientEmitter.Emit(catalog, names));
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
