using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>How a released code changed; every kind but <see cref="Added"/> breaks existing clients.</summary>
internal enum ReleaseChangeKind
{
    Removed,
    Renamed,
    Renumbered,
    HttpStatusChanged,
    ParametersChanged,
    RetiredNumberReused,
    RetiredNameReused,
    Added,
}

/// <summary>One change between a release and the current catalog; <see cref="Released"/> is null for an added code.</summary>
internal sealed record ReleaseChange(ReleaseChangeKind Kind, BaselineEntry? Released, CodeSpec? Current, string Before, string After)
{
    public bool IsBreaking => Kind != ReleaseChangeKind.Added;
}

/// <summary>
/// The rules a release keeps, in one place for the shipped-codes baseline (EG0031–EG0035, at build time) and for
/// <c>errorgen diff</c> (between two versions of a catalog): a released code keeps its number, name, HTTP status and
/// template parameters; a retired number or name is never reused; anything else new is an addition.
/// </summary>
internal static class ReleaseRules
{
    /// <summary>A code as a release records it (a baseline line).</summary>
    public static BaselineEntry Released(CodeSpec code, SourceLocation location)
        => new(location, code.Text, code.MemberName, code.HttpStatus, BaselineEntry.FormatParameters(code.Parameters), IsRetired: false);

    /// <summary>The codes a release covers: success codes are not part of the error contract.</summary>
    public static IReadOnlyList<CodeSpec> Covered(IEnumerable<CodeSpec> codes) => codes.Where(c => !c.IsSuccess).ToList();

    /// <summary>The changes from <paramref name="released"/> to <paramref name="current"/>, in the release's order, then additions.</summary>
    public static IReadOnlyList<ReleaseChange> Compare(IReadOnlyList<BaselineEntry> released, IReadOnlyList<CodeSpec> current)
    {
        var byText = current.GroupBy(c => c.Text).ToDictionary(g => g.Key, g => g.First());
        var byName = current.GroupBy(c => c.MemberName).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<ReleaseChange>();
        var accounted = new HashSet<string>();
        foreach (var entry in released)
        {
            if (entry.IsRetired)
            {
                CompareRetired(entry, byText, byName, changes);
            }
            else if (CompareShipped(entry, byText, byName, changes) is { } stillThere)
            {
                accounted.Add(stillThere);
            }
        }

        var known = new HashSet<string>(released.Select(e => e.Code));
        changes.AddRange(current
            .Where(c => !known.Contains(c.Text) && !accounted.Contains(c.Text))
            .Select(c => new ReleaseChange(ReleaseChangeKind.Added, null, c, string.Empty, BaselineEntry.Line(c))));
        return changes;
    }

    private static void CompareRetired(
        BaselineEntry entry, Dictionary<string, CodeSpec> byText, Dictionary<string, CodeSpec> byName, List<ReleaseChange> changes)
    {
        if (byText.TryGetValue(entry.Code, out var sameNumber))
        {
            changes.Add(new ReleaseChange(ReleaseChangeKind.RetiredNumberReused, entry, sameNumber, entry.Name, sameNumber.MemberName));
        }

        if (byName.TryGetValue(entry.Name, out var sameName) && sameName.Text != entry.Code)
        {
            changes.Add(new ReleaseChange(ReleaseChangeKind.RetiredNameReused, entry, sameName, entry.Code, sameName.Text));
        }
    }

    // Returns the code that still answers for the entry (by number, else renumbered under its name), or null when removed.
    private static string? CompareShipped(
        BaselineEntry entry, Dictionary<string, CodeSpec> byText, Dictionary<string, CodeSpec> byName, List<ReleaseChange> changes)
    {
        if (byText.TryGetValue(entry.Code, out var code))
        {
            if (code.MemberName != entry.Name)
            {
                changes.Add(new ReleaseChange(ReleaseChangeKind.Renamed, entry, code, entry.Name, code.MemberName));
            }

            if (code.HttpStatus != entry.HttpStatus)
            {
                changes.Add(new ReleaseChange(
                    ReleaseChangeKind.HttpStatusChanged, entry, code,
                    entry.HttpStatus.ToString(CultureInfo.InvariantCulture), code.HttpStatus.ToString(CultureInfo.InvariantCulture)));
            }

            var parameters = BaselineEntry.FormatParameters(code.Parameters);
            if (parameters != entry.Parameters)
            {
                changes.Add(new ReleaseChange(ReleaseChangeKind.ParametersChanged, entry, code, entry.Parameters, parameters));
            }

            return code.Text;
        }

        if (byName.TryGetValue(entry.Name, out var renumbered))
        {
            changes.Add(new ReleaseChange(ReleaseChangeKind.Renumbered, entry, renumbered, entry.Code, renumbered.Text));
            return renumbered.Text;
        }

        changes.Add(new ReleaseChange(ReleaseChangeKind.Removed, entry, null, entry.Line(), string.Empty));
        return null;
    }
}
