namespace ErrorGen.Model;

/// <summary>How a code's message is written (<c>messageFormat:</c> in the catalog header or on a code).</summary>
internal enum MessageFormat
{
    /// <summary><c>{name}</c> placeholders, <c>{{</c> and <c>}}</c> for literal braces (the default).</summary>
    Braces,

    /// <summary>Text as written: braces and percent signs are literal (a JSON example, a regex <c>{32}</c>).</summary>
    Plain,

    /// <summary>C's conversions, as pasted from C sources: <c>%s</c>, <c>%d</c>, <c>%f</c>, positional <c>%1$s</c>, <c>%%</c>.</summary>
    Printf,
}
