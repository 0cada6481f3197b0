namespace ErrorGen;

/// <summary>Names of the pipeline steps, so tests can assert what re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string ProjectFiles = nameof(ProjectFiles);
    public const string CatalogTexts = nameof(CatalogTexts);
    public const string CatalogFiles = nameof(CatalogFiles);
    public const string BaselineFiles = nameof(BaselineFiles);
    public const string CatalogInputs = nameof(CatalogInputs);
    public const string CatalogResults = nameof(CatalogResults);
    public const string References = nameof(References);
    public const string GenerationOptions = nameof(GenerationOptions);
    public const string CheckedResults = nameof(CheckedResults);
    public const string TypeClashes = nameof(TypeClashes);
    public const string CatalogDiagnostics = nameof(CatalogDiagnostics);
    public const string CatalogSpecs = nameof(CatalogSpecs);
    public const string CatalogExport = nameof(CatalogExport);
    public const string ReferencedCatalogFiles = nameof(ReferencedCatalogFiles);
    public const string ReferencedCatalogSpecs = nameof(ReferencedCatalogSpecs);
    public const string CodeSpaces = nameof(CodeSpaces);
    public const string ProjectChecks = nameof(ProjectChecks);
    public const string RegistryFiles = nameof(RegistryFiles);
    public const string Registries = nameof(Registries);
    public const string ServedCatalogs = nameof(ServedCatalogs);
    public const string CatalogRuntime = nameof(CatalogRuntime);
}
