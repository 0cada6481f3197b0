using System;
using System.Collections.Generic;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// The codes of one catalog as they are accepted, with the three identities a code must not share with another: its
/// wire value (EG0010), its name (EG0011) and its C# identifier (EG0019). Remembers where each was written, for the
/// baseline's diagnostics, and which codes name a replacement.
/// </summary>
internal sealed class CodeRegistry
{
    private readonly Dictionary<string, (string Name, SourceLocation Location)> _byValue;
    private readonly Dictionary<string, (string Code, SourceLocation Location)> _byName;
    private readonly Dictionary<string, (string Name, SourceLocation Location)> _byIdentifier;
    private readonly List<CodeSpec> _codes;
    private readonly ValidationContext _context;

    /// <summary>Sized for <paramref name="expectedCodes"/>: growing four tables by doubling allocated as much again.</summary>
    public CodeRegistry(ValidationContext context, int expectedCodes)
    {
        _context = context;
        _byValue = new(expectedCodes, StringComparer.Ordinal);
        _byName = new(expectedCodes, StringComparer.Ordinal);
        _byIdentifier = new(expectedCodes, StringComparer.Ordinal);
        _codes = new(expectedCodes);
        Places = new(expectedCodes, StringComparer.Ordinal);
    }

    /// <summary>Where each accepted code's value and name were written, by wire value.</summary>
    public Dictionary<string, BaselineValidator.CodePlaces> Places { get; }

    /// <summary>Codes that name the code replacing them, in declaration order.</summary>
    public List<(string Code, Located<CodeValue> ReplacedBy)> Replacements { get; } = new();

    /// <summary>Accepts <paramref name="spec"/> unless one of its identities is taken (then reports where).</summary>
    public bool TryAdd(CodeSpec spec, SourceLocation codeLocation, SourceLocation nameLocation)
    {
        if (_byValue.TryGetValue(spec.Text, out var existing))
        {
            _context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateCode, codeLocation, existing.Location,
                spec.Text, _context.CatalogName, spec.Name, existing.Name, existing.Location.Display));
            return false;
        }

        if (_byName.TryGetValue(spec.Name, out var sameName))
        {
            _context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateName, nameLocation, sameName.Location, spec.Name, spec.Text, sameName.Code,
                sameName.Location.Display));
            return false;
        }

        if (_byIdentifier.TryGetValue(spec.Identifier, out var sameIdentifier))
        {
            _context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.IdentifierCollision, nameLocation, sameIdentifier.Location,
                "Code name", spec.Name, spec.Identifier, sameIdentifier.Name, sameIdentifier.Location.Display));
            return false;
        }

        _byValue.Add(spec.Text, (spec.Name, codeLocation));
        _byName.Add(spec.Name, (spec.Text, nameLocation));
        _byIdentifier.Add(spec.Identifier, (spec.Name, nameLocation));
        _codes.Add(spec);
        Places[spec.Text] = new BaselineValidator.CodePlaces(codeLocation, nameLocation);
        return true;
    }

    /// <summary>The accepted codes, sorted as they are generated: by value, or ordinally for string codes.</summary>
    public List<CodeSpec> SortedCodes()
    {
        var codes = new List<CodeSpec>(_codes);
        codes.Sort((a, b) => _context.CodeType == CodeType.Integer ? a.Integer.CompareTo(b.Integer) : string.CompareOrdinal(a.Text, b.Text));
        return codes;
    }
}
