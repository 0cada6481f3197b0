using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;

namespace ErrorGen.Tests;

/// <summary>
/// Compiles and loads the code generated for thousands of sparse codes and checks every lookup: this exercises
/// the build-time hash tables (collisions, wrap-around) and descriptor chunks far beyond the seed catalogs.
/// </summary>
public class LookupAtScaleTests
{
    [Theory]
    [InlineData(3000, false)]
    [InlineData(1500, true)]
    public void Every_code_of_a_large_split_catalog_is_found_and_unknown_codes_are_not(int count, bool stringCodes)
    {
        var files = SyntheticCatalogs.Catalog("Big", count, files: 5, stringCodes).ToArray();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);

        WithLoadedOutput(run, assembly =>
        {
            var errors = assembly.GetType("Synthetic.Big.BigErrors")!;
            var tryParse = errors.GetMethod("TryParse")!;
            var toStringFast = errors.GetMethod("ToStringFast")!;
            var all = (System.Collections.IList)errors.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(count, all.Count);

            var wireValues = SyntheticCatalogs.WireValues(count, stringCodes);
            foreach (var wire in wireValues)
            {
                var arguments = new object?[] { wire, null };
                Assert.True((bool)tryParse.Invoke(null, arguments)!, $"code {wire} not found");
                var memberName = (string)toStringFast.Invoke(null, new[] { arguments[1] })!;
                Assert.StartsWith("Code", memberName);
            }

            foreach (var unknown in new[] { "0", "1", "100000000", "-5", "err_missing", string.Empty })
            {
                Assert.False((bool)tryParse.Invoke(null, new object?[] { unknown, null })!, $"{unknown} should be unknown");
            }
        });
    }

    [Fact]
    public void String_codes_that_share_their_tails_or_are_tails_of_each_other_are_all_told_apart()
    {
        // The string hash reads only the trailing characters HashSlots chose: codes that end alike must still be found
        // by the full comparison, and a code's tail or a longer code with the same tail must not match it.
        var wires = new[]
        {
            "card_declined", "bank_declined", "ach_declined", "declined", "d", "ed", "x_declined", "card_declined_2",
            "limit_exceeded", "rate_limit_exceeded", "exceeded", "a", "b", "ab", "ba", "CARD_DECLINED",
        };
        var codes = string.Concat(wires.Select((w, i) => $"  - {{ code: \"{w}\", name: Code{i}, httpStatus: 400, message: m }}\n"));
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("tails.yaml", "catalog: { name: Tails, namespace: Tails, codeType: string }\ncodes:\n" + codes));

        // card_declined and CARD_DECLINED are two codes to the lookups; the lint only warns that clients may confuse them.
        Assert.Equal("EG0069", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.CompilationDiagnostics);

        WithLoadedOutput(run, assembly =>
        {
            var errors = assembly.GetType("Tails.TailsErrors")!;
            var tryParse = errors.GetMethod("TryParse")!;
            var toStringFast = errors.GetMethod("ToStringFast")!;
            for (var i = 0; i < wires.Length; i++)
            {
                var arguments = new object?[] { wires[i], null };
                Assert.True((bool)tryParse.Invoke(null, arguments)!, $"code {wires[i]} not found");
                Assert.Equal("Code" + i, (string)toStringFast.Invoke(null, new[] { arguments[1] })!);
            }

            foreach (var unknown in new[] { "eclined", "zard_declined", "card_declinee", "Card_declined", "c", "aa", "_declined", string.Empty })
            {
                Assert.False((bool)tryParse.Invoke(null, new object?[] { unknown, null })!, $"{unknown} should be unknown");
            }
        });
    }

    [Fact]
    public void The_generated_code_hashes_as_the_generator_did_when_it_chose_the_tables()
    {
        // Divergent hashes would still find every code (the table is filled and probed by the same generated hash), but the
        // multiplier and tail the generator chose would no longer place the catalog's keys well: lookups would slow silently.
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("h.yaml", "catalog: { name: H, namespace: H, codeType: string }\ncodes:\n  - { code: a, name: A, httpStatus: 400, message: m }\n"));
        WithLoadedOutput(run, assembly =>
        {
            var runtime = assembly.GetType("ErrorGen.Generated.CatalogRuntime")!;
            var hashTail = runtime.GetMethod("HashTail")!;
            var hashInteger = runtime.GetMethod("HashInteger")!;
            var slot = runtime.GetMethod("Slot")!;
            foreach (var value in new[] { string.Empty, "a", "ab", "abc", "card_declined", "カードが拒否されました", "error_1a7496" })
            {
                foreach (var tail in new[] { 0, 1, 2, 3, 5, 40 })
                {
                    Assert.Equal(Emit.HashSlots.HashTail(value, tail), (uint)hashTail.Invoke(null, new object[] { value, tail })!);
                }
            }

            foreach (var value in new[] { 0L, 1L, -1L, 40001L, long.MaxValue, long.MinValue, 0x1_0000_0001L })
            {
                Assert.Equal(Emit.HashSlots.HashInteger(value), (uint)hashInteger.Invoke(null, new object[] { value })!);
            }

            Assert.Equal(Emit.HashSlots.Slot(0xDEADBEEF, 2654435769u, 20), (int)slot.Invoke(null, new object[] { 0xDEADBEEFu, 2654435769u, 20 })!);
        });
    }

    /// <summary>Compiles the run's output, loads it into a collectible context for <paramref name="use"/>, then unloads it.</summary>
    private static void WithLoadedOutput(GeneratorRun run, Action<Assembly> use)
    {
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            var emitted = run.Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            use(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }
}
