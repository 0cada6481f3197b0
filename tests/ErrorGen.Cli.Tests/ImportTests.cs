using System;
using System.IO;
using System.Linq;
using ErrorGen.Cli;
using Xunit.Abstractions;

namespace ErrorGen.Cli.Tests;

/// <summary>
/// `errorgen import` on the five seed documents (copied under Seeds/), compared with the hand-written catalogs under
/// catalogs/: every code recovered, names and messages as the documents give them, and a catalog that checks clean.
/// </summary>
public sealed class ImportTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorgen-import-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public ImportTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_temp);
    }

    public static TheoryData<string, string> Seeds => new()
    {
        { "000_81e519d8ea572a22.txt", "task-market" },
        { "001_f7d36e048f1d3542.txt", "model-api.yaml" },
        { "002_904a2b28f5feef26.txt", "open-platform.yaml" },
        { "003_cde45f42f471d74c.txt", "api-portal.yaml" },
        { "004_4d95ac5c7e28a6ae.txt", "analytics-api.yaml" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_code_of_a_seed_document_is_recovered_into_a_catalog_that_checks_clean(string seed, string handWritten)
    {
        var imported = Path.Combine(_temp, Path.ChangeExtension(seed, ".yaml"));
        var output = new StringWriter();
        var error = new StringWriter();
        var source = Path.Combine(AppContext.BaseDirectory, "Seeds", seed);
        var exit = ErrorGenCli.Run(new[] { "import", source, "--name", "Imported", "-o", imported }, new Console(output, error, false));
        Assert.Equal(0, exit);
        Assert.Contains("0 row(s) could not be read", error.ToString());

        // As imported, the only errors are the document's own reused names and codes (api-portal names two codes
        // "Insufficient Balance"); with --resolve-duplicates the catalog checks clean.
        var errors = CatalogSet.Load(new[] { imported }).Diagnostics
            .Where(d => d.ToDiagnostic().Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id).ToList();
        Assert.All(errors, id => Assert.Contains(id, new[] { "EG0010", "EG0011" }));
        Assert.Equal(seed.StartsWith("003", StringComparison.Ordinal) ? 4 : 0, errors.Count);
        Assert.Equal(0, ErrorGenCli.Run(
            new[] { "import", source, "--name", "Imported", "-o", imported, "--resolve-duplicates" }, new Console(output, error, false)));
        var importedSet = CatalogSet.Load(new[] { imported });
        Assert.DoesNotContain(importedSet.Diagnostics, d => d.ToDiagnostic().Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var expected = CatalogSet.Load(new[] { Path.Combine(CliTests.Root, "catalogs", handWritten) }).Results.Single().Spec!;
        var actual = importedSet.Results.Single().Spec!;

        var expectedCodes = expected.Codes.Where(c => !c.IsSuccess).Select(c => c.Text).OrderBy(t => t).ToArray();
        var actualCodes = actual.Codes.Where(c => !c.IsSuccess).Select(c => c.Text).OrderBy(t => t).ToArray();
        _output.WriteLine($"{seed}: {actualCodes.Length} of {expectedCodes.Length} codes recovered");
        Assert.Equal(expectedCodes, actualCodes);
        Assert.Equal(expected.Codes.Any(c => c.IsSuccess && c.Text != "0") || seed.StartsWith("001"), actual.Codes.Any(c => c.IsSuccess));

        // Messages as the document words them (the hand-written catalogs keep them verbatim).
        foreach (var code in actual.Codes.Where(c => !c.IsSuccess))
        {
            Assert.Equal(expected.Codes.Single(c => c.Text == code.Text).Message, code.Message);
        }
    }

    [Fact]
    public void Flattened_cells_are_split_into_the_documented_names()
    {
        var output = new StringWriter();
        ErrorGenCli.Run(new[] { "import", Path.Combine(AppContext.BaseDirectory, "Seeds", "002_904a2b28f5feef26.txt") }, new Console(output, new StringWriter(), false));
        var yaml = output.ToString();
        foreach (var name in new[] { "API_KEY_MISSING", "TIMESTAMP_FORMAT_ERROR", "INVALID_REQUEST", "INTERFACE_NOT_FOUND", "NOT_ENOUGH_CREDIT" })
        {
            Assert.Contains($"name: \"{name}\"", yaml);
        }

        Assert.Contains("message: \"API key missing (no API Key parameter in the request)\"", yaml);
    }

    [Fact]
    public void Rows_that_look_like_codes_but_cannot_be_read_are_reported()
    {
        var document = Path.Combine(_temp, "broken.md");
        File.WriteAllText(document, "| Code | Description |\n|---|---|\n| 1001 | Fine |\n| 1002 |  |\n");
        var error = new StringWriter();
        var exit = ErrorGenCli.Run(new[] { "import", document }, new Console(new StringWriter(), error, false));
        Assert.Equal(1, exit);
        Assert.Contains("broken.md(4): could not read: | 1002 |  |", error.ToString());
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
