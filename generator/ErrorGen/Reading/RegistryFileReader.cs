using System.Collections.Generic;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Reading;

/// <summary>
/// Reads an organisation's registry of a code space (catalogs/README.md, "Registry"):
/// <code>
/// codeSpace: acme-public
/// blocks:
///   - range: 40000-40999
///     owner: Orders
///     note: orders team
///   - range: 90000-99999
///     reserved: true
/// </code>
/// Never throws for bad input: every problem is a located diagnostic, and the blocks that could be read are kept.
/// </summary>
internal static class RegistryFileReader
{
    private static readonly string[] s_rootKeys = { "codeSpace", "description", "blocks" };
    private static readonly string[] s_blockKeys = { "range", "prefix", "owner", "reserved", "note" };

    public static RegistryFile Read(string path, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var root = YamlSyntaxReader.Read(path, text, diagnostics, cancellationToken);
        var blocks = new List<RegistryBlock>();
        Located<string>? codeSpace = null;
        if (root is YamlMappingSyntax mapping)
        {
            var reader = new MappingReader(mapping, "the registry", s_rootKeys, diagnostics);
            codeSpace = reader.String("codeSpace", required: true);
            reader.String("description");
            foreach (var node in reader.Sequence("blocks"))
            {
                if (CatalogFileReader.AsMapping(node, "a block", diagnostics) is { } block && ReadBlock(block, diagnostics) is { } read)
                {
                    blocks.Add(read);
                }
            }
        }
        else if (root is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.WrongType, root.Location, "the registry", "a mapping with 'codeSpace' and 'blocks'", root.KindDescription));
        }
        else if (diagnostics.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingField, SourceLocation.FileStart(path), "the registry", "codeSpace"));
        }

        return new RegistryFile(path, codeSpace, blocks.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static RegistryBlock? ReadBlock(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var reader = new MappingReader(mapping, "a block", s_blockKeys, diagnostics);
        var range = reader.String("range");
        var prefix = reader.String("prefix");
        var owner = reader.String("owner");
        var reserved = reader.Boolean("reserved");
        var note = reader.String("note");
        if ((range is null) == (prefix is null))
        {
            return Invalid(mapping.Location, "a block gives either 'range' (integer codes) or 'prefix' (string codes), not both or neither");
        }

        if ((owner is null) == (reserved?.Value != true))
        {
            return Invalid(mapping.Location, "a block has either an 'owner' (a catalog name) or 'reserved: true', not both or neither");
        }

        if (range is { } rangeText)
        {
            if (!CodeRange.TryParse(rangeText.Value, out var parsed, out var error))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, rangeText.Location, "block range", rangeText.Value, error));
                return null;
            }

            return new RegistryBlock(rangeText.Location, parsed, null, owner?.Value, note?.Value);
        }

        if (prefix!.Value.Value.Length == 0)
        {
            return Invalid(prefix.Value.Location, "a prefix block needs a non-empty prefix");
        }

        return new RegistryBlock(prefix.Value.Location, null, prefix.Value.Value, owner?.Value, note?.Value);

        RegistryBlock? Invalid(SourceLocation location, string why)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRegistryBlock, location, why));
            return null;
        }
    }
}
