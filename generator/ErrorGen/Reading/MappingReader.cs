using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Reading;

/// <summary>
/// Reads the entries of one YAML mapping against a fixed set of keys: reports unknown keys and wrong value
/// types as located diagnostics and hands back typed values. Missing required keys are reported by the caller.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMappingSyntax _mapping;
    private readonly string _what;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly IReadOnlyList<string> _knownKeys;

    public MappingReader(YamlMappingSyntax mapping, string what, IReadOnlyList<string> knownKeys, List<DiagnosticInfo> diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
        _knownKeys = knownKeys;
        foreach (var entry in mapping.Entries)
        {
            if (!knownKeys.Contains(entry.Key.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownKey, entry.Key.Location, entry.Key.Value, what, string.Join(", ", knownKeys)));
            }
        }
    }

    /// <summary>
    /// The value of a known key. A scan, not a dictionary: a mapping has a handful of keys (duplicates were removed while
    /// reading), and one dictionary per code was a tenth of what reading a large catalog allocated.
    /// </summary>
    public YamlNodeSyntax? Node(string key)
    {
        if (!_knownKeys.Contains(key))
        {
            return null;
        }

        foreach (var entry in _mapping.Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The value of <paramref name="key"/>; reports it missing when it is <paramref name="required"/> and absent.</summary>
    private YamlNodeSyntax? Node(string key, bool required)
    {
        var node = Node(key);
        if (node is null && required)
        {
            ReportMissing(key);
        }

        return node;
    }

    public bool Has(string key) => Node(key) is not null;

    public void ReportMissing(string key)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingField, _mapping.Location, _what, key));

    /// <summary>A string value; plain numbers and booleans are taken as their text (a message may be "404").</summary>
    public Located<string>? String(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarSyntax scalar && !scalar.IsNull)
        {
            return new Located<string>(scalar.Value, scalar.Location);
        }

        ReportWrongType(key, "a text value", node);
        return null;
    }

    public Located<int>? Integer(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarSyntax { IsPlain: true } scalar &&
            int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new Located<int>(value, scalar.Location);
        }

        ReportWrongType(key, "an integer", node);
        return null;
    }

    public Located<bool>? Boolean(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarSyntax { IsPlain: true } scalar)
        {
            if (string.Equals(scalar.Value, "true", StringComparison.OrdinalIgnoreCase))
            {
                return new Located<bool>(true, scalar.Location);
            }

            if (string.Equals(scalar.Value, "false", StringComparison.OrdinalIgnoreCase))
            {
                return new Located<bool>(false, scalar.Location);
            }
        }

        ReportWrongType(key, "true or false", node);
        return null;
    }

    public Located<CodeValue>? Code(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarSyntax scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0)
        {
            return new Located<CodeValue>(CodeValue.FromScalar(scalar.Value, scalar.IsPlain), scalar.Location);
        }

        ReportWrongType(key, "a code (an integer or a text value)", node);
        return null;
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> allowed)
        where T : struct
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarSyntax scalar && allowed.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        ReportWrongType(key, "one of " + string.Join(", ", allowed.Keys), node);
        return null;
    }

    public YamlMappingSyntax? Mapping(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingSyntax mapping)
        {
            return mapping;
        }

        ReportWrongType(key, "a mapping", node);
        return null;
    }

    public IReadOnlyList<YamlNodeSyntax> Sequence(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
            case YamlScalarSyntax { IsNull: true }:
                return Array.Empty<YamlNodeSyntax>();
            case YamlSequenceSyntax sequence:
                return sequence.Items;
            default:
                ReportWrongType(key, "a list", node);
                return Array.Empty<YamlNodeSyntax>();
        }
    }

    public void ReportWrongType(string key, string expected, YamlNodeSyntax found)
    {
        if (found is not YamlRefusedSyntax)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, found.Location, key, expected, found.KindDescription));
        }
    }
}
