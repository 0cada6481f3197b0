using System.Linq;
using ErrorGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Tests;

/// <summary>The generator never throws: every bad input ends in located EG diagnostics, and valid catalogs beside it still generate.</summary>
public class BadInputTests
{
    private const string ValidNeighbour = "catalog:\n  name: Fine\n  namespace: Fine.Errors\n  defaultHttpStatus: 400\ncodes:\n  - { code: 1, name: Ok, message: m }\n";

    public static TheoryData<string, string> Inputs => new()
    {
        { "empty file", string.Empty },
        { "only a comment", "# nothing here\n" },
        { "a scalar root", "just text" },
        { "a list root", "- 1\n- 2\n" },
        { "tab indentation", "catalog:\n\tname: Shop\n" },
        { "unterminated quote", "catalog:\n  name: \"Shop\n" },
        { "binary garbage", "\u0001\u0002\u0003\u0000\uFFFE" },
        { "codes is a mapping", "catalog: { name: Shop }\ncodes: { a: 1 }\n" },
        { "code entry is a scalar", "catalog: { name: Shop }\ncodes:\n  - 40001\n" },
        { "huge number", "catalog: { name: Shop }\ncodes:\n  - { code: 999999999999999999999999, name: A, message: m }\n" },
        { "mapping as key", "catalog: { name: Shop }\n? { a: 1 }\n: 2\n" },
        { "two documents", "catalog: { name: Shop }\n---\ncatalog: { name: Other }\n" },
        { "billion laughs", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ncatalog: { name: Shop }\n" },
        { "empty range after a comma (found by FuzzTests)", "catalog: { name: Shop }\nmodules:\n  - { name: Auth, ranges: \"40001, \" }\n" },
        { "invalid catalog name", "catalog: { name: \"!!!\" }\n" },
        { "invalid namespace", "catalog: { name: Shop, namespace: \"1.class\" }\n" },
        { "parameters with a bad type", "catalog: { name: Shop, defaultHttpStatus: 400 }\ncodes:\n  - { code: 1, name: A, message: \"{x}\", parameters: { x: widget } }\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Bad_input_becomes_located_diagnostics_and_the_rest_still_generates(string description, string yaml)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("bad.yaml", yaml), GeneratorHarness.Catalog("fine.yaml", ValidNeighbour));

        var mine = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == "/catalogs/bad.yaml").ToList();
        Assert.True(mine.Count > 0, $"{description}: no diagnostic");
        Assert.All(mine, d => Assert.StartsWith("EG0", d.Id));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "EG0099");
        Assert.Contains("Fine.Errors.Fine.Code.g.cs", run.Sources.Keys);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Bug_yamldotnet_scanner_throwing_InvalidOperationException_is_a_located_EG0001()
    {
        // Found by FuzzTests: YamlDotNet's scanner throws InvalidOperationException, not YamlException, on this input.
        var yaml = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.TestProject, "Fixtures", "bug-yamldotnet-scanner-invalid-operation.yaml"));
        var run = GeneratorHarness.Run(GeneratorHarness.Catalog("bug.yaml", yaml));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "EG0099");
        var malformed = Assert.Single(run.Diagnostics, d => d.Id == "EG0001" && d.Location.GetLineSpan().Path == "/catalogs/bug.yaml");
        Assert.Contains("look for an unclosed '[', '{' or quote", malformed.GetMessage());
        Assert.DoesNotContain("current state of the object", malformed.GetMessage());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_at_once_with_a_clear_diagnostic()
    {
        var huge = "catalog: { name: Huge }\n#" + new string('x', ErrorGen.Reading.YamlSyntaxReader.MaxFileLength);
        var diagnostic = GeneratorHarness.Run(GeneratorHarness.Catalog("huge.yaml", huge)).Single("EG0007");
        Assert.Contains("the limit is", diagnostic.GetMessage());
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_report_the_same_positions()
    {
        var yaml = "\uFEFFcatalog:\r\n  name: Shop\r\n  namespace: Shop.Errors\r\n  defaultHttpStatus: 400\r\ncodes:\r\n  - code: 1\r\n    name: A\r\n    message: m\r\n    colour: red\r\n";
        var diagnostic = GeneratorHarness.Run(GeneratorHarness.Catalog("crlf.yaml", yaml)).Single("EG0002");
        DiagnosticAssert.At(diagnostic, "/catalogs/crlf.yaml", (9, 5));
    }
}
