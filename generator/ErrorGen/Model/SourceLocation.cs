using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen.Model;

/// <summary>
/// Where a YAML node sits in its file, kept as plain values (not a Roslyn <see cref="Location"/>)
/// so models stay equatable. Lines and columns are zero-based, as in <see cref="LinePosition"/>.
/// </summary>
internal sealed record SourceLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The start of a file: for what concerns the whole file (it cannot be read, it names no catalog).</summary>
    public static SourceLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary>The place in MSBuild's canonical form, <c>file(line,col)</c>, one-based, used inside messages.</summary>
    public string Display => $"{FilePath}({StartLine + 1},{StartColumn + 1})";
}

/// <summary>A value read from YAML together with the location of the node it came from.</summary>
internal readonly record struct Located<T>(T Value, SourceLocation Location);
