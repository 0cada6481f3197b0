using System;
using System.Globalization;

namespace ErrorGen.Model;

/// <summary>
/// A code as written in YAML: its text, and its integer value when the text is a plain integer.
/// Whether the catalog treats it as an integer or a string is decided by the catalog's codeType.
/// </summary>
internal readonly record struct CodeValue(string Text, long? Integer, bool? Boolean)
{
    public static CodeValue FromScalar(string text, bool isPlain)
    {
        long? integer = null;
        bool? boolean = null;
        if (isPlain)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                integer = parsed;
            }
            else if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                boolean = true;
            }
            else if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                boolean = false;
            }
        }

        return new CodeValue(text, integer, boolean);
    }

    public override string ToString() => Text;
}

internal enum ParameterType
{
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Guid,
    DateTimeOffset,
}
