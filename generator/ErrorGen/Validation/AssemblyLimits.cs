using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Validation;

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
    /// An upper estimate of the user-string heap bytes a catalog's generated code adds (UTF-16 plus a length prefix
    /// and terminator per literal). With OpenAPI, each code's message and title are also in its example bodies and
    /// the code schema's description.
    /// </summary>
    public static long EstimateStringHeapBytes(CatalogSpec catalog, bool withOpenApi)
    {
        long total = 0;
        foreach (var code in catalog.Codes)
        {
            var texts = (long)code.Name.Length + code.Identifier.Length + code.Title.Length + (2L * code.Message.Length)
                + (code.Recommendation?.Length ?? 0) + code.TypeUri.Length + (2L * code.Text.Length)
                + code.Parameters.Sum(p => (long)p.Name.Length)
                + code.Translations.Sum(t => (long)(t.Title?.Length ?? 0) + (t.Message?.Length ?? 0) + (t.Recommendation?.Length ?? 0));
            var literals = 8 + code.Parameters.Count + (3 * code.Translations.Count);
            if (withOpenApi)
            {
                // Problem and envelope examples (JSON with the code, title, message, type and recommendation) and the description line.
                texts += (2L * (code.Title.Length + code.Message.Length + code.TypeUri.Length + (code.Recommendation?.Length ?? 0))) + code.Message.Length + 256;
                literals += 3;
            }

            total += (2 * texts) + (5 * literals);
        }

        return total;
    }
}
