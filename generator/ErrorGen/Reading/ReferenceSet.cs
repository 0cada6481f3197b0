using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Reading;

/// <summary>
/// What the generator takes from the compilation: its references and assembly name. Equal while the same reference
/// objects are referenced in the same order — a C# edit keeps them — so every step that reads references (discovery,
/// the type lookups behind <see cref="GenerationOptions"/>) stays cached on a keystroke and re-runs only when a
/// reference is added, removed or rebuilt. Costs one pass over the reference array per compilation (no metadata read).
/// </summary>
/// <remarks>
/// The compilation is held weakly, for the steps that run right after a change in the same generator pass (while the
/// driver holds it): the step table never keeps an old compilation alive.
/// </remarks>
internal sealed class ReferenceSet : IEquatable<ReferenceSet>
{
    private readonly WeakReference<Compilation> _compilation;

    private ReferenceSet(ImmutableArray<MetadataReference> references, string assemblyName, Compilation compilation)
    {
        References = references;
        AssemblyName = assemblyName;
        _compilation = new WeakReference<Compilation>(compilation);
    }

    public ImmutableArray<MetadataReference> References { get; }

    public string AssemblyName { get; }

    public static ReferenceSet Of(Compilation compilation)
        => new(compilation.ExternalReferences, compilation.AssemblyName ?? "this project", compilation);

    /// <summary>The compilation these references came from, while it is alive (always, in the pass that made this set).</summary>
    public Compilation? Compilation => _compilation.TryGetTarget(out var compilation) ? compilation : null;

    public bool Equals(ReferenceSet? other)
    {
        if (other is null || other.References.Length != References.Length || other.AssemblyName != AssemblyName)
        {
            return false;
        }

        for (var i = 0; i < References.Length; i++)
        {
            if (!ReferenceEquals(References[i], other.References[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ReferenceSet);

    public override int GetHashCode() => References.Length ^ StringComparer.Ordinal.GetHashCode(AssemblyName);
}
