using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Parses printf-style messages pasted from C sources: <c>%s</c>, <c>%d</c>, <c>%ld</c>, <c>%f</c>, positional
/// <c>%1$s</c>, <c>%%</c> for a literal percent sign. Each conversion becomes a placeholder named by its position
/// ("1", "2", ...), which <see cref="TemplateRules"/> maps onto the code's parameters.
/// </summary>
internal static class PrintfTemplateParser
{
    // %[position$][flags][width][.precision][length]conversion. The space flag is left out: in pasted prose "100% sure"
    // is a percent sign, not "% s".
    private static readonly Regex s_conversion = new(
        @"\G%(?:(?<position>[1-9][0-9]*)\$)?(?<flags>[-+#0']*)(?<width>[0-9]+|\*)?(?:\.(?<precision>[0-9]*|\*))?(?<length>hh|h|ll|l|L|q|j|z|t)?(?<conversion>[A-Za-z@])",
        RegexOptions.CultureInvariant);

    /// <summary>One conversion: its position, the parameter type it implies, and the flags, width or precision it loses.</summary>
    public readonly record struct Conversion(int Position, ParameterType Type, string Written, bool HasFormatting);

    public static bool TryParse(string message, out List<TemplatePart> parts, out List<Conversion> conversions, out string error)
    {
        parts = new List<TemplatePart>();
        conversions = new List<Conversion>();
        error = string.Empty;
        var literal = new StringBuilder();
        var next = 1;
        bool? positional = null;
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] != '%')
            {
                literal.Append(message[i]);
                continue;
            }

            if (i + 1 < message.Length && message[i + 1] == '%')
            {
                literal.Append('%');
                i++;
                continue;
            }

            var match = s_conversion.Match(message, i);
            if (!match.Success)
            {
                error = $"'%' at position {i + 1} starts no conversion (write '%%' for a literal percent sign, or set messageFormat: plain)";
                return false;
            }

            var written = match.Value;
            if (TypeOf(match.Groups["conversion"].Value[0], match.Groups["length"].Value) is not { } type)
            {
                error = $"'{written}' at position {i + 1} is not supported: a typed Format method writes integers in decimal, "
                    + "numbers with %f/%e/%g and text with %s";
                return false;
            }

            if (match.Groups["width"].Value == "*" || match.Groups["precision"].Value == "*")
            {
                error = $"'{written}' at position {i + 1} takes its width or precision from an argument, which a typed Format method does not";
                return false;
            }

            var isPositional = match.Groups["position"].Success;
            if (positional is { } mode && mode != isPositional)
            {
                error = $"'{written}' at position {i + 1} mixes positional (%1$s) and sequential (%s) conversions";
                return false;
            }

            positional = isPositional;
            var position = isPositional ? int.Parse(match.Groups["position"].Value, CultureInfo.InvariantCulture) : next++;
            var hasFormatting = match.Groups["flags"].Length > 0 || match.Groups["width"].Success || match.Groups["precision"].Success;
            conversions.Add(new Conversion(position, type, written, hasFormatting));
            if (literal.Length > 0)
            {
                parts.Add(new TemplatePart(literal.ToString(), IsPlaceholder: false));
                literal.Clear();
            }

            parts.Add(new TemplatePart(position.ToString(CultureInfo.InvariantCulture), IsPlaceholder: true));
            i += written.Length - 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(literal.ToString(), IsPlaceholder: false));
        }

        return true;
    }

    private static ParameterType? TypeOf(char conversion, string length) => conversion switch
    {
        'd' or 'i' => length is "l" or "ll" or "q" or "j" or "z" or "t" ? ParameterType.Long : ParameterType.Int,
        'u' => ParameterType.Long,
        'f' or 'F' or 'e' or 'E' or 'g' or 'G' => ParameterType.Double,
        's' or 'S' or 'c' or 'C' or '@' => ParameterType.String,
        _ => null,
    };
}
