using System;
using System.Collections.Generic;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>Checks modules and HTTP rules across all files of a catalog: duplicates, identifier collisions, overlapping ranges.</summary>
internal static class ModuleValidator
{
    /// <summary>A module as the code checks need it: its spec plus its declaration (ranges, defaults).</summary>
    public sealed record ResolvedModule(ModuleSpec Spec, ModuleDeclaration Declaration);

    public const string NoModuleIdentifier = "None";

    public static Dictionary<string, ResolvedModule> Validate(CatalogInput input, string typeName, CodeType codeType, List<DiagnosticInfo> diagnostics)
    {
        var modules = new Dictionary<string, ResolvedModule>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, Located<string>>(StringComparer.OrdinalIgnoreCase);
        var ordinal = 1;
        foreach (var file in input.Files)
        {
            foreach (var module in file.Modules)
            {
                var name = module.Name;
                if (modules.TryGetValue(name.Value, out var existing))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateModule, name.Location, existing.Declaration.Name.Location, name.Value, input.Name,
                        existing.Declaration.Name.Location.Display));
                    continue;
                }

                if (!TextRules.CheckName(name, "module name", diagnostics))
                {
                    continue;
                }

                var identifier = IdentifierNormalizer.ToPascalCase(name.Value);
                var problem = identifier.Length == 0
                    ? "it has no letters or digits to make a C# identifier from"
                    : ReservedNames.ForModule(identifier, typeName);
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, name.Location, "module name", name.Value, problem));
                    continue;
                }

                if (!TextRules.CheckIdentifierLength(identifier, name, "module name", diagnostics))
                {
                    continue;
                }

                if (identifier == NoModuleIdentifier)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidValue, name.Location, "module name", name.Value,
                        $"'{NoModuleIdentifier}' is reserved for codes without a module"));
                    continue;
                }

                if (identifiers.TryGetValue(identifier, out var clash))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.IdentifierCollision, name.Location, clash.Location, "Module", name.Value, identifier, clash.Value,
                        clash.Location.Display));
                    continue;
                }

                identifiers.Add(identifier, name);
                var typed = module with { Ranges = TypedRanges(module.Ranges, codeType, diagnostics) };
                modules.Add(name.Value, new ResolvedModule(new ModuleSpec(name.Value, identifier, module.Description?.Value, ordinal++), typed));
                CheckStatus(module.HttpStatus, diagnostics);
            }
        }

        CheckOverlaps(modules.Values, diagnostics);
        return modules;
    }

    public static List<HttpRuleDeclaration> ValidateRules(CatalogInput input, CodeType codeType, List<DiagnosticInfo> diagnostics)
    {
        var rules = new List<HttpRuleDeclaration>();
        foreach (var file in input.Files)
        {
            foreach (var declared in file.HttpRules)
            {
                if (TypedRanges(new[] { declared.Range }.ToEquatableArray(), codeType, diagnostics) is not [var range])
                {
                    continue;
                }

                var rule = declared with { Range = range };
                var clash = rules.Find(r => r.Range.Value.Overlaps(rule.Range.Value));
                if (clash is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.OverlappingHttpRules, rule.Range.Location, clash.Range.Location, rule.Range.Value.Text,
                        clash.Range.Value.Text, clash.Range.Location.Display));
                    continue;
                }

                if (CheckStatus(rule.HttpStatus, diagnostics))
                {
                    rules.Add(rule);
                }
            }
        }

        return rules;
    }

    /// <summary>
    /// Each range in the form of the catalog's code type (integers, or string-code patterns); a range with no such form
    /// is reported (EG0008) and left out, never silently ignored.
    /// </summary>
    private static EquatableArray<Located<CodeRange>> TypedRanges(
        EquatableArray<Located<CodeRange>> ranges, CodeType codeType, List<DiagnosticInfo> diagnostics)
    {
        var typed = new List<Located<CodeRange>>(ranges.Count);
        foreach (var range in ranges)
        {
            if (range.Value.For(codeType, out var error) is { } usable)
            {
                typed.Add(new Located<CodeRange>(usable, range.Location));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, range.Location, "code range", range.Value.Text, error));
            }
        }

        return typed.ToEquatableArray();
    }

    /// <summary>Reports a status outside 100-599; returns whether it is usable.</summary>
    public static bool CheckStatus(Located<int>? status, List<DiagnosticInfo> diagnostics)
    {
        if (status is { } s && (s.Value < 100 || s.Value > 599))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.HttpStatusOutOfRange, s.Location, s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return false;
        }

        return true;
    }

    private static void CheckOverlaps(IEnumerable<ResolvedModule> modules, List<DiagnosticInfo> diagnostics)
    {
        var seen = new List<(Located<CodeRange> Range, string Module)>();
        foreach (var module in modules)
        {
            foreach (var range in module.Declaration.Ranges)
            {
                foreach (var (other, otherModule) in seen)
                {
                    if (otherModule != module.Spec.Name && other.Value.Overlaps(range.Value))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.OverlappingRanges, range.Location, other.Location,
                            range.Value.Text, module.Spec.Name, other.Value.Text, otherModule, other.Location.Display));
                    }
                }
            }

            foreach (var range in module.Declaration.Ranges)
            {
                seen.Add((range, module.Spec.Name));
            }
        }
    }
}
