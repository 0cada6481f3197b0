using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Compares a catalog with its shipped-codes baseline, like protobuf's reserved numbers: a shipped code keeps its
/// number, name, HTTP status and template parameters; removing one requires marking it retired; a retired number or
/// name is never reused. New codes are reported (info) so the baseline is updated when the catalog ships. The rules
/// themselves are ReleaseRules, which `errorgen diff` applies between two versions of a catalog.
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

        foreach (var change in ReleaseRules.Compare(first.Entries, ReleaseRules.Covered(codes)))
        {
            diagnostics.Add(Report(change, places, first.FilePath, input.Name));
        }
    }

    /// <summary>A release rule broken (or a code to add to the baseline), at the catalog line that broke it.</summary>
    private static DiagnosticInfo Report(ReleaseChange change, IReadOnlyDictionary<string, CodePlaces> places, string baselinePath, string catalogName)
    {
        var entry = change.Released;
        var code = change.Current;
        var where = entry?.Location.Display ?? string.Empty;
        return change.Kind switch
        {
            ReleaseChangeKind.Added => DiagnosticInfo.Create(DiagnosticDescriptors.CodeNotInBaseline, places[code!.Text].Code, code.Text, code.MemberName) with
            {
                Properties = new[] { (BaselinePathProperty, baselinePath), (BaselineLineProperty, BaselineEntry.Line(code)) }.ToEquatableArray(),
            },
            ReleaseChangeKind.Removed => DiagnosticInfo.Create(DiagnosticDescriptors.ShippedCodeRemoved, entry!.Location, entry.Code, entry.Name, catalogName),
            ReleaseChangeKind.Renamed => DiagnosticInfo.Create(
                DiagnosticDescriptors.ShippedCodeRenamed, places[code!.Text].Name, entry!.Location,
                $"Code {code.Text} was renamed from '{change.Before}' to '{change.After}'", where),
            ReleaseChangeKind.Renumbered => DiagnosticInfo.Create(
                DiagnosticDescriptors.ShippedCodeRenamed, places[code!.Text].Code, entry!.Location,
                $"'{entry.Name}' was renumbered from {change.Before} to {change.After}", where),
            ReleaseChangeKind.HttpStatusChanged or ReleaseChangeKind.ParametersChanged => DiagnosticInfo.Create(
                DiagnosticDescriptors.ShippedCodeChanged, places[code!.Text].Code, entry!.Location, code.Text,
                change.Kind == ReleaseChangeKind.HttpStatusChanged ? "HTTP status" : "template parameters", change.Before, change.After, where),
            _ => DiagnosticInfo.Create(
                DiagnosticDescriptors.RetiredCodeReused,
                change.Kind == ReleaseChangeKind.RetiredNumberReused ? places[code!.Text].Code : places[code!.Text].Name,
                entry!.Location,
                $"Code {code.Text} ({code.Identifier})",
                change.Kind == ReleaseChangeKind.RetiredNumberReused ? "number" : "name",
                entry.Name,
                where),
        };
    }
}
