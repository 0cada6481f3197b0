using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorGen.Diagnostics;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// `errorgen check <paths>`: the build's EG diagnostics without a build, in MSBuild's canonical
/// <c>file(line,col): error EG0010: message</c> form (so CI systems annotate the pull request) or as JSON.
/// Exit code 1 when there is an error, 0 otherwise.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Console console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Catalog files (*.yaml), baselines (*.shipped.txt), folders to search or globs ('repos/*/errors/**/*.yaml')",
        };
        var registries = RegistryOption();
        var format = new Option<string>("--format") { Description = "text (MSBuild's canonical form) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Validate catalogs exactly as the build does, without building") { paths, format, registries };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(registries) ?? []));
        return command;
    }

    /// <summary><c>--registry</c>: code-space registries the catalogs are checked against (repeatable; files or globs).</summary>
    public static Option<string[]> RegistryOption() => new("--registry")
    {
        Description = "A code-space registry (*.registry.yaml) to check the catalogs' codes against; repeatable",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private static int Run(Console console, string[] paths, string format, string[] registries)
    {
        if (!CatalogSet.TryLoad(paths, console, out var set, registries))
        {
            return 2;
        }

        var diagnostics = set.Diagnostics.Select(d => (Info: d, Diagnostic: d.ToDiagnostic())).ToList();
        if (format == "json")
        {
            console.Out.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new
            {
                file = d.Info.Location?.FilePath,
                line = d.Info.Location is { } l ? l.StartLine + 1 : 0,
                column = d.Info.Location is { } c ? c.StartColumn + 1 : 0,
                endLine = d.Info.Location is { } e ? e.EndLine + 1 : 0,
                endColumn = d.Info.Location is { } f ? f.EndColumn + 1 : 0,
                severity = Severity(d.Diagnostic.Severity),
                id = d.Info.Id,
                message = d.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                helpLink = d.Diagnostic.Descriptor.HelpLinkUri,
            }), new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            foreach (var (info, diagnostic) in diagnostics)
            {
                var where = info.Location is { } l ? $"{l.FilePath}({l.StartLine + 1},{l.StartColumn + 1})" : "errorgen";
                console.WriteColored(
                    $"{where}: {Severity(diagnostic.Severity)} {info.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}",
                    diagnostic.Severity == DiagnosticSeverity.Error ? ConsoleColor.Red
                        : diagnostic.Severity == DiagnosticSeverity.Warning ? ConsoleColor.Yellow
                        : (ConsoleColor?)null);
            }
        }

        var errors = diagnostics.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Warning);
        var catalogs = set.Results.Count(r => r.Spec is not null);
        var registryNote = set.Registries.Count switch
        {
            0 => string.Empty,
            1 => " against 1 registry",
            var count => $" against {count} registries",
        };
        console.Error.WriteLine($"{catalogs} catalog(s) in {set.Files.Count} file(s){registryNote}: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
