using System.IO;
using System.Runtime.CompilerServices;

namespace ErrorGen.Tests.Infrastructure;

internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestsDirectory(), "..", ".."));

    public static string TestProject => Path.Combine(Root, "tests", "ErrorGen.Tests");

    private static string TestsDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
}
