using System.Linq;
using ErrorGen.Tests.Infrastructure;
using static ErrorGen.Tests.Infrastructure.GeneratorHarness;

namespace ErrorGen.Tests;

/// <summary>
/// Messages as real error lists write them: prose with braces is told apart from a missing parameter, plain text
/// and printf templates can be declared, and every mistake is one located line.
/// </summary>
public class MessageFormatDiagnosticTests
{
    private const string Header = "catalog:\n  name: Shop\n  namespace: Shop.Errors\n  defaultHttpStatus: 400\n";

    private static GeneratorRun RunOne(string yaml) => Run(Catalog("shop.yaml", yaml));

    private static string Code(string message, string extra = "") => $"codes:\n  - code: 1\n    name: A\n    message: {message}\n{extra}";

    [Theory]
    [InlineData("'Send {\"id\": 1} to us.'", "{\"id\": 1}")]
    [InlineData("'Must match ^[a-f0-9]{32}$.'", "{32}")]
    [InlineData("'Write {name A+} here.'", "{name A+}")]
    public void EG0071_prose_in_braces_suggests_literal_braces_or_plain_text(string message, string shown)
    {
        var yaml = Header + Code(message);
        var diagnostic = RunOne(yaml).Single("EG0071");
        DiagnosticAssert.At(diagnostic, "/catalogs/shop.yaml", YamlPosition.Of(yaml, message));
        Assert.Contains($"has '{shown}', which is not a placeholder name", diagnostic.GetMessage());
        Assert.Contains("write '{{' and '}}' for literal braces, or set 'messageFormat: plain'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_placeholder_spanning_lines_is_reported_on_one_line()
    {
        var yaml = Header + Code("\"Example: {\\n  \\\"id\\\": 1\\n}\"");
        var message = RunOne(yaml).Single("EG0071").GetMessage();
        Assert.DoesNotContain('\n', message);
        Assert.Contains("\\u000A", message);
    }

    [Fact]
    public void EG0020_still_names_a_missing_parameter_that_reads_as_a_name()
        => Assert.Contains("placeholder '{minLength}'", RunOne(Header + Code("At least {minLength}.")).Single("EG0020").GetMessage());

    [Theory]
    [InlineData("  messageFormat: plain\n", "")]
    [InlineData("", "    messageFormat: plain\n")]
    public void Plain_messages_in_the_catalog_or_on_one_code_take_braces_as_text(string catalogFormat, string codeFormat)
    {
        var run = RunOne(Header + catalogFormat + Code("'Send {\"id\": 1}, match {32}, 100%.'", codeFormat));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Printf_conversions_derive_typed_parameters_and_report_what_they_cannot_honour()
    {
        var yaml = Header + "  messageFormat: printf\n" + """
            codes:
              - { code: 1, name: NotFound, message: "File %s not found (errno %d)." }
              - { code: 2, name: Ratio, message: "Ratio %5.2f." }
              - { code: 3, name: Hex, message: "Address %x." }
              - { code: 4, name: Mixed, message: "%1$s and %s." }
              - { code: 5, name: TooFew, message: "%s %s %s", parameters: { a: string, b: string } }
              - { code: 6, name: Stray, message: "100% sure." }
            """;
        var run = RunOne(yaml);
        Assert.Contains("public static string FormatNotFound(string? arg1, int arg2)", run.Sources["Shop.Errors.Shop.Errors.g.cs"]);
        Assert.Contains("'%5.2f'", DiagnosticAssert.SingleAt(run, "EG0072", "/catalogs/shop.yaml", YamlPosition.Of(yaml, "\"Ratio %5.2f.\"")).GetMessage());
        var malformed = run.Diagnostics.Where(d => d.Id == "EG0026").Select(d => d.GetMessage()).ToList();
        Assert.Contains(malformed, m => m.Contains("'%x' at position 9 is not supported"));
        Assert.Contains(malformed, m => m.Contains("mixes positional (%1$s) and sequential (%s) conversions"));
        Assert.Contains(malformed, m => m.Contains("takes argument 3, but the code declares 2 parameter(s)"));
        Assert.Contains(malformed, m => m.Contains("'%' at position 4 starts no conversion (write '%%'"));
        Assert.Equal(4, malformed.Count);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_translation_of_a_printf_code_must_use_the_same_arguments()
    {
        var catalog = Header + "  messageFormat: printf\n  locales: [en, fr]\ncodes:\n  - { code: 1, name: NotFound, message: \"File %s not found.\" }\n";
        var french = "catalog: Shop\nlocale: fr\ntranslations:\n  - { code: 1, message: \"Fichier %s introuvable (%d).\" }\n";
        var run = Run(Catalog("shop.yaml", catalog), Catalog("shop.fr.yaml", french));
        DiagnosticAssert.At(run.Single("EG0043"), "/catalogs/shop.fr.yaml", YamlPosition.Of(french, "\"Fichier"));
    }
}
