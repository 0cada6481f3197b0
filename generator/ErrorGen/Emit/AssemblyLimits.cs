using System;
using System.Collections.Generic;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// The compiler's hard limits that a large catalog reaches before ErrorGen's own: every string literal of an assembly
/// lives in its user-string heap, which holds at most 16 MiB (CS8103 "Combined length of user strings exceeds allowed
/// limit"). ErrorGen estimates what a catalog adds, from above, and reports EG0053 at the catalog's name instead.
/// </summary>
internal static class AssemblyLimits
{
    /// <summary>The user-string heap's size limit (ECMA-335 II.24.2.4: 24-bit offsets).</summary>
    public const long UserStringHeapBytes = 0xFFFFFF;

    /// <summary>What one catalog may take of it, leaving 1 MiB to the project's own strings.</summary>
    public const long CatalogBudgetBytes = UserStringHeapBytes - (1024 * 1024);

    /// <summary>What ErrorGen's own code adds per catalog (exception messages, JSON field names, media types...).</summary>
    private const long FixedLiteralBytes = 32 * 1024;

    /// <summary>
    /// An upper estimate of the user-string heap bytes a catalog's generated code adds: every distinct literal ErrorGen
    /// emits per code (the compiler stores equal literals once), in UTF-16 with a length prefix and terminator. With
    /// OpenAPI, each code also has example bodies (measured as emitted), a description line and its name.
    /// </summary>
    public static long EstimateStringHeapBytes(CatalogSpec catalog, bool withOpenApi)
    {
        var literals = new HashSet<string>(StringComparer.Ordinal);
        long descriptionChars = 0;
        foreach (var code in catalog.Codes)
        {
            literals.Add(code.Name);
            literals.Add(code.MemberName);
            literals.Add(code.Title);
            literals.Add(code.Message);
            literals.Add(code.TypeUri);
            literals.Add(code.Text);
            if (code.Recommendation is { } recommendation)
            {
                literals.Add(recommendation);
            }

            foreach (var part in code.Template)
            {
                literals.Add(part.Text);
            }

            foreach (var translation in code.Translations)
            {
                literals.Add(translation.Title ?? string.Empty);
                literals.Add(translation.Message ?? string.Empty);
                literals.Add(translation.Recommendation ?? string.Empty);
            }

            if (withOpenApi)
            {
                if (catalog.Envelope is null || catalog.Envelope.NegotiateProblemDetails)
                {
                    literals.Add(OpenApiEmitter.ProblemJson(catalog, code));
                }

                if (catalog.Envelope is not null)
                {
                    literals.Add(OpenApiEmitter.EnvelopeJson(catalog, code));
                }

                // One line per code in the code schema's description, a single literal.
                descriptionChars += code.Text.Length + code.Identifier.Length + code.Message.Length + 24;
            }
        }

        var total = FixedLiteralBytes + (2 * descriptionChars);
        foreach (var literal in literals)
        {
            total += (2L * literal.Length) + 5;
        }

        return total;
    }
}
