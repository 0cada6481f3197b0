using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorGen.Model;
using ErrorGen.Reading;
using ErrorGen.Validation;

namespace ErrorGen.Cli;

/// <summary>
/// The catalogs found under some paths, read and validated exactly as the generator does (the same reader, grouper
/// and validator), so `errorgen check` reports what `dotnet build` would.
/// </summary>
internal sealed class CatalogSet
{
    private CatalogSet(IReadOnlyList<CatalogResult> results, IReadOnlyList<string> files, IReadOnlyList<DiagnosticInfo> clashes)
    {
        Results = results;
        Files = files;
        _clashes = clashes;
    }

    // Catalogs that would generate the same types (EG0050), found across all the catalogs as the generator does.
    private readonly IReadOnlyList<DiagnosticInfo> _clashes;

    public IReadOnlyList<CatalogResult> Results { get; }

    public IReadOnlyList<string> Files { get; }

    public IEnumerable<DiagnosticInfo> Diagnostics => Results.SelectMany(r => r.Diagnostics).Concat(_clashes)
        .OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Location?.StartLine)
        .ThenBy(d => d.Location?.StartColumn);

    /// <summary>Catalogs are *.yaml/*.yml files; shipped-codes baselines are *.shipped.txt files.</summary>
    public static CatalogSet Load(IEnumerable<string> paths, string defaultNamespace = "ErrorCatalogs")
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsInput));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        files = files.Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
        var catalogs = files.Where(f => !IsBaseline(f))
            .Select(f => CatalogFileReader.Read(f, File.ReadAllText(f), CancellationToken.None))
            .ToImmutableArray();
        var baselines = files.Where(IsBaseline).Select(f => BaselineFileReader.Read(f, File.ReadAllText(f))).ToImmutableArray();
        var results = CatalogGrouper.Group(catalogs, baselines, defaultNamespace)
            .Select(input => CatalogValidator.Validate(input, CancellationToken.None))
            .ToList();
        var clashes = CatalogClashes.Find(results.Select(CatalogClashes.ClaimOf).ToImmutableArray());

        // Code spaces across every catalog given — a monorepo's or an organisation's — each named by its project folder.
        var codeSpaces = CodeSpaces.Check(
            results.Select(r => r.CodeSpaceClaim is { } claim ? claim with { AssemblyName = ProjectOf(r) } : null),
            Enumerable.Empty<CodeSpaceClaim?>(),
            "catalogs");
        return new CatalogSet(results, files, clashes.Diagnostics.Concat(codeSpaces).ToList());
    }

    /// <summary>Loads the catalogs, or says which path does not exist; the caller then exits with 2 (bad arguments).</summary>
    public static bool TryLoad(IEnumerable<string> paths, Console console, out CatalogSet set)
    {
        try
        {
            set = Load(paths);
            return true;
        }
        catch (FileNotFoundException exception)
        {
            console.Error.WriteLine("errorgen: " + exception.Message);
            set = null!;
            return false;
        }
    }

    // The project that owns a catalog: the nearest *.csproj above its first file, else the file's folder.
    private static string ProjectOf(CatalogResult result)
    {
        if (result.Spec is not { SourceFiles.Count: > 0 } spec)
        {
            return string.Empty;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(spec.SourceFiles[0]))!;
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (directory.EnumerateFiles("*.csproj").FirstOrDefault() is { } project)
            {
                return Path.GetFileNameWithoutExtension(project.Name);
            }
        }

        return Path.GetFileName(folder);
    }

    private static bool IsBaseline(string path) => path.EndsWith(".shipped.txt", StringComparison.OrdinalIgnoreCase);

    private static bool IsInput(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || IsBaseline(path);
}
