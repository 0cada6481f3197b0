using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ErrorGen.Cli.Diff;

/// <summary>
/// One side of a diff: files or folders as they are, or <c>rev:path</c> — the path as git revision <c>rev</c> has it
/// (a commit, tag or branch; a relative path from the current folder, as <c>git show</c> reads it, or an absolute one in
/// its own repository), written to a temporary folder so the catalogs are read exactly like files.
/// </summary>
internal sealed class CatalogVersion : IDisposable
{
    private readonly string? _temporary;

    private CatalogVersion(string label, string path, string? temporary)
    {
        Label = label;
        Path = path;
        _temporary = temporary;
    }

    /// <summary>How the release notes name this side: the argument as given.</summary>
    public string Label { get; }

    /// <summary>A file or folder holding this side's catalogs.</summary>
    public string Path { get; }

    /// <summary>The version <paramref name="argument"/> names; throws <see cref="FileNotFoundException"/> when there is none.</summary>
    public static CatalogVersion Open(string argument)
    {
        if (File.Exists(argument) || Directory.Exists(argument) || !TrySplitRevision(argument, out var revision, out var path))
        {
            return new CatalogVersion(argument, argument, null);
        }

        // An absolute path is read in its repository: git runs in the nearest folder above it that exists today.
        var workingDirectory = Directory.GetCurrentDirectory();
        if (System.IO.Path.IsPathRooted(path))
        {
            workingDirectory = System.IO.Path.GetDirectoryName(path.TrimEnd('/', '\\')) ?? path;
            while (!Directory.Exists(workingDirectory))
            {
                workingDirectory = System.IO.Path.GetDirectoryName(workingDirectory) ?? throw new FileNotFoundException($"No folder of '{path}' exists", argument);
            }

            path = System.IO.Path.GetRelativePath(workingDirectory, path);
        }

        // Paths as git prints them, relative to that folder; each file's content as the revision has it.
        var (listed, files) = Git(workingDirectory, $"ls-tree -r --name-only {Quote(revision)} -- {Quote(path)}");
        var names = files.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (listed != 0 || names.Length == 0)
        {
            var why = listed != 0 ? ": " + files.Trim() : string.Empty;
            throw new FileNotFoundException($"git revision '{revision}' has no file at '{path}'{why}", argument);
        }

        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "errorgen-diff-" + Guid.NewGuid().ToString("N"));
        foreach (var name in names)
        {
            var (shown, content) = Git(workingDirectory, $"show {Quote(revision + ":./" + name)}");
            if (shown != 0)
            {
                throw new FileNotFoundException($"git could not show '{name}' at '{revision}': {content.Trim()}", argument);
            }

            var target = System.IO.Path.Combine(root, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content, new UTF8Encoding(false));
        }

        return new CatalogVersion(argument, System.IO.Path.Combine(root, path), root);
    }

    public void Dispose()
    {
        if (_temporary is not null && Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    // "HEAD~1:errors/shop.yaml", "v1.2:errors" — not "C:\\catalogs" (a drive letter is one character).
    private static bool TrySplitRevision(string argument, out string revision, out string path)
    {
        var colon = argument.IndexOf(':');
        revision = colon > 1 ? argument.Substring(0, colon) : string.Empty;
        path = colon > 1 ? argument.Substring(colon + 1) : string.Empty;
        if (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path.Substring(2);
        }

        return revision.Length > 0 && path.Length > 0 && !revision.Any(char.IsWhiteSpace);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\\\"") + "\"";

    private static (int ExitCode, string Output) Git(string workingDirectory, string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, process.ExitCode == 0 ? output : error.Result);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, "git is not available: " + exception.Message);
        }
    }
}
