using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Threading;
using ErrorGen.Emit;
using ErrorGen.Reading;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.Validation;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests.Untrusted;

/// <summary>Limits the compiler would hit first (the user-string heap) and release gates that must not switch off silently.</summary>
public class UntrustedLimitsTests
{
    private static string BigCatalog(int codes, int messageLength)
    {
        var yaml = new StringBuilder("catalog:\n  name: Big\n  namespace: Big.Errors\n  defaultHttpStatus: 400\n  typeBaseUri: https://errors.example.com/big#{code}\ncodes:\n");
        var message = new string('m', messageLength);
        for (var i = 1; i <= codes; i++)
        {
            yaml.Append($"  - code: {i}\n    name: Code{i}\n    title: Title {i}\n    message: \"{message} {i}\"\n    recommendation: Retry {i}.\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public void A_catalog_past_the_string_heap_budget_is_EG0053_at_its_name_not_CS8103()
    {
        // 1,500 messages of 6,000 characters: 18 MB of UTF-16, past the 16 MiB heap whatever the compiler shares.
        var yaml = BigCatalog(codes: 1_500, messageLength: 6_000);
        var run = Run(Catalog("big.yaml", yaml));
        var diagnostic = run.Single("EG0053");
        DiagnosticAssert.At(diagnostic, "/catalogs/big.yaml", (2, 9));
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_estimate_is_above_the_string_heap_the_generated_code_really_takes(bool aspNetCore)
    {
        var yaml = BigCatalog(codes: 150, messageLength: 300);
        var run = Run(aspNetCore, Catalog("big.yaml", yaml));
        Assert.Empty(run.CompilationDiagnostics);
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        image.Position = 0;
        using var pe = new PEReader(image);
        var actual = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);

        var file = CatalogFileReader.Read("/catalogs/big.yaml", yaml, CancellationToken.None);
        var input = CatalogGrouper.Group(new[] { file }.ToImmutableArray(), ImmutableArrayOfNone(), "Big").Single();
        var spec = CatalogValidator.Validate(input, CancellationToken.None).Spec!;
        var estimate = AssemblyLimits.EstimateStringHeapBytes(spec, withOpenApi: aspNetCore);

        Assert.True(estimate >= actual, $"estimated {estimate:N0} bytes, the assembly holds {actual:N0}");
        Assert.True(estimate <= actual * 3, $"estimated {estimate:N0} bytes for {actual:N0}: too generous to be useful");
    }

    private static System.Collections.Immutable.ImmutableArray<ErrorGen.Model.BaselineFile> ImmutableArrayOfNone()
        => System.Collections.Immutable.ImmutableArray<ErrorGen.Model.BaselineFile>.Empty;

    private const string Shop = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\ncodes:\n  - code: 40001\n    name: A\n    message: m\n";

    [Theory]
    [InlineData("catalog: shop\n40001 A 400\n", "but the catalog is named 'Shop'")]
    [InlineData("catalog: Shpo\n40001 A 400\n", "which no catalog of this project declares")]
    [InlineData("# released codes\n40001 A 400\n", "has no 'catalog: <name>' line")]
    public void A_baseline_that_binds_to_no_catalog_is_EG0051(string baseline, string reason)
    {
        var run = Run(GeneratorHarness.Catalog("shop.yaml", Shop), GeneratorHarness.Catalog("Shop.shipped.txt", baseline));
        var diagnostic = run.Single("EG0051");
        Assert.Equal("/catalogs/Shop.shipped.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void A_baseline_with_any_line_ending_still_guards_its_catalog(string newline)
    {
        var baseline = string.Join(newline, "catalog: Shop", "40001 A 400", "40002 Removed 400", string.Empty);
        var run = Run(GeneratorHarness.Catalog("shop.yaml", Shop), GeneratorHarness.Catalog("Shop.shipped.txt", baseline));
        var removed = run.Single("EG0031");
        Assert.Contains("40002", removed.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, removed.Location.GetLineSpan().StartLinePosition.Line);
    }
}
