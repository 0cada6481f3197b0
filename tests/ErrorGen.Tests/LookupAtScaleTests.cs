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

        var context = new AssemblyLoadContext("scale", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            var emitted = run.Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
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
        }
        finally
        {
            context.Unload();
        }
    }
}
