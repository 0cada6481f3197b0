using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ErrorGen.Cli;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Cli.Tests;

/// <summary>
/// Error lists pasted as they are, one code shape each: table → `errorgen import` → catalog → `check` reports the
/// source's own duplicate and reused name at their lines → the generated lookups find every row.
/// </summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorgen-roundtrip-" + Guid.NewGuid().ToString("N"));

    public ImportRoundTripTests() => Directory.CreateDirectory(_temp);

    /// <summary>Four distinct codes of a shape, and whether the catalog they make is of string codes.</summary>
    public static TheoryData<string, string[], bool> Shapes => new()
    {
        { "negative integers", new[] { "-1", "-1001", "42", "-7" }, false },
        { "leading zeros", new[] { "01000", "01001", "02000", "02001" }, true },
        { "UPPER_SNAKE", new[] { "ERR_AUTH_FAILED", "ERR_AUTH_EXPIRED", "ERR_QUOTA", "ERR_RATE" }, true },
        { "UpperCamel", new[] { "AuthFailed", "AuthExpired", "QuotaExceeded", "RateLimited" }, true },
        { "alphanumeric SQLSTATE", new[] { "22P02", "HV000", "0A000", "23505" }, true },
        { "lower snake", new[] { "card_declined", "card_expired", "insufficient_funds", "rate_limited" }, true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_row_is_imported_as_written_and_the_sources_duplicates_are_reported_by_check(string shape, string[] codes, bool isString)
    {
        // Row 4 repeats the first code; row 5 reuses the second row's name: the source list's own mistakes.
        var document = Path.Combine(_temp, "errors.md");
        File.WriteAllText(document, $"""
            # {shape}

            | Code | Name | Description |
            |------|------|-------------|
            | {codes[0]} | FirstProblem | The first problem. |
            | {codes[1]} | SecondProblem | The second problem, see {"{"}id{"}"}. |
            | {codes[2]} | ThirdProblem | The third problem. |
            | `{codes[0]}` | FirstAgain | The first problem, pasted twice. |
            | {codes[3]} | SecondProblem | A name used twice. |
            """);
        var catalog = Path.Combine(_temp, "errors.yaml");
        var (exit, error) = Import(document, "-o", catalog);
        Assert.True(exit == 0, error);
        Assert.Contains("5 code(s) read, 0 row(s) could not be read", error);

        var yaml = File.ReadAllText(catalog);
        Assert.Equal(isString, yaml.Contains("codeType: string"));
        foreach (var code in codes)
        {
            Assert.Contains(isString ? $"code: \"{code}\"" : $"code: {code}\n", yaml);
        }

        var diagnostics = CatalogSet.Load(new[] { catalog }).Diagnostics.Select(d => d.ToDiagnostic()).ToList();
        var duplicate = Assert.Single(diagnostics, d => d.Id == "EG0010" && d.GetMessage().Contains("'FirstAgain' here"));
        Assert.Equal(LineOf(yaml, "FirstAgain") - 1, duplicate.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains(diagnostics, d => d.Id == "EG0011" && d.GetMessage().Contains("'SecondProblem'"));

        // The first declaration of each keeps generating: every row not in a collision is found by the generated TryParse;
        // the row that reuses a name is left out until its name is fixed.
        var lookup = GeneratedLookup(yaml);
        foreach (var code in codes.Take(3))
        {
            Assert.True(lookup(code), $"{shape}: TryParse(\"{code}\") found nothing");
        }

        Assert.False(lookup(codes[3]));
        var renamed = GeneratedLookup(yaml.Replace("name: \"SecondProblem\"\n    message: \"A name", "name: \"FourthProblem\"\n    message: \"A name"));
        Assert.All(codes, code => Assert.True(renamed(code), $"{shape}: TryParse(\"{code}\") found nothing once the name is fixed"));

        Assert.False(lookup(isString ? "NOT_A_CODE" : "999999"));
    }

    [Fact]
    public void The_resolve_flag_changes_duplicates_only_when_asked_and_prints_each_change()
    {
        var document = Path.Combine(_temp, "errors.md");
        File.WriteAllText(document, "| Code | Name | Description |\n|---|---|---|\n| 1 | A | a |\n| 1 | B | b |\n| 2 | A | c |\n");
        var catalog = Path.Combine(_temp, "errors.yaml");
        var (exit, error) = Import(document, "-o", catalog, "--resolve-duplicates");
        Assert.Equal(0, exit);
        Assert.Contains("errors.md: changed: line 4: code 1 appears again; left out (commented)", error);
        Assert.Contains("errors.md: changed: line 5: name 'A' is used again; renamed to 'A_2'", error);
        Assert.DoesNotContain(CatalogSet.Load(new[] { catalog }).Diagnostics, d => d.ToDiagnostic().Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Rows_of_a_code_table_that_are_not_codes_are_listed_and_the_exit_code_says_so()
    {
        var document = Path.Combine(_temp, "errors.md");
        File.WriteAllText(document, "| Error code | Description |\n|---|---|\n| 1001 | Fine |\n| see below | not a code |\n| 1002 | Also fine |\n");
        var (exit, error) = Import(document, "-o", Path.Combine(_temp, "errors.yaml"));
        Assert.Equal(1, exit);
        Assert.Contains("2 code(s) read, 1 row(s) could not be read; wrote " + Path.Combine(_temp, "errors.yaml") + " (the unread rows are listed at its end)", error);
        Assert.Contains("errors.md(4): could not read: | see below | not a code |", error);
    }

    [Fact]
    public void A_document_without_a_code_table_fails_instead_of_writing_an_empty_catalog()
    {
        var document = Path.Combine(_temp, "notes.md");
        File.WriteAllText(document, "# Notes\n\nNothing tabular here.\n");
        var target = Path.Combine(_temp, "notes.yaml");
        var (exit, error) = Import(document, "-o", target);
        Assert.Equal(1, exit);
        Assert.Contains("no error-code table found", error);
        Assert.Contains("nothing written", error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_table_of_codes_and_condition_names_takes_the_name_as_the_message()
    {
        var document = Path.Combine(_temp, "sqlstate.md");
        File.WriteAllText(document, "| Error Code | Condition Name |\n|---|---|\n| 23505 | unique_violation |\n| 22P02 | invalid_text_representation |\n");
        var catalog = Path.Combine(_temp, "sqlstate.yaml");
        var (exit, error) = Import(document, "-o", catalog);
        Assert.True(exit == 0, error);
        var spec = CatalogSet.Load(new[] { catalog }).Results.Single().Spec!;
        Assert.Equal(new[] { "22P02", "23505" }, spec.Codes.Select(c => c.Text).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal("unique_violation", spec.Codes.Single(c => c.Text == "23505").Message);
    }

    private static (int Exit, string Error) Import(string document, params string[] options)
    {
        var error = new StringWriter();
        var exit = ErrorGenCli.Run(new[] { "import", document }.Concat(options).ToArray(), new Console(new StringWriter(), error, false));
        return (exit, error.ToString());
    }

    private static int LineOf(string text, string needle) => text.Substring(0, text.IndexOf(needle, StringComparison.Ordinal)).Count(c => c == '\n') + 1;

    /// <summary>Builds what the catalog generates and returns its <c>TryParse</c>, as a consumer would call it.</summary>
    private static Func<string, bool> GeneratedLookup(string yaml)
    {
        var driver = GeneratorDriverFactory.Create(GeneratorDriverFactory.Files(new[] { ("/catalogs/errors.yaml", yaml) }));
        driver.RunGeneratorsAndUpdateCompilation(GeneratorDriverFactory.Compilation("namespace Consumer { }"), out var output, out _);
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = new AssemblyLoadContext("import-round-trip", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        var errors = assembly.GetTypes().Single(t => t.Name == "ErrorsErrors");
        var tryParse = errors.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "TryParse" && m.GetParameters() is [{ ParameterType: var p }, _] && p == typeof(string));
        return code => (bool)tryParse.Invoke(null, new object?[] { code, null })!;
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
