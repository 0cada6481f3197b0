using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>The types one validated catalog will generate, and where its name is written.</summary>
internal sealed record TypeClaim(
    string CatalogName, string Namespace, string TypeName, EquatableArray<string> TypeNames, SourceLocation NameLocation);

/// <summary>
/// What no single catalog shows: two catalogs of one project generating the same type (<c>Shop</c> and
/// <c>shop</c>, <c>Foo_Bar</c> and <c>foo-bar</c>, catalog <c>Shop</c>'s module <c>Order</c> and catalog
/// <c>ShopOrder</c>). The first catalog in file order keeps its types; every later one is reported and not
/// generated, so hint names stay unique and the valid catalogs still generate.
/// </summary>
internal static class CatalogClashes
{
    public static TypeClaim? ClaimOf(CatalogResult result)
        => result.Spec is { } spec && result.NameLocation is { } location
            ? new TypeClaim(
                spec.Name,
                spec.Namespace,
                spec.TypeName,
                ReservedNames.GeneratedTypeNames(spec.TypeName, spec.Modules.Select(m => m.Identifier)).ToEquatableArray(),
                location)
            : null;

    /// <summary>The catalogs that lose a clash (by name), with the diagnostic for each.</summary>
    public static ClashReport Find(ImmutableArray<TypeClaim?> claims)
    {
        var losers = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        // Types are compared as C# does (ordinal); hint names, which file systems may fold, without case.
        var types = new Dictionary<string, TypeClaim>(StringComparer.Ordinal);
        var hints = new Dictionary<string, TypeClaim>(StringComparer.OrdinalIgnoreCase);
        var ordered = claims.Where(c => c is not null).Select(c => c!)
            .OrderBy(c => c.NameLocation.FilePath, StringComparer.Ordinal)
            .ThenBy(c => c.CatalogName, StringComparer.Ordinal);
        foreach (var claim in ordered)
        {
            var clash = claim.TypeNames
                .Select(t => (Type: $"'{t}'", Owner: types.TryGetValue(claim.Namespace + "." + t, out var owner) ? owner : null))
                .FirstOrDefault(t => t.Owner is not null);
            if (clash.Owner is null && hints.TryGetValue(claim.Namespace + "." + claim.TypeName, out var sameHint))
            {
                var caseOnly = $"'{claim.TypeNames[0]}' (only letter case tells it from '{sameHint.TypeNames[0]}', "
                    + "and generated file names ignore case)";
                clash = (caseOnly, sameHint);
            }

            if (clash.Owner is { } winner)
            {
                losers.Add(claim.CatalogName);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CatalogTypeClash, claim.NameLocation, winner.NameLocation,
                    claim.CatalogName, clash.Type, winner.CatalogName, winner.NameLocation.Display, claim.Namespace));
                continue;
            }

            hints[claim.Namespace + "." + claim.TypeName] = claim;
            foreach (var type in claim.TypeNames)
            {
                types[claim.Namespace + "." + type] = claim;
            }
        }

        return new ClashReport(losers.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}

/// <summary>The catalogs not to generate, and why.</summary>
internal sealed record ClashReport(EquatableArray<string> Losers, EquatableArray<DiagnosticInfo> Diagnostics);
