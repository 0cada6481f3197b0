using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ErrorGen.Validation;

/// <summary>
/// How one diagnostic that stands for many codes of one cause names them (EG0016, EG0041): the count, and the first
/// few codes — one line a reader can act on instead of a warning per code.
/// </summary>
internal static class CodeSummary
{
    public const int Shown = 5;

    /// <summary>1,953</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>1, 2, 3, 4, 5 and 1,948 more</summary>
    public static string FirstCodes(IReadOnlyList<string> codes)
    {
        var first = string.Join(", ", codes.Take(Shown));
        return codes.Count > Shown ? $"{first} and {Count(codes.Count - Shown)} more" : first;
    }
}
