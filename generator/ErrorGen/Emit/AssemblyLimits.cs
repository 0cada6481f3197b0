using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// The compiler's hard limits that a large catalog reaches before ErrorGen's own: every string literal of an assembly
/// lives in its user-string heap, which holds at most 16 MiB (CS8103 "Combined length of user strings exceeds allowed
/// limit"). ErrorGen estimates what a catalog adds, generously, and reports EG0053 at the catalog's name instead.
/// </summary>
internal static class AssemblyLimits
{
    /// <summary>The user-string heap's size limit (ECMA-335 II.24.2.4: 24-bit offsets).</summary>
    public const long UserStringHeapBytes = 0xFFFFFF;

    /// <summary>What one catalog may take of it, leaving the rest to the project's own strings and other catalogs.</summary>
    public const long CatalogBudgetBytes = UserStringHeapBytes * 3 / 4;

    /// <summary>
    /// An upper estimate of the user-string heap bytes a catalog's generated code adds: each literal ErrorGen emits per
    /// code, in UTF-16 with its length prefix and terminator, as if the compiler shared none of them (it shares equal
    /// literals, so the real heap is smaller). With OpenAPI, each code also has example bodies, a description line and
    /// its name in the document.
    /// </summary>
    public static long EstimateStringHeapBytes(CatalogSpec catalog, bool withOpenApi)
    {
        const int PerLiteral = 5;
        long total = 0;
        foreach (var code in catalog.Codes)
        {
            long chars = code.Name.Length + code.Title.Length + code.Message.Length + (code.Recommendation?.Length ?? 0) + code.TypeUri.Length;
            long literals = 5;
            if (code.Identifier.TrimStart('@') != code.Name)
            {
                chars += code.Identifier.Length;
                literals++;
            }

            if (catalog.CodeType == CodeType.String)
            {
                chars += code.Text.Length;
                literals++;
            }

            if (code.Parameters.Count > 0)
            {
                // The formatter's literal pieces and the argument names.
                chars += code.Message.Length + code.Parameters.Sum(p => (long)p.Name.Length);
                literals += code.Template.Count + code.Parameters.Count;
            }

            foreach (var translation in code.Translations)
            {
                chars += (translation.Title?.Length ?? 0) + (translation.Message?.Length ?? 0) + (translation.Recommendation?.Length ?? 0);
                literals += 3;
            }

            if (withOpenApi)
            {
                // The OpenAPI document's example bodies, exactly as emitted, the schema description line and the example's name.
                var examples = catalog.Envelope is null || catalog.Envelope.NegotiateProblemDetails ? OpenApiEmitter.ProblemJson(catalog, code).Length : 0;
                examples += catalog.Envelope is null ? 0 : OpenApiEmitter.EnvelopeJson(catalog, code).Length;
                chars += examples + code.Text.Length + code.Identifier.Length + code.Message.Length + 24 + code.Identifier.Length;
                literals += 3;
            }

            total += (2 * chars) + (PerLiteral * literals);
        }

        return total;
    }
}
