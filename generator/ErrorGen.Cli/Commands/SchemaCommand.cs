using System.CommandLine;
using System.IO;

namespace ErrorGen.Cli.Commands;

/// <summary>`errorgen schema`: prints the catalog JSON Schema (the one published in catalogs/errorgen.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(Console console)
    {
        var command = new Command("schema", "Print the catalog JSON Schema, for editors (yaml-language-server)");
        command.SetAction(_ =>
        {
            using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream("errorgen.schema.json")!;
            using var reader = new StreamReader(stream);
            console.Out.Write(reader.ReadToEnd());
            return 0;
        });
        return command;
    }
}
