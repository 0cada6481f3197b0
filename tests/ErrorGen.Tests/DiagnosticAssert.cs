using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

internal static class DiagnosticAssert
{
    /// <summary>Asserts that <paramref name="diagnostic"/> points at <paramref name="path"/>, one-based line and column.</summary>
    public static void At(Diagnostic diagnostic, string path, (int Line, int Column) expected)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(expected, (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    public static void HasNoErrors(GeneratorRun run)
        => Assert.True(
            run.Diagnostics.All(d => d.Severity < DiagnosticSeverity.Error),
            string.Join("\n", run.Diagnostics));
}
