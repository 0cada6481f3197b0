using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ErrorGen.Cli;

namespace ErrorGen.Cli.Tests;

/// <summary>`errorgen` end to end on the seed catalogs and on broken ones: exit codes and output.</summary>
public sealed class CliTests : IDisposable
{
    internal static readonly string Root = FindRoot();
    private static readonly string s_root = Root;
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorgen-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_temp);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string Catalogs => Path.Combine(s_root, "catalogs");

    [Fact]
    public void Check_passes_the_seed_catalogs_with_exit_code_0()
    {
        var (exit, output, error) = Run("check", Catalogs);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("7 catalog(s) in 12 file(s): 0 error(s), 0 warning(s)", error);
    }

    [Fact]
    public void Check_prints_msbuild_canonical_errors_and_exits_1()
    {
        var fixture = Path.Combine(s_root, "tests", "ErrorGen.Tests", "Fixtures", "api-portal-verbatim-ranges.yaml");
        var (exit, output, _) = Run("check", fixture);
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(new Regex(@"^.+\(\d+,\d+\): (error|warning|info) EG\d{4}: .+$"), l.TrimEnd('\r')));
        Assert.Contains(lines, l => l.StartsWith(fixture + "(35,13): error EG0012: Range 40101-40301 of module 'Gateway' overlaps", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_a_collision_across_the_files_of_a_split_catalog()
    {
        File.WriteAllText(Path.Combine(_temp, "auth.yaml"), "catalog: { name: Shop, defaultHttpStatus: 400 }\ncodes:\n  - { code: 40112, name: CaptchaExpired, message: m }\n");
        File.WriteAllText(Path.Combine(_temp, "payments.yaml"), "catalog: Shop\ncodes:\n  - { code: 40112, name: CardExpired, message: m }\n");
        var (exit, output, _) = Run("check", _temp);
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(_temp, "payments.yaml")}(3,13): error EG0010: Code 40112 is declared twice in catalog 'Shop'", output);
        Assert.Contains($"{Path.Combine(_temp, "auth.yaml")}(3,13)", output);
    }

    [Fact]
    public void Check_with_a_baseline_reports_only_the_entry_that_was_not_shipped()
    {
        File.WriteAllText(Path.Combine(_temp, "users.yaml"), "catalog: { name: Shop, defaultHttpStatus: 400 }\ncodes:\n  - { code: 40112, name: CaptchaExpired, message: m }\n");
        File.WriteAllText(Path.Combine(_temp, "a-payments.yaml"), "catalog: Shop\ncodes:\n  - { code: 40112, name: CardExpired, message: m }\n");
        File.WriteAllText(Path.Combine(_temp, "Shop.shipped.txt"), "catalog: Shop\n40112 CaptchaExpired 400\n");
        var (exit, output, _) = Run("check", _temp);
        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{Path.Combine(_temp, "a-payments.yaml")}(3,13): error EG0010:", line);
        Assert.Contains("the released one there keeps generating", line);
    }

    [Fact]
    public void Check_reports_prose_in_braces_string_ranges_and_lint_as_the_build_does()
    {
        File.WriteAllText(Path.Combine(_temp, "shop.yaml"), """
            catalog: { name: Shop, codeType: string, defaultHttpStatus: 400 }
            modules:
              - { name: Data, ranges: 22xxx }
              - { name: Integrity, ranges: 23xxx }
            codes:
              - { code: "22012", name: division_by_zero, module: Integrity, message: "Example: {\n  \"a\": 1\n}" }
              - { code: "23505", name: "unique_violation,", module: Integrity, message: m }
            """);
        var (exit, output, _) = Run("check", _temp);
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = Path.Combine(_temp, "shop.yaml");
        Assert.Contains(lines, l => l.StartsWith($"{file}(6,13): error EG0013:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}(6,74): error EG0071:", StringComparison.Ordinal) && l.Contains("\\u000A"));
        Assert.Contains(lines, l => l.StartsWith($"{file}(7,28): warning EG0067:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_catalogs_that_would_generate_the_same_type_as_the_build_does()
    {
        File.WriteAllText(Path.Combine(_temp, "a.yaml"), "catalog: { name: Shop, namespace: Same, defaultHttpStatus: 400 }\ncodes:\n  - { code: 1, name: A, message: m }\n");
        File.WriteAllText(Path.Combine(_temp, "b.yaml"), "catalog: { name: shop, namespace: Same, defaultHttpStatus: 400 }\ncodes:\n  - { code: 2, name: B, message: m }\n");
        var (exit, output, _) = Run("check", _temp);
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(_temp, "b.yaml")}(1,18): error EG0050: Catalog 'shop' would generate type 'ShopCode'", output);
    }

    [Fact]
    public void Check_reports_code_space_collisions_across_the_projects_given_and_passes_once_fixed()
    {
        var contracts = Directory.CreateDirectory(Path.Combine(_temp, "Contracts", "errors")).FullName;
        var webB = Directory.CreateDirectory(Path.Combine(_temp, "WebB", "errors")).FullName;
        var webC = Directory.CreateDirectory(Path.Combine(_temp, "WebC", "errors")).FullName;
        foreach (var project in new[] { "Contracts", "WebB", "WebC" })
        {
            File.WriteAllText(Path.Combine(_temp, project, project + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        }

        const string Orders = "catalog: { name: Orders, namespace: C, defaultHttpStatus: 400, codeSpace: acme }\ncodes:\n  - { code: 40401, name: A, message: m }\n";
        File.WriteAllText(Path.Combine(contracts, "orders.yaml"), Orders);
        File.WriteAllText(Path.Combine(webB, "payments.yaml"), Orders.Replace("Orders", "Payments").Replace("namespace: C", "namespace: B"));
        File.WriteAllText(Path.Combine(webC, "search.yaml"), Orders.Replace("Orders", "Search").Replace("namespace: C", "namespace: S").Replace("acme", "other"));
        var projects = new[] { Path.Combine(_temp, "Contracts"), Path.Combine(_temp, "WebB"), Path.Combine(_temp, "WebC") };

        var (exit, output, _) = Run(new[] { "check" }.Concat(projects).ToArray());

        Assert.Equal(1, exit);
        Assert.Contains(
            $"{Path.Combine(contracts, "orders.yaml")}(3,13): error EG0057: Code 40401 of catalog 'Orders' (Contracts) is also a code of catalog 'Payments' (WebB)",
            output);
        Assert.DoesNotContain("'Search'", output);

        File.WriteAllText(Path.Combine(webB, "payments.yaml"), Orders.Replace("Orders", "Payments").Replace("namespace: C", "namespace: B").Replace("40401", "40402"));
        Assert.Equal(0, Run(new[] { "check" }.Concat(projects).ToArray()).Exit);
    }

    [Fact]
    public void Check_writes_json_for_machines()
    {
        File.WriteAllText(Path.Combine(_temp, "shop.yaml"), "catalog: { name: Shop }\ncodes:\n  - { code: 7, name: A, message: m }\n");
        var (exit, output, _) = Run("check", _temp, "--format", "json");
        Assert.Equal(0, exit);
        var diagnostic = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("EG0016", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(13, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("https://github.com/errorgen/errorgen/blob/main/docs/diagnostics/EG0016.md", diagnostic.GetProperty("helpLink").GetString());
    }

    [Fact]
    public void Check_exits_2_for_a_missing_path_and_on_bad_arguments()
    {
        Assert.Equal(2, Run("check", Path.Combine(_temp, "nope.yaml")).Exit);
        Assert.NotEqual(0, Run("check", _temp, "--format", "xml").Exit);
        Assert.NotEqual(0, Run("check").Exit);
    }

    [Fact]
    public void Docs_exits_2_with_a_message_for_a_missing_path_and_writes_nothing()
    {
        var output = Path.Combine(_temp, "pages");
        var (exit, _, error) = Run("docs", Path.Combine(_temp, "nope.yaml"), "-o", output);
        Assert.Equal(2, exit);
        Assert.Contains("errorgen: No such file or folder", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Docs_writes_a_page_per_catalog_with_module_tables_and_stable_anchors()
    {
        var (exit, _, _) = Run("docs", Catalogs, "-o", _temp);
        Assert.Equal(0, exit);
        var index = File.ReadAllText(Path.Combine(_temp, "README.md"));
        Assert.Contains("| [ApiPortal](ApiPortal.md) | 44 |", index);
        var page = File.ReadAllText(Path.Combine(_temp, "ApiPortal.md"));
        Assert.Contains("## <a id=\"module-auth\"></a>Auth", page);
        Assert.Contains("| <a id=\"40005\"></a>`40005` | PasswordTooShort | 400 | Password length is below minimum requirement. | Use at least 6 characters. | no |", page);
        Assert.Contains("Success: code `200`", page);
        Assert.Equal(44, page.Split('\n').Count(l => l.StartsWith("| <a id=", StringComparison.Ordinal)));
        Assert.Contains("(deprecated, use CardDeclined)", File.ReadAllText(Path.Combine(_temp, "CardPayments.md")));
    }

    [Fact]
    public void Schema_prints_the_published_schema()
    {
        var (exit, output, _) = Run("schema");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(Catalogs, "errorgen.schema.json")), output);
        Assert.Equal("object", JsonDocument.Parse(output).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void The_built_tool_runs_as_a_process_with_the_same_exit_codes()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ErrorGen.Cli.dll");
        var fixture = Path.Combine(s_root, "tests", "ErrorGen.Tests", "Fixtures", "api-portal-verbatim-ranges.yaml");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" check \"{fixture}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("error EG0012", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void The_built_tool_calls_itself_errorgen_and_tells_its_version()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ErrorGen.Cli.dll");
        static string RunTool(string dll, string arguments)
        {
            var start = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }

        Assert.Contains("Usage:\n  errorgen [command] [options]", RunTool(dll, "--help").Replace("\r\n", "\n"));
        Assert.Matches(@"^0\.1\.0\+[0-9a-f]{7,40}\s*$", RunTool(dll, "--version"));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErrorGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ErrorGen.sln not found");
    }
}
