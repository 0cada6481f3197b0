using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Checks that depend on what the project will emit: a catalog past the string-heap budget (<see cref="AssemblyLimits"/>)
/// gets EG0053 at its name and no spec, so nothing is emitted and the compiler never reaches CS8103.
/// </summary>
internal static class OutputLimits
{
    public static CatalogResult Apply(CatalogResult result, GenerationOptions options)
    {
        if (result.Spec is not { } catalog)
        {
            return result;
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
}
