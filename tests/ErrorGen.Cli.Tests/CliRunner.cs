using System.IO;
using ErrorGen.Cli;

namespace ErrorGen.Cli.Tests;

/// <summary>Runs `errorgen` in process, as a user's shell would, capturing what it writes to standard output and error.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ErrorGenCli.Run(args, new Console(output, error, isTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }
}
