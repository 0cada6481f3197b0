namespace ErrorGen.Model;

/// <summary>
/// A catalog's share of a wire code space (<c>codeSpace: acme-public</c>): its codes and module ranges with where they
/// are written, so that collisions with other catalogs of the space — in this project or a referenced one — are
/// reported at this catalog's YAML.
/// </summary>
internal sealed record CodeSpaceClaim(
    string CodeSpace,
    SourceLocation CodeSpaceLocation,
    string CatalogName,
    EquatableArray<(string Code, SourceLocation Location)> Codes,
    EquatableArray<(string Module, CodeRange Range, SourceLocation Location)> Ranges)
{
    /// <summary>The assembly that declares the catalog; null for this project's own catalogs.</summary>
    public string? AssemblyName { get; init; }
}

/// <summary>A catalog of a referenced assembly: its spec, its code-space claim, and whether that assembly serves it itself.</summary>
internal sealed record ReferencedCatalog(CatalogSpec Spec, string AssemblyName, bool HasWebIntegration, CodeSpaceClaim? CodeSpaceClaim);
