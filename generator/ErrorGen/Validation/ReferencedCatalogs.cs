using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ErrorGen.Model;
using ErrorGen.Reading;

namespace ErrorGen.Validation;

/// <summary>
/// The catalogs of a referenced assembly, read and validated again from the files it recorded, exactly as its own build
/// did (same texts, same namespace), so the spec — and the code emitted for it here — matches the types it compiled.
/// Its diagnostics were that build's to report; a catalog that does not validate cleanly is left out.
/// </summary>
internal static class ReferencedCatalogs
{
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
}
