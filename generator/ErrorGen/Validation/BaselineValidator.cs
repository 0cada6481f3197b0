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
        var byText = errors.ToDictionary(c => c.Text);
        var byName = errors.ToDictionary(c => c.MemberName);
        var accounted = new HashSet<string>();

        foreach (var entry in first.Entries)
        {
            var where = entry.Location.Display;
            if (entry.IsRetired)
            {
                if (byText.TryGetValue(entry.Code, out var sameNumber))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.RetiredCodeReused, places[sameNumber.Text].Code, entry.Location,
                        $"Code {sameNumber.Text} ({sameNumber.Identifier})", "number", entry.Name, where));
                }

                if (byName.TryGetValue(entry.Name, out var sameName) && sameName.Text != entry.Code)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.RetiredCodeReused, places[sameName.Text].Name, entry.Location,
                        $"Code {sameName.Text} ({sameName.Identifier})", "name", entry.Name, where));
                }

                continue;
            }

            if (byText.TryGetValue(entry.Code, out var code))
            {
                accounted.Add(code.Text);
                var name = code.MemberName;
                if (name != entry.Name)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ShippedCodeRenamed, places[code.Text].Name, entry.Location,
                        $"Code {code.Text} was renamed from '{entry.Name}' to '{name}'", where));
                }

                if (code.HttpStatus != entry.HttpStatus)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ShippedCodeChanged, places[code.Text].Code, entry.Location, code.Text, "HTTP status",
                        entry.HttpStatus.ToString(CultureInfo.InvariantCulture), code.HttpStatus.ToString(CultureInfo.InvariantCulture), where));
                }

                var parameters = BaselineEntry.FormatParameters(code.Parameters);
                if (parameters != entry.Parameters)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ShippedCodeChanged, places[code.Text].Code, entry.Location, code.Text, "template parameters",
                        entry.Parameters, parameters, where));
                }
            }
            else if (byName.TryGetValue(entry.Name, out var renumbered))
            {
                accounted.Add(renumbered.Text);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ShippedCodeRenamed, places[renumbered.Text].Code, entry.Location,
                    $"'{entry.Name}' was renumbered from {entry.Code} to {renumbered.Text}", where));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedCodeRemoved, entry.Location, entry.Code, entry.Name, input.Name));
            }
        }

        var known = new HashSet<string>(first.Entries.Select(e => e.Code));
        foreach (var code in errors)
        {
            if (!known.Contains(code.Text) && !accounted.Contains(code.Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CodeNotInBaseline, places[code.Text].Code, code.Text, code.MemberName) with
                {
                    Properties = new[] { (BaselinePathProperty, first.FilePath), (BaselineLineProperty, BaselineEntry.Line(code)) }
                        .ToEquatableArray(),
                });
            }
        }
    }
}
