using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorGen.Reading;

/// <summary>What an additional file is to ErrorGen, by the item metadata ErrorGen.targets sets.</summary>
internal enum ProjectFileKind
{
    /// <summary>Not ErrorGen's: never read.</summary>
    Other,

    /// <summary>An <c>ErrorCatalog</c> item.</summary>
    Catalog,

    /// <summary>An <c>ErrorCatalogBaseline</c> item.</summary>
    Baseline,

    /// <summary>An <c>ErrorCodeRegistry</c> item.</summary>
    Registry,
}

/// <summary>
/// An additional file classified once (one pass over the project's additional files, not one per kind: each pass costs
/// the driver on every keystroke), with its text when it is ErrorGen's (null when it cannot be read).
/// </summary>
internal sealed record ProjectFile(ProjectFileKind Kind, string Path, string? Text)
{
    public static ProjectFile Of(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var kind = BuildOptions.HasFlag(file, options, BuildOptions.CatalogMetadata) ? ProjectFileKind.Catalog
            : BuildOptions.HasFlag(file, options, BuildOptions.BaselineMetadata) ? ProjectFileKind.Baseline
            : BuildOptions.HasFlag(file, options, BuildOptions.RegistryMetadata) ? ProjectFileKind.Registry
            : ProjectFileKind.Other;
        if (kind == ProjectFileKind.Other)
        {
            return new ProjectFile(kind, file.Path, null);
        }

        var text = file.GetText(cancellationToken);
        var value = text?.ToString();
        if (kind == ProjectFileKind.Catalog && text is not null && value is not null)
        {
            Analyzers.GeneratorWork.RememberText(text, value);
        }

        return new ProjectFile(kind, file.Path, value);
    }
}
