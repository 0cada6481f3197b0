using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ErrorGen.Emit;

/// <summary>
/// Records the project's catalog files in its assembly, so that the projects referencing it (by project or package) can
/// serve them: one <c>[assembly: AssemblyMetadata("ErrorGen.CatalogFile", …)]</c> per file. Metadata a generator reads
/// from a <c>MetadataReference</c> without loading the assembly, and no runtime dependency.
/// </summary>
internal static class CatalogExportEmitter
{
    public const string HintName = "ErrorGen.CatalogExports.g.cs";

    /// <summary>The attribute's key; the value's first line is this format's version.</summary>
    public const string MetadataKey = "ErrorGen.CatalogFile";

    public const string FormatVersion = "1";

    /// <summary>The value: version, default namespace, whether the ASP.NET Core integration is here, file name, text.</summary>
    public static string Payload(string defaultNamespace, bool hasWebIntegration, string path, string text)
        => string.Join("\n", FormatVersion, defaultNamespace, hasWebIntegration ? "web" : "library", Path.GetFileName(path), text);

    public static string Emit(IEnumerable<(string Path, string Text)> files, string defaultNamespace, bool hasWebIntegration)
    {
        var writer = new SourceWriter().FileHeader();
        writer.Line("// The catalogs of this assembly, for the projects that reference it (README: catalogs in a solution).");
        foreach (var (path, text) in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
        {
            var payload = Payload(defaultNamespace, hasWebIntegration, path, text);
            writer.Line(string.Format(
                CultureInfo.InvariantCulture,
                "[assembly: {0}({1}, {2})]",
                KnownTypes.AssemblyMetadata,
                CSharpText.Literal(MetadataKey),
                CSharpText.Literal(payload)));
        }

        return writer.ToString();
    }
}
