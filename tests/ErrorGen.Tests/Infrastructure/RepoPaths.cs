using System;
using System.IO;

namespace ErrorGen.Tests.Infrastructure;

internal static class RepoPaths
{
    /// <summary>
    /// The repository root, found by walking up from the test binaries to ErrorGen.sln. ([CallerFilePath] would not do:
    /// CI builds map source paths to "/_/" for deterministic output.)
    /// </summary>
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "ErrorGen.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErrorGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ErrorGen.sln not found above " + AppContext.BaseDirectory);
    }
}
