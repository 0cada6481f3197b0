using System;
using System.IO;
using System.Linq;

namespace ErrorGen.Cli.Tests;

/// <summary>
/// `errorgen check --registry` and `errorgen docs --registry` over the catalogs of three projects found by globs, as an
/// organisation's CI job runs them.
/// </summary>
public sealed class RegistryCliTests : IDisposable
{
    private const string Registry = """
        codeSpace: acme
        blocks:
          - range: 40000-40999
            owner: Orders
            note: orders team
          - range: 41000-41999
            owner: Payments
          - range: 42000-42099
            reserved: true
        """;

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorgen-registry-" + Guid.NewGuid().ToString("N"));

    public RegistryCliTests()
    {
        foreach (var (project, catalog) in new[] { ("Contracts", Catalog("Orders", 40401)), ("WebB", Catalog("Payments", 41001)), ("WebC", Catalog("Search", 40999)) })
        {
            Directory.CreateDirectory(Path.Combine(_temp, "repos", project, "errors"));
            File.WriteAllText(Path.Combine(_temp, "repos", project, project + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            File.WriteAllText(Path.Combine(_temp, "repos", project, "errors", project.ToLowerInvariant() + ".yaml"), catalog);
        }

        Directory.CreateDirectory(Path.Combine(_temp, "registry"));
        File.WriteAllText(RegistryPath, Registry);
    }

    private string RegistryPath => Path.Combine(_temp, "registry", "acme.registry.yaml");

    private string Glob => Path.Combine(_temp, "repos", "*", "errors", "**", "*.yaml");

    [Fact]
    public void Check_reports_every_violation_in_canonical_form_and_passes_once_fixed()
    {
        var payments = Path.Combine(_temp, "repos", "WebB", "errors", "webb.yaml");
        File.WriteAllText(payments, Catalog("Payments", 41001) + "  - { code: 42001, name: Taken, message: m }\n");
        File.AppendAllText(RegistryPath, "\n  - range: 41900-42000\n    owner: Orders\n");

        var (exit, output, error) = Run("check", "--registry", RegistryPath, Glob);

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(
            $"{Path.Combine(_temp, "repos", "WebC", "errors", "webc.yaml")}(1,{Catalog("Search", 0).IndexOf("acme", StringComparison.Ordinal) + 1}): error EG0064: Catalog 'Search' is in code space 'acme', "
                + "but the registry (acme.registry.yaml) gives it no block: ask for one and add it there as 'owner: Search'",
            lines);
        Assert.Contains(
            $"{payments}(4,13): error EG0063: Code 42001 of catalog 'Payments' is outside the blocks the registry of code space 'acme' gives it "
                + "(41000-41999); it lies in block 42000-42099 (reserved)",
            lines);
        Assert.Contains(lines, l => l.StartsWith($"{RegistryPath}(10,12): error EG0062: Block 41900-42000 (owner 'Orders') overlaps block 41000-41999"));
        Assert.Equal(4, lines.Length); // the overlap also reaches the reserved block: 2 × EG0062, EG0063, EG0064
        Assert.Contains("3 catalog(s) in 3 file(s) against 1 registry: 4 error(s)", error);

        File.WriteAllText(payments, Catalog("Payments", 41001));
        File.WriteAllText(RegistryPath, Registry + "\n  - range: 43000-43999\n    owner: Search\n");
        File.WriteAllText(Path.Combine(_temp, "repos", "WebC", "errors", "webc.yaml"), Catalog("Search", 43001));
        var fixedRun = Run("check", "--registry", RegistryPath, Glob);
        Assert.True(fixedRun.Exit == 0, fixedRun.Out + fixedRun.Err);
    }

    [Fact]
    public void Docs_writes_the_allocation_table_with_codes_used_and_free_per_block()
    {
        var output = Path.Combine(_temp, "docs");

        var (exit, _, error) = Run("docs", "--registry", RegistryPath, "-o", output, Glob);

        Assert.Equal(1, exit); // Search has no block: documented, and the exit code says so
        var table = File.ReadAllText(Path.Combine(output, "allocation-acme.md"));
        Assert.Contains("| `40000-40999` | Orders | orders team | 2 | 998 |", table); // 40401, and Search's 40999
        Assert.Contains("| `41000-41999` | Payments |  | 1 | 999 |", table);
        Assert.Contains("| `42000-42099` | *reserved* |  | 0 | 100 |", table);
        Assert.Contains("Catalogs of the code space without a block: Search.", table);
        Assert.Contains("[allocation-acme.md](allocation-acme.md)", File.ReadAllText(Path.Combine(output, "README.md")));
        Assert.Contains("allocation-acme.md", error);
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_usage_error_not_a_silent_pass()
    {
        var (exit, _, error) = Run("check", "--registry", RegistryPath, Path.Combine(_temp, "nowhere", "**", "*.yaml"));

        Assert.Equal(2, exit);
        Assert.Contains("No file matches", error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Catalog(string name, int code)
        => $"catalog: {{ name: {name}, namespace: {name}.Errors, defaultHttpStatus: 400, codeSpace: acme }}\ncodes:\n  - {{ code: {code}, name: A, message: m }}\n";

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);
}
