using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>Makes large catalogs with sparse codes, split across files like real ones; deterministic for a seed.</summary>
internal static class SyntheticCatalog
{
    public static (string Path, string Text)[] Create(string name, int codeCount, int fileCount, bool stringCodes = false, int seed = 42)
    {
        var random = new Random(seed);
        var codes = new SortedSet<long>();
        while (codes.Count < codeCount)
        {
            codes.Add(random.NextInt64(1_000, 99_999_999));
        }

        var files = new StringBuilder[fileCount];
        for (var i = 0; i < fileCount; i++)
        {
            files[i] = new StringBuilder(i == 0
                ? $"catalog:\n  name: {name}\n  namespace: Synthetic.{name}\n  defaultHttpStatus: 400\n{(stringCodes ? "  codeType: string\n" : string.Empty)}codes:\n"
                : $"catalog: {name}\ncodes:\n");
        }

        var index = 0;
        foreach (var code in codes)
        {
            var wire = stringCodes ? $"err_{code:x}_{index}" : code.ToString();
            files[index % fileCount].Append($"  - code: {wire}\n    name: Code{index}\n    message: \"Synthetic error {index}: something went wrong.\"\n    recommendation: Try something else.\n");
            index++;
        }

        return files.Select((text, i) => ($"/catalogs/{name}-{i}.yaml", text.ToString())).ToArray();
    }

    public static IReadOnlyList<string> WireValues((string Path, string Text)[] files)
        => files.SelectMany(f => f.Text.Split('\n'))
            .Where(line => line.StartsWith("  - code: ", StringComparison.Ordinal))
            .Select(line => line.Substring("  - code: ".Length))
            .ToList();
}
