using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// <c>replacedBy</c>: a code replaced by another is deprecated and points at its replacement; the replacement must be a
/// code of the catalog (EG0024), and chains of replacements may not lead back to where they started (EG0052).
/// </summary>
internal static class ReplacementRules
{
    /// <summary>The codes with their replacements resolved (a new list; <paramref name="codes"/> is left as it is).</summary>
    public static List<CodeSpec> Resolve(
        IReadOnlyList<CodeSpec> codes, IReadOnlyList<(string Code, Located<CodeValue> ReplacedBy)> replacements, ValidationContext context)
    {
        var resolved = new List<CodeSpec>(codes);
        if (replacements.Count == 0)
        {
            return resolved;
        }

        var indexByText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < resolved.Count; i++)
        {
            indexByText[resolved[i].Text] = i;
        }

        foreach (var (code, replacedBy) in replacements)
        {
            var target = CodeRules.TextOf(replacedBy.Value, context.CodeType);
            if (target is not null && target != code && indexByText.TryGetValue(target, out var replacement))
            {
                var index = indexByText[code];
                resolved[index] = resolved[index] with { IsDeprecated = true, ReplacedByIdentifier = resolved[replacement].Identifier };
            }
            else
            {
                context.Report(DiagnosticDescriptors.UnknownReplacement, replacedBy.Location, code, replacedBy.Value.Text, context.CatalogName);
            }
        }

        CheckCycles(resolved, replacements, indexByText, context);
        return resolved;
    }

    /// <summary>Follows each replacement chain; a chain that comes back to its start is reported once, at its start.</summary>
    private static void CheckCycles(
        List<CodeSpec> codes, IReadOnlyList<(string Code, Located<CodeValue> ReplacedBy)> replacements, Dictionary<string, int> indexByText,
        ValidationContext context)
    {
        var byIdentifier = codes.Select((c, i) => (c.Identifier, i)).ToDictionary(p => p.Identifier, p => p.i, StringComparer.Ordinal);
        var reported = new HashSet<int>();
        foreach (var (code, replacedBy) in replacements)
        {
            var start = indexByText[code];
            var chain = new List<string> { code };
            var seen = new HashSet<int> { start };
            var current = start;
            while (codes[current].ReplacedByIdentifier is { } next && byIdentifier.TryGetValue(next, out var nextIndex))
            {
                chain.Add(codes[nextIndex].Text);
                if (nextIndex == start)
                {
                    if (seen.All(reported.Add))
                    {
                        context.Report(DiagnosticDescriptors.ReplacementCycle, replacedBy.Location, code, string.Join(" → ", chain));
                    }

                    break;
                }

                if (!seen.Add(nextIndex))
                {
                    break;
                }

                current = nextIndex;
            }
        }
    }
}
