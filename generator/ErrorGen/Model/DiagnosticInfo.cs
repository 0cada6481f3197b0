using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Model;

/// <summary>A diagnostic as data: cached with the model and turned into a Roslyn <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record DiagnosticInfo(
    string Id,
    SourceLocation? Location,
    EquatableArray<string> MessageArgs,
    EquatableArray<SourceLocation> AdditionalLocations)
{
    /// <summary>A severity other than the descriptor's default (a catalog asking for strict translations escalates EG0041).</summary>
    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>Data for code fixes (Diagnostic.Properties).</summary>
    public EquatableArray<(string Key, string Value)> Properties { get; init; } = EquatableArray<(string Key, string Value)>.Empty;

    /// <summary>Whether it fails the build as reported (its own severity, else the descriptor's).</summary>
    public bool IsError => (Severity ?? DiagnosticDescriptors.ById(Id).DefaultSeverity) == DiagnosticSeverity.Error;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation? location, params string[] messageArgs)
        => new(descriptor.Id, location, messageArgs.ToEquatableArray(), EquatableArray<SourceLocation>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation? location, SourceLocation other, params string[] messageArgs)
        => new(descriptor.Id, location, messageArgs.ToEquatableArray(), new[] { other }.ToEquatableArray());

    /// <summary>EG0099 at the start of <paramref name="path"/>: an exception ErrorGen did not expect, reported instead of thrown.</summary>
    public static DiagnosticInfo InternalError(string path, System.Exception exception)
        => Create(DiagnosticDescriptors.InternalError, SourceLocation.FileStart(path), exception.GetType().Name + ": " + exception.Message);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        if (Severity is { } severity)
        {
            return Diagnostic.Create(
                descriptor,
                Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
                severity,
                AdditionalLocations.Select(l => l.ToLocation()),
                Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value),
                MessageArgs.Cast<object?>().ToArray());
        }

        return Diagnostic.Create(
            descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            AdditionalLocations.Select(l => l.ToLocation()),
            Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value),
            MessageArgs.Cast<object?>().ToArray());
    }
}
