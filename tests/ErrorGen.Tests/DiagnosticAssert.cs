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

    /// <summary>The one <paramref name="id"/> reported at <paramref name="path"/>, line and column (others may be elsewhere).</summary>
    public static Diagnostic SingleAt(GeneratorRun run, string id, string path, (int Line, int Column) position)
    {
        var matches = run.Diagnostics.Where(d => d.Id == id && d.Location.GetLineSpan().Path == path
            && (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1) == position).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id} at {path}{position}, got {matches.Count}: {string.Join("\n", run.Diagnostics)}");
        return matches[0];
    }

    public static void HasNoErrors(GeneratorRun run)
        => Assert.True(
            run.Diagnostics.All(d => d.Severity < DiagnosticSeverity.Error),
            string.Join("\n", run.Diagnostics));
}
