using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Compares a catalog with its shipped-codes baseline, like protobuf's reserved numbers: a shipped code keeps its
/// number, name, HTTP status and template parameters; removing one requires marking it retired; a retired number or
/// name is never reused. New codes are reported (info) so the baseline is updated when the catalog ships.
/// </summary>
internal static class BaselineValidator
{
    public const string BaselinePathProperty = "BaselinePath";
    public const string BaselineLineProperty = "BaselineLine";

    /// <summary>Where a code's number and name were written in the catalog.</summary>
    public readonly record struct CodePlaces(SourceLocation Code, SourceLocation Name);

    /// <summary>A baseline that binds to no catalog: a release gate that guards nothing must not pass silently (EG0051).</summary>
    public static void CheckUnbound(CatalogInput input, string reason, List<DiagnosticInfo> diagnostics)
    {
        var baseline = input.Baselines[0];
        diagnostics.AddRange(baseline.Diagnostics.Where(d => d.Id != DiagnosticDescriptors.MalformedBaseline.Id || baseline.CatalogName is not null));
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.UnboundBaseline, baseline.CatalogName?.Location ?? SourceLocation.FileStart(baseline.FilePath), reason));
    }

    public static void Check(
        CatalogInput input, IReadOnlyList<CodeSpec> codes, IReadOnlyDictionary<string, CodePlaces> places, List<DiagnosticInfo> diagnostics)
    {
        foreach (var baseline in input.Baselines)
        {
            diagnostics.AddRange(baseline.Diagnostics);
        }

        if (input.Baselines.Count == 0)
        {
            return;
        }

        var first = input.Baselines[0];
        foreach (var extra in input.Baselines.Skip(1))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateBaseline, extra.CatalogName!.Value.Location, first.CatalogName!.Value.Location, input.Name,
                first.CatalogName.Value.Location.Display));
        }

        var errors = codes.Where(c => !c.IsSuccess).ToList();
        var current = new CurrentCodes(errors.ToDictionary(c => c.Text), errors.ToDictionary(c => c.MemberName), places);
        var accounted = new HashSet<string>();
        foreach (var entry in first.Entries)
        {
            if (entry.IsRetired)
            {
                CheckRetired(entry, current, diagnostics);
            }
            else if (CheckShipped(entry, current, input.Name, diagnostics) is { } stillThere)
            {
                accounted.Add(stillThere);
            }
        }

        var known = new HashSet<string>(first.Entries.Select(e => e.Code));
        foreach (var code in errors.Where(c => !known.Contains(c.Text) && !accounted.Contains(c.Text)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CodeNotInBaseline, places[code.Text].Code, code.Text, code.MemberName) with
            {
                Properties = new[] { (BaselinePathProperty, first.FilePath), (BaselineLineProperty, BaselineEntry.Line(code)) }.ToEquatableArray(),
            });
        }
    }

    /// <summary>The catalog's error codes by number and by member name, with where each is declared.</summary>
    private sealed record CurrentCodes(
        Dictionary<string, CodeSpec> ByText, Dictionary<string, CodeSpec> ByName, IReadOnlyDictionary<string, CodePlaces> Places);

    /// <summary>A retired code's number and name stay retired.</summary>
    private static void CheckRetired(BaselineEntry entry, CurrentCodes current, List<DiagnosticInfo> diagnostics)
    {
        var where = entry.Location.Display;
        if (current.ByText.TryGetValue(entry.Code, out var sameNumber))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.RetiredCodeReused, current.Places[sameNumber.Text].Code, entry.Location,
                $"Code {sameNumber.Text} ({sameNumber.Identifier})", "number", entry.Name, where));
        }

        if (current.ByName.TryGetValue(entry.Name, out var sameName) && sameName.Text != entry.Code)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.RetiredCodeReused, current.Places[sameName.Text].Name, entry.Location,
                $"Code {sameName.Text} ({sameName.Identifier})", "name", entry.Name, where));
        }
    }

    /// <summary>
    /// A shipped code keeps its number, name, HTTP status and template parameters. Returns the code that still
    /// answers for the entry (by number, else renumbered under its name), or null when it was removed.
    /// </summary>
    private static string? CheckShipped(BaselineEntry entry, CurrentCodes current, string catalogName, List<DiagnosticInfo> diagnostics)
    {
        var where = entry.Location.Display;
        if (current.ByText.TryGetValue(entry.Code, out var code))
        {
            var place = current.Places[code.Text];
            if (code.MemberName != entry.Name)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ShippedCodeRenamed, place.Name, entry.Location,
                    $"Code {code.Text} was renamed from '{entry.Name}' to '{code.MemberName}'", where));
            }

            if (code.HttpStatus != entry.HttpStatus)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ShippedCodeChanged, place.Code, entry.Location, code.Text, "HTTP status",
                    entry.HttpStatus.ToString(CultureInfo.InvariantCulture), code.HttpStatus.ToString(CultureInfo.InvariantCulture), where));
            }

            var parameters = BaselineEntry.FormatParameters(code.Parameters);
            if (parameters != entry.Parameters)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ShippedCodeChanged, place.Code, entry.Location, code.Text, "template parameters",
                    entry.Parameters, parameters, where));
            }

            return code.Text;
        }

        if (current.ByName.TryGetValue(entry.Name, out var renumbered))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ShippedCodeRenamed, current.Places[renumbered.Text].Code, entry.Location,
                $"'{entry.Name}' was renumbered from {entry.Code} to {renumbered.Text}", where));
            return renumbered.Text;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedCodeRemoved, entry.Location, entry.Code, entry.Name, catalogName));
        return null;
    }
}
