using System.Collections.Generic;
using ErrorGen.Model;

namespace ErrorGen.Reading;

/// <summary>
/// A minimal YAML syntax tree with the position of every node. It lives only inside the parse step,
/// so it need not be equatable; what leaves the step is the catalog model.
/// </summary>
internal abstract class YamlNodeSyntax
{
    protected YamlNodeSyntax(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    /// <summary>How the node is described to a catalog editor in "found ..." messages.</summary>
    public abstract string KindDescription { get; }
}

internal sealed class YamlScalarSyntax : YamlNodeSyntax
{
    public YamlScalarSyntax(SourceLocation location, string value, bool isPlain)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted and untagged: only plain scalars are read as numbers, booleans or null.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindDescription => IsNull ? "null" : IsPlain ? $"'{Value}'" : $"the string \"{Value}\"";
}

/// <summary>
/// Where an alias stood: refused and reported once (EG0006). Readers take it as "no value" and report nothing more,
/// so one alias is one diagnostic, not also a wrong type or a missing field.
/// </summary>
internal sealed class YamlRefusedSyntax : YamlNodeSyntax
{
    public YamlRefusedSyntax(SourceLocation location)
        : base(location)
    {
    }

    public override string KindDescription => "an alias";
}

internal sealed class YamlSequenceSyntax : YamlNodeSyntax
{
    public YamlSequenceSyntax(SourceLocation location, IReadOnlyList<YamlNodeSyntax> items)
        : base(location) => Items = items;

    public IReadOnlyList<YamlNodeSyntax> Items { get; }

    public override string KindDescription => "a list";
}

internal sealed class YamlMappingSyntax : YamlNodeSyntax
{
    public YamlMappingSyntax(SourceLocation location, IReadOnlyList<KeyValuePair<YamlScalarSyntax, YamlNodeSyntax>> entries)
        : base(location) => Entries = entries;

    /// <summary>Entries in document order, duplicates removed (they are reported while reading).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalarSyntax, YamlNodeSyntax>> Entries { get; }

    public override string KindDescription => "a mapping";
}
