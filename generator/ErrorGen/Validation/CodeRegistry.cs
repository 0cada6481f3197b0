using System;
using System.Collections.Generic;
using System.Globalization;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// The codes of one catalog as they are accepted, with the three identities a code must not share with another: its
/// wire value (EG0010), its name (EG0011) and its C# identifier (EG0019). Remembers where each was written, for the
/// baseline's diagnostics, and which codes name a replacement.
/// </summary>
/// <remarks>
/// The first code to claim an identity keeps generating; <see cref="CodeRules.Register"/> offers shipped codes first so
/// a pull request's new entry never displaces a released one. A collision is reported at the refused entry, and also
/// at the kept one unless that one is protected (shipped, or the header's success code): a reviewer then sees the
/// error on the line the pull request added, and on both lines when neither is released.
/// </remarks>
internal sealed class CodeRegistry
{
    private readonly Dictionary<string, Entry> _byValue;
    private readonly Dictionary<string, Entry> _byName;
    private readonly Dictionary<string, Entry> _byIdentifier;
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

    /// <summary>
    /// Accepts <paramref name="spec"/> unless one of its identities is taken; then reports every identity it shares
    /// (each with the other place) and returns false. An entry that <paramref name="claims"/> nothing (left out for
    /// another problem) is only checked.
    /// </summary>
    public bool TryAdd(CodeSpec spec, SourceLocation codeLocation, SourceLocation nameLocation, bool isProtected = false, bool claims = true)
    {
        var entry = new Entry(spec, codeLocation, nameLocation, isProtected);
        var refused = false;
        if (_byValue.TryGetValue(spec.Text, out var sameValue))
        {
            refused = true;
            ReportSharedValue(entry, sameValue);
        }

        if (_byName.TryGetValue(spec.Name, out var sameName))
        {
            // An entry pasted twice shares its value and its name with one other entry: that is one problem, not two.
            if (!ReferenceEquals(sameName, sameValue))
            {
                Report(entry, sameName, DiagnosticDescriptors.DuplicateName, (self, other) => new[]
                {
                    self.Spec.Name, self.Spec.Text, other.Spec.Text, other.NameLocation.Display,
                });
            }

            refused = true;
        }
        else if (_byIdentifier.TryGetValue(spec.Identifier, out var sameIdentifier))
        {
            if (!ReferenceEquals(sameIdentifier, sameValue))
            {
                Report(entry, sameIdentifier, DiagnosticDescriptors.IdentifierCollision, (self, other) => new[]
                {
                    "Code name", self.Spec.Name, self.Spec.Identifier, other.Spec.Name, other.NameLocation.Display,
                });
            }

            refused = true;
        }

        if (refused || !claims)
        {
            return false;
        }

        _byValue.Add(spec.Text, entry);
        _byName.Add(spec.Name, entry);
        _byIdentifier.Add(spec.Identifier, entry);
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

    private void ReportSharedValue(Entry refused, Entry kept)
        => Report(refused, kept, DiagnosticDescriptors.DuplicateCode, (self, other) => new[]
        {
            self.Spec.Text, _context.CatalogName, self.Spec.Name, other.Spec.Name, other.CodeLocation.Display,
            Differences(self.Spec, other.Spec),
            ReferenceEquals(self, refused)
                ? other.IsProtected ? "this entry is left out; the released one there keeps generating" : "this entry is left out"
                : "this entry keeps generating, the other is left out",
        });

    /// <summary>At the refused entry; at the kept one too unless it is protected. Each pointing at the other.</summary>
    private void Report(Entry refused, Entry kept, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Func<Entry, Entry, string[]> arguments)
    {
        var isValue = descriptor == DiagnosticDescriptors.DuplicateCode;
        _context.Diagnostics.Add(DiagnosticInfo.Create(
            descriptor, isValue ? refused.CodeLocation : refused.NameLocation, isValue ? kept.CodeLocation : kept.NameLocation,
            arguments(refused, kept)));
        if (!kept.IsProtected)
        {
            _context.Diagnostics.Add(DiagnosticInfo.Create(
                descriptor, isValue ? kept.CodeLocation : kept.NameLocation, isValue ? refused.CodeLocation : refused.NameLocation,
                arguments(kept, refused)));
        }
    }

    /// <summary>What a reviewer needs to pick one entry: the HTTP status and message where the two differ.</summary>
    private static string Differences(CodeSpec self, CodeSpec other)
    {
        var parts = new List<string>(2);
        if (self.HttpStatus != other.HttpStatus)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "HTTP status {0} here, {1} there", self.HttpStatus, other.HttpStatus));
        }

        if (!string.Equals(self.Message, other.Message, StringComparison.Ordinal))
        {
            parts.Add($"message \"{TextRules.Printable(self.Message)}\" here, \"{TextRules.Printable(other.Message)}\" there");
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join("; ", parts) + ")";
    }

    private sealed class Entry(CodeSpec spec, SourceLocation codeLocation, SourceLocation nameLocation, bool isProtected)
    {
        public CodeSpec Spec { get; } = spec;

        public SourceLocation CodeLocation { get; } = codeLocation;

        public SourceLocation NameLocation { get; } = nameLocation;

        public bool IsProtected { get; } = isProtected;
    }
}
