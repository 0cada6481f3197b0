using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ErrorGen.TestSupport;

/// <summary>
/// Deterministic synthetic catalogs of any size with sparse codes, split across files like catalogs several teams
/// own. The scale tests and the benchmarks share them, so a benchmark measures what a test has checked.
/// </summary>
public static class SyntheticCatalogs
{
    /// <summary>Sparse integer codes: seeded, sorted, distinct, 5 to 8 digits like the seeds.</summary>
    public static long[] Codes(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var codes = new SortedSet<long>();
        while (codes.Count < count)
        {
            codes.Add(random.NextInt64(10_000, 99_999_999));
        }

        return codes.ToArray();
    }

    /// <summary>
    /// The files (<c>/catalogs/{name}-00.yaml</c>, …) of a catalog of <paramref name="count"/> codes, dealt round-robin
    /// into <paramref name="files"/> files; code <c>i</c> is named <c>Code{i}</c>.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Catalog(
        string name, int count, int files, bool stringCodes = false, bool envelope = false, int seed = 2026)
    {
        var codes = Codes(count, seed);
        var header = $"catalog:\n  name: {name}\n  namespace: Synthetic.{name}\n  defaultHttpStatus: 400\n"
            + (stringCodes ? "  codeType: string\n" : string.Empty)
            + (envelope ? "  envelope:\n    code: code\n    message: message\n    data: data\n    timestamp: timestamp\n  locales: [en, zh-CN]\n" : string.Empty);
        var builders = Enumerable.Range(0, files)
            .Select(i => new StringBuilder(i == 0 ? header + "codes:\n" : $"catalog: {name}\ncodes:\n"))
            .ToArray();
        for (var i = 0; i < codes.Length; i++)
        {
            builders[i % files].Append($"  - code: {Wire(codes[i], stringCodes)}\n    name: Code{i}\n    httpStatus: {(i % 7 == 0 ? 500 : 400)}\n")
                .Append($"    message: \"{Message(i)}\"\n    recommendation: Check the request and try again.\n");
        }

        return builders.Select((b, i) => ($"/catalogs/{name.ToLowerInvariant()}-{i:00}.yaml", b.ToString())).ToList();
    }

    /// <summary>
    /// A catalog shaped like the real ones (the seeds, a database's error list): ten modules with code ranges, titles,
    /// long messages and recommendations, a third of the messages templated with typed parameters, statuses from 400
    /// to 503 and retryable server errors. Code <c>i</c> is named <c>Code{i}</c> and has the value <see cref="RealShapedCode"/>.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> RealShaped(string name, int count, int files)
    {
        var perModule = (count + 9) / 10;
        var span = Math.Max(1000, perModule);
        var header = new StringBuilder($"catalog:\n  name: {name}\n  namespace: Synthetic.{name}\n  defaultHttpStatus: 400\n")
            .Append($"  typeBaseUri: https://errors.example.com/{name.ToLowerInvariant()}/{{code}}\nmodules:\n");
        for (var m = 0; m < 10; m++)
        {
            var start = (m + 1) * span * 10L;
            header.Append($"  - name: Module{m}\n    description: The errors of area {m} of the service.\n    ranges: {start}-{start + span - 1}\n");
        }

        var statuses = new[] { 400, 401, 403, 404, 409, 422, 429, 500, 503 };
        var builders = Enumerable.Range(0, files)
            .Select(i => new StringBuilder(i == 0 ? header + "codes:\n" : $"catalog: {name}\ncodes:\n"))
            .ToArray();
        for (var i = 0; i < count; i++)
        {
            var status = statuses[i % statuses.Length];
            var code = builders[i % files].Append($"  - code: {RealShapedCode(count, i)}\n    name: Code{i}\n    module: Module{i / perModule}\n")
                .Append($"    httpStatus: {status}\n    title: The request for item {i} failed\n");
            if (i % 3 == 0)
            {
                code.Append($"    message: \"Resource {{resourceId}} of kind {i} cannot be processed: the limit of {{limit}} operations for this account was reached while the request was validated.\"\n")
                    .Append("    parameters:\n      resourceId: string\n      limit: int\n");
            }
            else
            {
                code.Append($"    message: \"The operation on resource kind {i} could not be completed because the service rejected the request after validating its fields.\"\n");
            }

            code.Append($"    recommendation: Check the request fields against the API reference for resource kind {i}, then send it again.\n");
            if (status >= 500)
            {
                code.Append("    retryable: true\n");
            }
        }

        return builders.Select((b, i) => ($"/catalogs/{name.ToLowerInvariant()}-{i:00}.yaml", b.ToString())).ToList();
    }

    /// <summary>The wire value of code <c>i</c> of a <see cref="RealShaped"/> catalog: consecutive within its module's range.</summary>
    public static long RealShapedCode(int count, int index)
    {
        var perModule = (count + 9) / 10;
        var span = Math.Max(1000, perModule);
        return ((index / perModule) + 1) * span * 10L + (index % perModule);
    }

    /// <summary>The message of code <c>i</c>.</summary>
    public static string Message(int index) => $"Synthetic error {index}: the operation could not be completed.";

    /// <summary>The wire values of a synthetic catalog's codes, in catalog order.</summary>
    public static IReadOnlyList<string> WireValues(int count, bool stringCodes = false, int seed = 2026)
        => Codes(count, seed).Select(c => Wire(c, stringCodes)).ToList();

    private static string Wire(long code, bool stringCodes) => stringCodes ? $"error_{code:x}" : code.ToString();
}
