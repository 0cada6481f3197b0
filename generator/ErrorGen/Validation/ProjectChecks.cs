using System.Collections.Generic;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// What a project is told when ErrorGen would otherwise do nothing without a word: the package is referenced but there
/// is no catalog (EG0059), or an integration the project evidently wants is skipped (EG0060: OpenAPI too old).
/// </summary>
internal static class ProjectChecks
{
    public static EquatableArray<DiagnosticInfo> Check(bool hasOwnCatalogs, bool servesReferencedCatalogs, string? skippedOpenApiVersion)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (!hasOwnCatalogs && !servesReferencedCatalogs)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoCatalog, null));
        }
        else if (skippedOpenApiVersion is { } version)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OpenApiSkipped, null, version));
        }

        return diagnostics.ToEquatableArray();
    }
}
