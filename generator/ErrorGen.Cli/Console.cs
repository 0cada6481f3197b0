using System;
using System.IO;

namespace ErrorGen.Cli;

/// <summary>Where a command writes: colour only when a terminal is attached; plain, stable text otherwise.</summary>
internal sealed class Console
{
    public Console(TextWriter output, TextWriter error, bool isTerminal)
    {
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public bool IsTerminal { get; }

    public static Console System => new(global::System.Console.Out, global::System.Console.Error, !global::System.Console.IsOutputRedirected);

    public void WriteColored(string line, ConsoleColor? color)
    {
        if (color is { } c && IsTerminal)
        {
            global::System.Console.ForegroundColor = c;
            Out.WriteLine(line);
            global::System.Console.ResetColor();
        }
        else
        {
            Out.WriteLine(line);
        }
    }
}
