using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ErrorGen.Model;
using ErrorGen.Reading;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Validation;

/// <summary>
/// The catalogs of a referenced assembly, read and validated again from the files it recorded, exactly as its own build
/// did (same texts, same namespace), so the spec — and the code emitted for it here — matches the types it compiled.
/// Its diagnostics were that build's to report; a catalog that does not validate cleanly is left out.
/// </summary>
internal static class ReferencedCatalogs
{
    // A reference's content never changes (a rebuilt assembly is a new reference object), so what it holds is read and
    // validated once per reference object, however often the reference list around it changes.
    private static ConditionalWeakTable<MetadataReference, CatalogsOfReference> s_byReference = new();

    /// <summary>Forgets every reference read (a benchmark's cold first run).</summary>
    internal static void ForgetReadReferences() => s_byReference = new();

    /// <summary>
    /// Every catalog the references record, as one value: a keystroke compares nothing per reference (a values step over
    /// 300 references costs the driver ~150 µs per run even when cached), and a rebuilt reference is the only one read.
    /// </summary>
    public static EquatableArray<ReferencedCatalog> Discover(ReferenceSet references, CancellationToken cancellationToken)
    {
        var catalogs = new List<ReferencedCatalog>();
        foreach (var reference in references.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var known = s_byReference.GetValue(
                reference, r => new CatalogsOfReference(Resolve(ReferencedCatalogReader.Read(r), cancellationToken)));
            catalogs.AddRange(known.Catalogs);
        }

        return catalogs.ToEquatableArray();
    }

    /// <summary>The catalogs of one reference, from the files it recorded.</summary>
    public static ImmutableArray<ReferencedCatalog> Resolve(EquatableArray<ExportedCatalogFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return ImmutableArray<ReferencedCatalog>.Empty;
        }

        try
        {
            var read = files.Select(f => CatalogFileReader.Read(f.DisplayPath, f.Text, cancellationToken)).ToImmutableArray();
            var catalogs = new List<ReferencedCatalog>();
            var (assembly, servesItself) = (files[0].AssemblyName, files[0].HasWebIntegration);
            foreach (var input in CatalogGrouper.Group(read, ImmutableArray<BaselineFile>.Empty, files[0].DefaultNamespace))
            {
                var result = CatalogValidator.Validate(input, cancellationToken);
                if (result.Spec is { } spec && !result.Diagnostics.Any(d => d.IsError))
                {
                    var claim = result.CodeSpaceClaim is { } own ? own with { AssemblyName = assembly } : null;
                    catalogs.Add(new ReferencedCatalog(spec, assembly, servesItself, claim));
                }
            }

            return catalogs.ToImmutableArray();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never a crash in the consumer's build over another assembly's metadata: that assembly is then not served.
            return ImmutableArray<ReferencedCatalog>.Empty;
        }
    }

    private sealed class CatalogsOfReference(ImmutableArray<ReferencedCatalog> catalogs)
    {
        public ImmutableArray<ReferencedCatalog> Catalogs { get; } = catalogs;
    }
}
