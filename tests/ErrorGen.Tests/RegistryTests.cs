using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>
/// An organisation's registry (an <c>ErrorCodeRegistry</c> item) allocates blocks of a code space to catalogs: the build
/// fails when a catalog leaves its blocks, is not in the registry, or when two blocks overlap.
/// </summary>
public class RegistryTests
{
    private const string AcmeRegistry = """
        codeSpace: acme-public
        description: Codes clients of the Acme public API see.
        blocks:
          - range: 40000-40999
            owner: Orders
            note: orders team
          - range: 41000-41999
            owner: Payments
          - range: 49000-49999
            reserved: true
            note: platform, not yet handed out
          - prefix: "ORD-"
            owner: OrderNames
        """;

    private const string Orders = """
        catalog: { name: Orders, namespace: Contracts.Errors, defaultHttpStatus: 400, codeSpace: acme-public }
        modules:
          - { name: Lookup, ranges: 40400-40499 }
        codes:
          - { code: 40401, name: OrderNotFound, module: Lookup, httpStatus: 404, message: Order not found. }
        """;

    [Fact]
    public void A_catalog_inside_its_blocks_builds_cleanly()
    {
        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", AcmeRegistry), GeneratorHarness.Catalog("orders.yaml", Orders));

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void A_code_outside_the_owners_blocks_fails_at_the_code_and_names_the_block_it_fell_into()
    {
        var yaml = Orders + "\n  - { code: 41001, name: CardDeclined, httpStatus: 402, message: Declined. }\n";

        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", AcmeRegistry), GeneratorHarness.Catalog("orders.yaml", yaml));

        var outside = run.Single("EG0063");
        Assert.Equal(DiagnosticSeverity.Error, outside.Severity);
        Assert.Equal(
            "Code 41001 of catalog 'Orders' is outside the blocks the registry of code space 'acme-public' gives it (40000-40999); "
                + "it lies in block 41000-41999 (owner 'Payments')",
            outside.GetMessage());
        DiagnosticAssert.At(outside, "/catalogs/orders.yaml", YamlPosition.Of(yaml, "41001"));
    }

    [Fact]
    public void A_code_in_a_reserved_block_or_in_no_block_fails()
    {
        var yaml = Orders
            + "\n  - { code: 49001, name: Reserved, httpStatus: 400, message: Reserved. }"
            + "\n  - { code: 70001, name: Nowhere, httpStatus: 400, message: Nowhere. }\n";

        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", AcmeRegistry), GeneratorHarness.Catalog("orders.yaml", yaml));

        var messages = run.Diagnostics.Where(d => d.Id == "EG0063").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("Code 49001") && m.EndsWith("it lies in block 49000-49999 (reserved)"));
        Assert.Contains(messages, m => m.StartsWith("Code 70001") && m.EndsWith("no block holds it"));
    }

    [Fact]
    public void A_module_range_reaching_beyond_the_owners_blocks_fails_at_the_range()
    {
        var yaml = Orders.Replace("40400-40499", "40900-41099");

        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", AcmeRegistry), GeneratorHarness.Catalog("orders.yaml", yaml));

        var range = run.Single("EG0065");
        Assert.StartsWith("Range 40900-41099 of module 'Lookup' in catalog 'Orders' reaches beyond", range.GetMessage());
        DiagnosticAssert.At(range, "/catalogs/orders.yaml", YamlPosition.Of(yaml, "40900-41099"));
    }

    [Fact]
    public void A_catalog_of_the_code_space_that_the_registry_does_not_name_fails_at_its_code_space()
    {
        var yaml = Orders.Replace("name: Orders", "name: Shipping");

        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", AcmeRegistry), GeneratorHarness.Catalog("shipping.yaml", yaml));

        var missing = run.Single("EG0064");
        Assert.Equal(
            "Catalog 'Shipping' is in code space 'acme-public', but the registry (acme.registry.yaml) gives it no block: ask for one "
                + "and add it there as 'owner: Shipping'",
            missing.GetMessage());
        DiagnosticAssert.At(missing, "/catalogs/shipping.yaml", YamlPosition.Of(yaml, "acme-public"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "EG0063");
    }

    [Fact]
    public void Overlapping_blocks_fail_at_the_later_block_in_the_registry()
    {
        var registry = AcmeRegistry + "\n  - range: 40500-40599\n    owner: Payments\n  - prefix: \"ORD-X\"\n    reserved: true\n";

        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", registry), GeneratorHarness.Catalog("orders.yaml", Orders));

        var overlaps = run.Diagnostics.Where(d => d.Id == "EG0062").ToList();
        Assert.Equal(2, overlaps.Count);
        Assert.Equal(
            "Block 40500-40599 (owner 'Payments') overlaps block 40000-40999 (owner 'Orders') in the registry of code space "
                + "'acme-public': a code may belong to one block only",
            overlaps[0].GetMessage());
        DiagnosticAssert.At(overlaps[0], "/catalogs/acme.registry.yaml", YamlPosition.Of(registry, "40500-40599"));
        Assert.StartsWith("Block ORD-X* (reserved) overlaps block ORD-* (owner 'OrderNames')", overlaps[1].GetMessage());
    }

    [Fact]
    public void Catalogs_of_another_code_space_or_none_are_not_checked()
    {
        var run = GeneratorHarness.Run(
            RegistryFile("acme.registry.yaml", AcmeRegistry),
            GeneratorHarness.Catalog("orders.yaml", Orders.Replace("name: Orders", "name: Internal").Replace("acme-public", "acme-internal")),
            GeneratorHarness.Catalog("plain.yaml", Orders.Replace("name: Orders", "name: Plain").Replace(", codeSpace: acme-public", "")
                .Replace("Contracts.Errors", "Plain.Errors")));

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9, prefix: A, owner: X }\n", "EG0061", "either 'range' (integer codes) or 'prefix'")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9, owner: X, reserved: true }\n", "EG0061", "either an 'owner'")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 9-1, owner: X }\n", "EG0008", "the range ends before it starts")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9, owner: X, colour: red }\n", "EG0002", "colour")]
    [InlineData("blocks: []\n", "EG0004", "codeSpace")]
    [InlineData("codeSpace: [acme\n", "EG0001", "")]
    public void A_bad_registry_is_a_located_diagnostic_and_the_catalog_still_generates(string registry, string id, string expected)
    {
        var run = GeneratorHarness.Run(RegistryFile("acme.registry.yaml", registry), GeneratorHarness.Catalog("orders.yaml", Orders));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        Assert.Contains(expected, diagnostic.GetMessage());
        Assert.Equal("/catalogs/acme.registry.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(run.Sources.Keys, k => k.Contains("Orders"));
    }

    private static (string Path, string Text) RegistryFile(string name, string yaml) => GeneratorHarness.Catalog(name, yaml);
}
