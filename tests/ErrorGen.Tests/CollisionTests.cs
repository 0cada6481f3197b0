using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>
/// A pull request adds, in a second file, a code that already exists: the reviewer sees one error at the new entry,
/// the released member keeps generating, and nothing else breaks (no baseline or compiler knock-on).
/// </summary>
public class CollisionTests
{
    // The shipped code lives in a file that sorts after the pull request's file, so file order alone would pick the new entry.
    private const string Shipped = """
        catalog:
          name: Shop
          namespace: Shop.Errors
          defaultHttpStatus: 400
        codes:
          - code: 40112
            name: EmailTaken
            message: The email is taken.
            httpStatus: 409
        """;

    private const string Added = """
        catalog: Shop
        codes:
          - code: 40112
            name: CardExpired
            message: The card expired.
            httpStatus: 402
        """;

    private const string Baseline = "catalog: Shop\n40112 EmailTaken 409\n";

    [Fact]
    public void With_a_baseline_the_new_entry_is_the_one_in_error_and_the_shipped_member_keeps_generating()
    {
        var run = Run(Catalog("a-payments.yaml", Added), Catalog("z-users.yaml", Shipped), Catalog("Shop.shipped.txt", Baseline));

        var collision = Assert.Single(run.Diagnostics);
        Assert.Equal("EG0010", collision.Id);
        DiagnosticAssert.At(collision, "/catalogs/a-payments.yaml", YamlPosition.Of(Added, "40112"));
        var message = collision.GetMessage();
        Assert.Contains("as 'CardExpired' here and as 'EmailTaken' at /catalogs/z-users.yaml(6,11)", message);
        Assert.Contains("HTTP status 402 here, 409 there", message);
        Assert.Contains("message \"The card expired.\" here, \"The email is taken.\" there", message);
        Assert.Contains("the released one there keeps generating", message);
        Assert.Contains("EmailTaken = 40112", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
        Assert.DoesNotContain("CardExpired", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
    }

    [Fact]
    public void Without_a_baseline_both_entries_are_reported_and_the_earlier_file_keeps_generating()
    {
        var run = Run(Catalog("a-payments.yaml", Added), Catalog("z-users.yaml", Shipped));

        var collisions = run.Diagnostics.Where(d => d.Id == "EG0010").ToList();
        Assert.Equal(2, collisions.Count);
        Assert.Equal(2, run.Diagnostics.Length);
        var atAdded = collisions.Single(d => d.Location.GetLineSpan().Path == "/catalogs/a-payments.yaml");
        var atShipped = collisions.Single(d => d.Location.GetLineSpan().Path == "/catalogs/z-users.yaml");
        DiagnosticAssert.At(atShipped, "/catalogs/z-users.yaml", YamlPosition.Of(Shipped, "40112"));
        Assert.Contains("this entry keeps generating", atAdded.GetMessage());
        Assert.Contains("this entry is left out", atShipped.GetMessage());
        Assert.Equal("/catalogs/z-users.yaml", atAdded.AdditionalLocations.Single().GetLineSpan().Path);
        Assert.Contains("CardExpired = 40112", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
    }

    [Fact]
    public void A_new_entry_reusing_a_shipped_name_is_refused_at_its_name_and_the_shipped_code_keeps_it()
    {
        var added = Added.Replace("40112", "40250").Replace("CardExpired", "EmailTaken");
        var run = Run(Catalog("a-payments.yaml", added), Catalog("z-users.yaml", Shipped), Catalog("Shop.shipped.txt", Baseline));

        var reuse = Assert.Single(run.Diagnostics);
        Assert.Equal("EG0011", reuse.Id);
        DiagnosticAssert.At(reuse, "/catalogs/a-payments.yaml", YamlPosition.Of(added, "EmailTaken"));
        Assert.Contains("EmailTaken = 40112", run.Sources["Shop.Errors.Shop.Code.g.cs"]);
    }

    [Fact]
    public void An_entry_pasted_twice_is_one_collision_not_a_collision_and_a_reused_name()
    {
        var yaml = Shipped + "\n  - code: 40112\n    name: EmailTaken\n    message: The email is taken.\n    httpStatus: 409\n";
        var run = Run(Catalog("shop.yaml", yaml));
        Assert.All(run.Diagnostics, d => Assert.Equal("EG0010", d.Id));
        Assert.DoesNotContain("differ", run.Diagnostics[0].GetMessage());
        Assert.DoesNotContain(" here, ", run.Diagnostics[0].GetMessage());
    }

    [Fact]
    public void Every_independent_problem_of_a_colliding_entry_is_reported_in_the_same_build()
    {
        // A duplicate code that also reuses another code's name, in a module it does not know, with a broken template.
        var yaml = Shipped + """

              - code: 40113
                name: CardDeclined
                message: m
              - code: 40112
                name: CardDeclined
                module: Nowhere
                message: "Bad {unclosed"
            """;
        var ids = Run(Catalog("shop.yaml", yaml)).Diagnostics.Select(d => d.Id).ToHashSet();
        Assert.Superset(new[] { "EG0010", "EG0011", "EG0015", "EG0026" }.ToHashSet(), ids);
    }

    [Fact]
    public void An_entry_with_a_bad_name_and_a_bad_template_gets_both_diagnostics()
    {
        var yaml = Shipped + "\n  - code: 40113\n    name: ShopCode\n    message: \"{oops\"\n";
        var ids = Run(Catalog("shop.yaml", yaml)).Diagnostics.Select(d => d.Id).ToList();
        Assert.Contains("EG0026", ids);
        Assert.Contains("EG0008", ids);
    }
}
