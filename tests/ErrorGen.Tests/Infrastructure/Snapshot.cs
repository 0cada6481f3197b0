using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's conventions, by hand: <c>Snapshots/Name.verified.cs</c> is committed; on a mismatch
/// <c>Name.received.cs</c> is written beside it and the test fails with a line diff. Set ERRORGEN_ACCEPT_SNAPSHOTS=1
/// to accept the received output.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "ERRORGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual)
    {
        var directory = Path.Combine(RepoPaths.TestProject, "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Scrub(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            Assert.Fail($"No snapshot {verifiedPath}. Review {receivedPath}, then run with {AcceptVariable}=1 to accept it.");
        }

        Assert.Fail($"Generated source differs from {verifiedPath} (received: {receivedPath}; {AcceptVariable}=1 accepts):\n{Diff(expected!, actual)}");
    }

    /// <summary>The tool version changes with every release; it must not churn the snapshots.</summary>
    private static string Scrub(string source)
        => Regex.Replace(source, "GeneratedCode\\(\"ErrorGen\", \"[^\"]*\"\\)", "GeneratedCode(\"ErrorGen\", \"{version}\")");

    public static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position).Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }
}
