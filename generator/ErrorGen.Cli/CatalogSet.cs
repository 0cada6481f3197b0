using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorGen.Model;
using ErrorGen.Reading;
using ErrorGen.Validation;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ErrorGen.Cli;

/// <summary>
/// The catalogs found under some paths, read and validated exactly as the generator does (the same reader, grouper
/// and validator), so `errorgen check` reports what `dotnet build` would.
/// </summary>
internal sealed class CatalogSet
{
    private CatalogSet(
        IReadOnlyList<CatalogResult> results,
        IReadOnlyList<string> files,
        IReadOnlyList<RegistryFile> registries,
        IReadOnlyList<DiagnosticInfo> clashes)
    {
        Results = results;
        Files = files;
        Registries = registries;
        _clashes = clashes;
    }

    // Found across all the catalogs as the generator does: type clashes (EG0050), code spaces, registries.
    private readonly IReadOnlyList<DiagnosticInfo> _clashes;

    public IReadOnlyList<CatalogResult> Results { get; }

    /// <summary>The registries given with <c>--registry</c>, as read.</summary>
    public IReadOnlyList<RegistryFile> Registries { get; }

    public IReadOnlyList<string> Files { get; }

    public IEnumerable<DiagnosticInfo> Diagnostics => Results.SelectMany(r => r.Diagnostics).Concat(_clashes)
        .OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Location?.StartLine)
        .ThenBy(d => d.Location?.StartColumn);

    /// <summary>
    /// Catalogs are *.yaml/*.yml files, shipped-codes baselines *.shipped.txt files; a path may be a file, a folder
    /// (searched) or a glob (<c>repos/*/errors/**/*.yaml</c>). Registries (<c>--registry</c>) allocate code-space blocks.
    /// </summary>
    public static CatalogSet Load(IEnumerable<string> paths, IEnumerable<string>? registryPaths = null, string defaultNamespace = "ErrorCatalogs")
    {
        var registryFiles = (registryPaths ?? Enumerable.Empty<string>()).SelectMany(p => Expand(p, IsAnyYaml)).Distinct().ToList();
        var files = paths.SelectMany(p => Expand(p, IsInput))
            .Where(f => !registryFiles.Contains(f))
            .Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
        var catalogs = files.Where(f => !IsBaseline(f))
            .Select(f => CatalogFileReader.Read(f, File.ReadAllText(f), CancellationToken.None))
            .ToImmutableArray();
        var baselines = files.Where(IsBaseline).Select(f => BaselineFileReader.Read(f, File.ReadAllText(f))).ToImmutableArray();
        var results = CatalogGrouper.Group(catalogs, baselines, defaultNamespace)
            .Select(input => CatalogValidator.Validate(input, CancellationToken.None))
            .ToList();
        var clashes = CatalogClashes.Find(results.Select(CatalogClashes.ClaimOf).ToImmutableArray());

        // Code spaces across every catalog given — a monorepo's or an organisation's — each named by its project folder.
        var claims = results.Select(r => r.CodeSpaceClaim is { } claim ? claim with { AssemblyName = ProjectOf(r) } : null).ToList();
        var codeSpaces = CodeSpaces.Check(claims, Enumerable.Empty<CodeSpaceClaim?>(), "catalogs");
        var registries = registryFiles.Select(f => RegistryFileReader.Read(f, File.ReadAllText(f), CancellationToken.None)).ToList();
        var allocation = Validation.Registries.Check(registries, claims);
        return new CatalogSet(results, files, registries, clashes.Diagnostics.Concat(codeSpaces).Concat(allocation).ToList());
    }

    /// <summary>The files a path names: itself, the matching files under a folder, or the files a glob matches.</summary>
    private static IEnumerable<string> Expand(string path, Func<string, bool> isInput)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(isInput);
        }

        if (File.Exists(path))
        {
            return new[] { path };
        }

        if (path.IndexOfAny(new[] { '*', '?' }) >= 0)
        {
            // The folder before the first wildcard is where the glob is matched from.
            var full = Path.GetFullPath(path).Replace('\\', '/');
            var firstWildcard = full.IndexOfAny(new[] { '*', '?' });
            var root = full.Substring(0, full.LastIndexOf('/', firstWildcard) + 1);
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(full.Substring(root.Length));
            var matches = Directory.Exists(root)
                ? matcher.GetResultsInFullPath(root).Where(isInput).OrderBy(f => f, StringComparer.Ordinal).ToList()
                : new List<string>();
            if (matches.Count > 0)
            {
                return matches;
            }

            throw new FileNotFoundException($"No file matches {path}", path);
        }

        throw new FileNotFoundException($"No such file or folder: {path}", path);
    }

    /// <summary>Loads the catalogs, or says which path does not exist; the caller then exits with 2 (bad arguments).</summary>
    public static bool TryLoad(IEnumerable<string> paths, Console console, out CatalogSet set, IEnumerable<string>? registryPaths = null)
    {
        try
        {
            set = Load(paths, registryPaths);
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

    // Registries found in a searched folder are not catalogs: they are read only when given with --registry.
    private static bool IsInput(string path)
        => (IsAnyYaml(path) && !path.EndsWith(".registry.yaml", StringComparison.OrdinalIgnoreCase)) || IsBaseline(path);

    private static bool IsAnyYaml(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
