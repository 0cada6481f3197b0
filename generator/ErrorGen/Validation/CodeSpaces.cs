using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Code spaces: the catalogs that write codes into one wire field (<c>codeSpace: acme-public</c>) — in this project
/// and in every assembly it references — must not share a code or overlap in module ranges, or clients could not tell
/// their errors apart. A collision is reported at this project's catalog where one takes part, else once without a
/// location; referenced assemblies' positions are theirs.
/// </summary>
internal static class CodeSpaces
{
    /// <summary>The claim of a catalog that names a code space (null when it names none or an invalid one).</summary>
    public static CodeSpaceClaim? ClaimOf(
        Located<string>? codeSpace,
        string catalogName,
        IReadOnlyList<CodeSpec> codes,
        CodeRegistry registry,
        ValidationContext context,
        List<DiagnosticInfo> diagnostics)
    {
        if (codeSpace is not { } space || !TextRules.CheckName(space, "codeSpace", diagnostics, allowPadding: false))
        {
            return null;
        }

        var ranges = context.Modules.Values
            .OrderBy(m => m.Spec.Ordinal)
            .SelectMany(m => m.Declaration.Ranges.Select(r => (m.Spec.Name, r.Value, r.Location)));
        return new CodeSpaceClaim(
            space.Value,
            space.Location,
            catalogName,
            codes.Where(c => !c.IsSuccess).Select(c => (c.Text, registry.Places[c.Text].Code)).ToEquatableArray(),
            ranges.ToEquatableArray());
    }

    /// <summary>Every collision between two catalogs of one code space that this compilation sees.</summary>
    public static EquatableArray<DiagnosticInfo> Check(
        IEnumerable<CodeSpaceClaim?> own, IEnumerable<CodeSpaceClaim?> referenced, string assemblyName)
    {
        var claims = own.OfType<CodeSpaceClaim>().Select(c => (Claim: c, IsOwn: true))
            .Concat(referenced.OfType<CodeSpaceClaim>().Select(c => (Claim: c, IsOwn: false)))
            .ToList();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var space in claims.GroupBy(c => c.Claim.CodeSpace, StringComparer.Ordinal))
        {
            var members = space.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    // The one reported at is this project's catalog: the first own one of the pair.
                    var (here, there) = members[j].IsOwn && !members[i].IsOwn ? (members[j], members[i]) : (members[i], members[j]);
                    if (here.Claim.CatalogName != there.Claim.CatalogName)
                    {
                        Compare(here.Claim, here.IsOwn, there.Claim, assemblyName, diagnostics);
                    }
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static void Compare(CodeSpaceClaim here, bool isOwn, CodeSpaceClaim there, string assemblyName, List<DiagnosticInfo> diagnostics)
    {
        var hereAssembly = here.AssemblyName ?? assemblyName;
        var thereAssembly = there.AssemblyName ?? assemblyName;
        var otherCodes = new HashSet<string>(there.Codes.Select(c => c.Code), StringComparer.Ordinal);
        foreach (var (code, location) in here.Codes.Where(c => otherCodes.Contains(c.Code)))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.CodeSpaceCollision, isOwn ? location : null,
                code, here.CatalogName, hereAssembly, there.CatalogName, thereAssembly, here.CodeSpace));
        }

        foreach (var (module, range, location) in here.Ranges)
        {
            foreach (var (otherModule, otherRange, _) in there.Ranges.Where(r => r.Range.Overlaps(range)))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CodeSpaceRangeOverlap, isOwn ? location : null,
                    range.Text, module, here.CatalogName, hereAssembly, otherRange.Text, otherModule, there.CatalogName, thereAssembly,
                    here.CodeSpace));
            }
        }
    }
}
