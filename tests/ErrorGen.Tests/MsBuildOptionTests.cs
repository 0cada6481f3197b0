using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Tests.Infrastructure;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>The MSBuild properties ErrorGen.props makes visible to the generator.</summary>
public class MsBuildOptionTests
{
    private static IReadOnlyDictionary<string, string> Generate(Dictionary<string, string> globalOptions)
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/catalogs/shop.yaml", "catalog: { name: Shop, defaultHttpStatus: 400 }\ncodes:\n  - { code: 1, name: A, message: m }\n"));
        var driver = GeneratorHarness.CreateDriver(files, globalOptions: globalOptions).RunGenerators(GeneratorHarness.CreateCompilation());
        return driver.GetRunResult().GeneratedTrees.ToDictionary(t => System.IO.Path.GetFileName(t.FilePath), t => t.GetText().ToString());
    }

    [Fact]
    public void A_catalog_without_a_namespace_uses_ErrorGenNamespace_then_RootNamespace()
    {
        Assert.Contains("Acme.Errors.Shop.Code.g.cs", Generate(new() { ["build_property.RootNamespace"] = "Acme.Web", ["build_property.ErrorGenNamespace"] = "Acme.Errors" }).Keys);
        Assert.Contains("Acme.Web.Shop.Code.g.cs", Generate(new() { ["build_property.RootNamespace"] = "Acme.Web" }).Keys);
        Assert.Contains("ErrorCatalogs.Shop.Code.g.cs", Generate(new()).Keys);
    }
}
