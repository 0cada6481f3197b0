using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Sample.Tests.Published;

/// <summary>
/// The catalogs as a front end gets them: <c>errorgen export</c> writes a TypeScript module per shipped catalog, the
/// modules, the README's front-end snippet and a reader script compile with <c>tsc --strict</c> (typescript from npm, pinned in TypeScript/package.json),
/// and node reads every error the running trimmed sample answers on 127.0.0.1 with them: each seed's envelope or
/// problem+json becomes the typed error of its catalog.
/// </summary>
public sealed partial class TrimmedPublishTests
{
    [Fact]
    public void The_exported_TypeScript_compiles_strictly_and_reads_every_seeds_errors_from_the_running_sample()
    {
        var work = Path.Combine(Path.GetTempPath(), "errorgen-ts-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(AppContext.BaseDirectory, "TypeScript");
        Directory.CreateDirectory(work);
        try
        {
            foreach (var file in new[] { "package.json", "package-lock.json", "tsconfig.json", "read-sample.ts" })
            {
                File.Copy(Path.Combine(source, file), Path.Combine(work, file));
            }

            var cli = Path.Combine(RepoRoot, "generator", "ErrorGen.Cli", "bin", Configuration, "net8.0", "ErrorGen.Cli.dll");
            var (exported, exportOutput) = DotnetCli.Run(work, $"\"{cli}\" export \"{Path.Combine(RepoRoot, "catalogs")}\" -o \"{Path.Combine(work, "generated")}\"");
            Assert.True(exported == 0, exportOutput);
            var modules = Directory.GetFiles(Path.Combine(work, "generated"), "*.ts").Select(Path.GetFileName).Order().ToArray();
            Assert.Equal(
                new[] { "analytics-api.ts", "api-portal.ts", "card-payments.ts", "model-api.ts", "open-platform.ts", "sql-states.ts", "task-market.ts" },
                modules);

            // The README's front-end snippet compiles with the modules too (its app functions declared).
            var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md")).Replace("\r\n", "\n");
            var snippet = Regex.Match(readme, "```ts\n(.*?)```", RegexOptions.Singleline);
            Assert.True(snippet.Success, "README.md has no ```ts block");
            File.WriteAllText(Path.Combine(work, "readme-snippet.ts"), snippet.Groups[1].Value.Replace("./errors/", "./generated/")
                + "\ndeclare function showNotFound(message: string | undefined): void;\ndeclare function retryIn(seconds: number): void;\ndeclare const id: string;\n");

            var (installed, installOutput) = DotnetCli.RunTool("npm", work, "ci --no-audit --no-fund", TimeSpan.FromMinutes(4));
            Assert.True(installed == 0, installOutput);
            var (compiled, compileOutput) = DotnetCli.RunTool("node", work, "node_modules/typescript/bin/tsc -p tsconfig.json", TimeSpan.FromMinutes(3));
            Assert.True(compiled == 0, "tsc --strict:\n" + compileOutput);

            var (read, readOutput) = DotnetCli.RunTool("node", work, $"out/read-sample.js {samples.ForClients.BaseAddress.ToString().TrimEnd('/')}", TimeSpan.FromMinutes(2));
            Assert.True(read == 0, readOutput);
            var summary = Regex.Match(readOutput, @"^(\d+) passed, 0 failed$", RegexOptions.Multiline);
            Assert.True(summary.Success, readOutput);
            Assert.True(int.Parse(summary.Groups[1].Value) >= 18, readOutput);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string RepoRoot => PublishedSample.RepoRoot();
}
