using System.CommandLine;
using System.CommandLine.Help;
using ErrorGen.Cli.Commands;

namespace ErrorGen.Cli;

/// <summary>The `errorgen` command line: check, baseline, diff, export, docs, import, schema.</summary>
public static class ErrorGenCli
{
    public static int Run(string[] args) => Run(args, Console.System);

    internal static int Run(string[] args, Console console)
    {
        // Named as the tool is installed (ToolCommandName), not after the assembly that RootCommand would take:
        // help shows "Usage: errorgen ..." however the tool is started.
        var root = new Command(
            "errorgen",
            "ErrorGen catalog tooling: check catalogs without a build, update shipped-codes baselines, write release notes between versions, export TypeScript modules and a JSON bundle, write reference pages, import existing error tables, print the schema")
        {
            new HelpOption(),
            new VersionOption(),
            CheckCommand.Create(console),
            BaselineCommand.Create(console),
            DiffCommand.Create(console),
            ExportCommand.Create(console),
            DocsCommand.Create(console),
            ImportCommand.Create(console),
            SchemaCommand.Create(console),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
