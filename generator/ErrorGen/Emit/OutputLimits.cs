using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Checks that depend on the project the code is emitted into: below the C# version the generated code needs, a
/// catalog gets EG0056 and no spec (never CS errors inside generated files); past the string-heap budget
/// (<see cref="AssemblyLimits"/>) EG0053 and no spec, so the compiler never reaches CS8103.
/// </summary>
internal static class OutputLimits
{
    public static CatalogResult Apply(CatalogResult result, GenerationOptions options)
    {
        if (result.Spec is not { } catalog)
        {
            return result;
        }

        if (options.LanguageVersion < BuildOptions.MinimumLanguageVersion * 100)
        {
            var tooLow = DiagnosticInfo.Create(
                DiagnosticDescriptors.LanguageVersionTooLow, result.NameLocation, catalog.Name,
                BuildOptions.MinimumLanguageVersion.ToString(CultureInfo.InvariantCulture) + ".0", VersionText(options.LanguageVersion));
            return result with { Spec = null, Diagnostics = result.Diagnostics.Append(tooLow).ToEquatableArray() };
        }

        var heapBytes = AssemblyLimits.EstimateStringHeapBytes(catalog, options.HasAspNetCore && options.HasOpenApi);
        if (heapBytes <= AssemblyLimits.CatalogBudgetBytes)
        {
            return result;
        }

        var tooLarge = DiagnosticInfo.Create(
            DiagnosticDescriptors.CatalogTooLarge, result.NameLocation, catalog.Name,
            heapBytes.ToString("N0", CultureInfo.InvariantCulture),
            AssemblyLimits.CatalogBudgetBytes.ToString("N0", CultureInfo.InvariantCulture));
        return result with { Spec = null, Diagnostics = result.Diagnostics.Append(tooLarge).ToEquatableArray() };
    }

    // Roslyn's LanguageVersion values are major * 100 + minor (703 is C# 7.3).
    private static string VersionText(int languageVersion)
        => (languageVersion / 100).ToString(CultureInfo.InvariantCulture) + "." + (languageVersion % 100).ToString(CultureInfo.InvariantCulture);
}
