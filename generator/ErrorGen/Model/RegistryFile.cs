using System;
using System.Globalization;

namespace ErrorGen.Model;

/// <summary>
/// An organisation's registry of one code space: which blocks of codes belong to which catalog (by name), which are
/// reserved. Catalogs of that code space must keep their codes and module ranges inside their own blocks.
/// </summary>
internal sealed record RegistryFile(
    string FilePath,
    Located<string>? CodeSpace,
    EquatableArray<RegistryBlock> Blocks,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// One block: an integer range (<c>range: 1000-1999</c>, <c>100xxx</c>) or a prefix of string codes
/// (<c>prefix: "BIL-"</c>), given to an owner catalog or reserved. <see cref="Location"/> is the range or prefix.
/// </summary>
internal sealed record RegistryBlock(SourceLocation Location, CodeRange? Range, string? Prefix, string? Owner, string? Note)
{
    public bool IsReserved => Owner is null;

    /// <summary>How the block is written in messages and tables: <c>1000-1999</c>, <c>BIL-*</c>.</summary>
    public string Text => Range is { } range ? range.Text : Prefix + "*";

    /// <summary>Who holds the block, for messages: the owner catalog, or "reserved".</summary>
    public string Holder => Owner is { } owner ? $"owner '{owner}'" : "reserved";

    public bool Contains(string code)
        => Range is { } range
            ? long.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                && range.Contains(value)
            : code.StartsWith(Prefix!, StringComparison.Ordinal);

    public bool Overlaps(RegistryBlock other)
        => (Range, other.Range) switch
        {
            ({ } mine, { } theirs) => mine.Overlaps(theirs),
            (null, null) => Prefix!.StartsWith(other.Prefix!, StringComparison.Ordinal)
                || other.Prefix!.StartsWith(Prefix!, StringComparison.Ordinal),
            _ => false,
        };
}
