using System;

namespace ErrorGen.Tests.Infrastructure;

internal static class YamlPosition
{
    /// <summary>The one-based (line, column) of the <paramref name="occurrence"/>-th <paramref name="needle"/> in <paramref name="yaml"/>.</summary>
    public static (int Line, int Column) Of(string yaml, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = yaml.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times");
            }
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (yaml[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
