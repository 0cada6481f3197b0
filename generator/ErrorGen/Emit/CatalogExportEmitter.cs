using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

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

    /// <summary>The text as written.</summary>
    public const string PlainFormat = "1";

    /// <summary>The text deflated and in Base64: a fifth of the C# and of the assembly's string heap for a real catalog.</summary>
    public const string DeflatedFormat = "2";

    /// <summary>Below this, the text is recorded as written: small catalogs stay readable in the generated file.</summary>
    public const int DeflateAbove = 4096;

    /// <summary>The value: format, default namespace, whether the ASP.NET Core integration is here, file name, text.</summary>
    public static string Payload(string defaultNamespace, bool hasWebIntegration, string path, string text)
    {
        var deflate = text.Length > DeflateAbove;
        return string.Join(
            "\n",
            deflate ? DeflatedFormat : PlainFormat,
            defaultNamespace,
            hasWebIntegration ? "web" : "library",
            Path.GetFileName(path),
            deflate ? Deflate(text) : text);
    }

    /// <summary>The text of a payload's last part in <paramref name="format"/>, or null for a format this version does not know.</summary>
    public static string? TextOf(string format, string recorded)
    {
        switch (format)
        {
            case PlainFormat:
                return recorded;
            case DeflatedFormat:
                using (var input = new DeflateStream(new MemoryStream(Convert.FromBase64String(recorded)), CompressionMode.Decompress))
                using (var reader = new StreamReader(input, Encoding.UTF8))
                {
                    return reader.ReadToEnd();
                }

            default:
                return null;
        }
    }

    private static string Deflate(string text)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            deflate.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(output.GetBuffer(), 0, (int)output.Length);
    }

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
