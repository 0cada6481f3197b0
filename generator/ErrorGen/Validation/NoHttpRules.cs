using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// <c>http: false</c>: a catalog whose codes have no HTTP meaning (a database's or a driver's error list) gets no
/// EG0016 for them and no HTTP-only members or integrations. HTTP settings it still carries are listed in one EG0066.
/// </summary>
internal static class NoHttpRules
{
    /// <summary>Whether the catalog has HTTP meaning; reports EG0066 when it says it has none but sets HTTP settings.</summary>
    public static bool Check(CatalogInput input, CatalogHeader header, string catalogName, List<DiagnosticInfo> diagnostics)
    {
        if (header.Http is not { Value: false } http)
        {
            return true;
        }

        var ignored = new List<string>();
        Add(ignored, "defaultHttpStatus", http.Location, header.DefaultHttpStatus?.Location);
        Add(ignored, "typeBaseUri", http.Location, header.TypeBaseUri?.Location);
        Add(ignored, "envelope", http.Location, header.Envelope?.Location);
        Add(ignored, "internalErrorCode", http.Location, header.InternalErrorCode?.Location);
        Add(ignored, "rateLimitCode", http.Location, header.RateLimitCode?.Location);
        Add(ignored, "statusCodes", http.Location, header.StatusCodes.Select(s => (SourceLocation?)s.Status.Location).ToArray());
        Add(ignored, "httpRules", http.Location, input.Files.SelectMany(f => f.HttpRules).Select(r => r.Range.Location).ToArray());
        var modules = input.Files.SelectMany(f => f.Modules).Select(m => m.HttpStatus?.Location).ToArray();
        Add(ignored, "httpStatus of {0} modules", http.Location, modules);
        Add(ignored, "httpStatus of {0} codes", http.Location, input.Files.SelectMany(f => f.Codes).Select(c => c.HttpStatus?.Location).ToArray());
        if (ignored.Count > 0)
        {
            var list = string.Join(", ", ignored);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HttpSettingWithoutHttp, http.Location, catalogName, list));
        }

        return false;
    }

    private static void Add(List<string> ignored, string what, SourceLocation httpKey, params SourceLocation?[] locations)
    {
        var found = locations.OfType<SourceLocation>().ToList();
        if (found.Count == 0)
        {
            return;
        }

        var places = string.Join(", ", found.Take(CodeSummary.Shown).Select(l => Place(l, httpKey)));
        var more = found.Count > CodeSummary.Shown ? ", …" : string.Empty;
        var label = string.Format(CultureInfo.InvariantCulture, what, found.Count);
        ignored.Add($"{label} ({(found.Count == 1 ? "line" : "lines")} {places}{more})");
    }

    // A line of the file that says http: false, or file:line in another file of the catalog.
    private static string Place(SourceLocation location, SourceLocation httpKey)
        => location.FilePath == httpKey.FilePath
            ? (location.StartLine + 1).ToString(CultureInfo.InvariantCulture)
            : $"{System.IO.Path.GetFileName(location.FilePath)}:{location.StartLine + 1}";
}
