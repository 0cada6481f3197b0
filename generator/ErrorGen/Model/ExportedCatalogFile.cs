namespace ErrorGen.Model;

/// <summary>
/// One catalog file as a referenced assembly recorded it (<see cref="Emit.CatalogExportEmitter"/>): its text, the
/// namespace its catalogs took there, and whether that assembly already carries the ASP.NET Core integration.
/// </summary>
internal sealed record ExportedCatalogFile(string AssemblyName, string FileName, string DefaultNamespace, bool HasWebIntegration, string Text)
{
    /// <summary>Where messages about the file point: the assembly and the file's name there.</summary>
    public string DisplayPath => AssemblyName + "/" + FileName;
}

/// <summary>What this project records of its catalogs: every catalog file, its namespace, and whether it is a web project.</summary>
internal sealed record CatalogExport(EquatableArray<(string Path, string Text)> Files, string DefaultNamespace, bool HasWebIntegration);
