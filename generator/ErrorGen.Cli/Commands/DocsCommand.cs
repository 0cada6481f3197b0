using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// `errorgen docs <paths> -o <dir>`: Markdown reference pages like the ones API teams publish — per catalog, one table per module
/// (code, name, HTTP status, description, recommendation, retryable) — and an index. Each code has a stable anchor,
/// its own code (<c>#40001</c>), so a catalog's problem <c>type</c> URI can point at its row.
/// </summary>
internal static class DocsCommand
{
    public static Command Create(Console console)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Catalog files or folders" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the pages to", Required = true };
        var registries = CheckCommand.RegistryOption();
        registries.Description = "A code-space registry (*.registry.yaml): also write its allocation table; repeatable";
        var command = new Command("docs", "Write Markdown reference pages for catalogs") { paths, output, registries };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(registries) ?? []));
        return command;
    }

    private static int Run(Console console, string[] paths, DirectoryInfo output, string[] registries)
    {
        if (!CatalogSet.TryLoad(paths, console, out var set, registries))
        {
            return 2;
        }

        output.Create();
        var index = new StringBuilder("# Error code reference\n\n| Catalog | Codes | Modules |\n|---|---:|---|\n");
        foreach (var spec in set.Results.Select(r => r.Spec).OfType<CatalogSpec>().OrderBy(s => s.Name))
        {
            var file = spec.TypeName + ".md";
            File.WriteAllText(Path.Combine(output.FullName, file), Page(spec));
            var modules = string.Join(", ", spec.Modules.Select(m => $"[{Cell(m.Name)}]({file}#module-{Anchor(m.Name)})"));
            index.Append($"| [{Cell(spec.Name)}]({file}) | {spec.Codes.Count(c => !c.IsSuccess)} | {modules} |\n");
            console.Error.WriteLine($"wrote {Path.Combine(output.FullName, file)}");
        }

        WriteAllocations(console, set, output, index);
        File.WriteAllText(Path.Combine(output.FullName, "README.md"), index.ToString());
        var errors = set.Diagnostics.Count(d => d.ToDiagnostic().Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        if (errors > 0)
        {
            console.Error.WriteLine($"{errors} catalog error(s): run `errorgen check` to see them; invalid codes are not documented");
        }

        return errors > 0 ? 1 : 0;
    }

    // One allocation table per registered code space, linked from the index.
    private static void WriteAllocations(Console console, CatalogSet set, DirectoryInfo output, StringBuilder index)
    {
        var spaces = set.Registries.Where(r => r.CodeSpace is not null).GroupBy(r => r.CodeSpace!.Value.Value).ToList();
        if (spaces.Count > 0)
        {
            index.Append("\n| Code space | Allocation |\n|---|---|\n");
        }

        foreach (var space in spaces)
        {
            var claims = set.Results.Select(r => r.CodeSpaceClaim).OfType<CodeSpaceClaim>().Where(c => c.CodeSpace == space.Key).ToList();
            var file = AllocationPage.FileName(space.Key);
            File.WriteAllText(Path.Combine(output.FullName, file), AllocationPage.Write(space.Key, space.SelectMany(r => r.Blocks).ToList(), claims));
            index.Append($"| `{Cell(space.Key)}` | [{file}]({file}) |\n");
            console.Error.WriteLine($"wrote {Path.Combine(output.FullName, file)}");
        }
    }

    private static string Page(CatalogSpec spec)
    {
        var page = new StringBuilder($"# {Cell(spec.Name)} error codes\n\n");
        if (spec.Description is { } description)
        {
            page.Append(description.Trim()).Append("\n\n");
        }

        if (spec.Codes.FirstOrDefault(c => c.IsSuccess) is { } success)
        {
            page.Append($"Success: code `{success.Text}` ({Cell(success.Message)}).\n\n");
        }
        else if (spec.Success is { } flag)
        {
            page.Append($"Success: `{flag.Field}: {flag.ValueText}`.\n\n");
        }

        foreach (var module in spec.Modules)
        {
            page.Append($"## <a id=\"module-{Anchor(module.Name)}\"></a>{Cell(module.Name)}\n\n");
            if (module.Description is { } moduleDescription)
            {
                page.Append(Cell(moduleDescription)).Append("\n\n");
            }

            Table(page, spec.Codes.Where(c => c.Module?.Name == module.Name && !c.IsSuccess));
        }

        var unassigned = spec.Codes.Where(c => c.Module is null && !c.IsSuccess).ToList();
        if (unassigned.Count > 0)
        {
            page.Append(spec.Modules.Count > 0 ? "## Other codes\n\n" : "## Codes\n\n");
            Table(page, unassigned);
        }

        return page.ToString();
    }

    private static void Table(StringBuilder page, System.Collections.Generic.IEnumerable<CodeSpec> codes)
    {
        page.Append("| Code | Name | HTTP | Description | Recommendation | Retryable |\n|---|---|---:|---|---|---|\n");
        foreach (var code in codes)
        {
            var name = code.IsDeprecated
                ? $"{Cell(code.Name)} (deprecated{(code.ReplacedByIdentifier is { } r ? ", use " + r : string.Empty)})"
                : Cell(code.Name);
            page.Append($"| <a id=\"{Anchor(code.Text)}\"></a>`{Cell(code.Text)}` | {name} | {code.HttpStatus} | {Cell(code.Message)} | ")
                .Append($"{Cell(code.Recommendation ?? string.Empty)} | {(code.IsRetryable ? "yes" : "no")} |\n");
        }

        page.Append('\n');
    }

    /// <summary>Text for one Markdown table cell: pipes and backslashes escaped, line breaks as &lt;br&gt;.</summary>
    internal static string Cell(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", string.Empty).Replace("\n", "<br>");

    /// <summary>A stable HTML anchor for a code or a name.</summary>
    internal static string Anchor(string text)
        => new(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c == '_' || c == '-' ? c : '-').ToArray());
}
