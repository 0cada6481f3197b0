using System.CommandLine;
using System.IO;
using ErrorGen.Cli.Import;
using ErrorGen.Validation;

namespace ErrorGen.Cli.Commands;

/// <summary>
/// `errorgen import <file>`: reads an existing Markdown/HTML/plain-text error table and writes a YAML catalog skeleton
/// (to stdout, or <c>-o file</c>), reporting every row it could not read. Exit code 0 when every code-like row was
/// read, 1 when a row could not be read or no table was found.
/// Duplicates are imported as they are, so `errorgen check` reports them at their lines.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Console console)
    {
        var file = new Argument<FileInfo>("file") { Description = "The document holding the error table" };
        var name = new Option<string?>("--name") { Description = "The catalog name (default: from the file name)" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the catalog here instead of to stdout" };
        var resolve = new Option<bool>("--resolve-duplicates")
        {
            Description = "Keep the first of codes listed twice and rename reused names (each change is printed); by default "
                + "they are imported as they are, for errorgen check to report",
        };
        var command = new Command("import", "Turn an existing error-code table into a catalog skeleton") { file, name, output, resolve };
        command.SetAction(result =>
        {
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                console.Error.WriteLine($"errorgen: no such file: {input.FullName}");
                return 2;
            }

            var imported = TableImporter.Read(File.ReadAllText(input.FullName));
            foreach (var (line, text) in imported.Unreadable)
            {
                console.Error.WriteLine($"{input.Name}({line}): could not read: {text}");
            }

            if (imported.Codes.Count == 0)
            {
                // Nothing to import: no catalog is written, not even an empty one.
                console.Error.WriteLine($"{input.Name}: no error-code table found (a table needs a code column and a name or description column); nothing written");
                return 1;
            }

            var catalogName = result.GetValue(name) ?? IdentifierNormalizer.ToPascalCase(Path.GetFileNameWithoutExtension(input.Name));
            var (yaml, changes) = CatalogYamlWriter.Write(
                catalogName.Length > 0 && char.IsLetter(catalogName[0]) ? catalogName : "Imported" + catalogName, input.Name, imported,
                result.GetValue(resolve));
            foreach (var change in changes)
            {
                console.Error.WriteLine($"{input.Name}: changed: {change}");
            }

            var written = "to standard output";
            if (result.GetValue(output) is { } target)
            {
                File.WriteAllText(target.FullName, yaml);
                written = target.FullName;
            }
            else
            {
                console.Out.Write(yaml);
            }

            // A partial import is still written (what was read is kept), and says so: the exit code is 1 all the same.
            console.Error.WriteLine($"{imported.Codes.Count} code(s) read, {imported.Unreadable.Count} row(s) could not be read; wrote {written}"
                + (imported.Unreadable.Count > 0 ? " (the unread rows are listed at its end)" : string.Empty));
            return imported.Unreadable.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
