using System.Collections.Generic;
using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Parses message templates such as "Password must be at least {minLength} characters.".
/// "{{" and "}}" stand for literal braces.
/// </summary>
internal static class MessageTemplateParser
{
    public static bool TryParse(string template, out List<TemplatePart> parts, out string error)
    {
        parts = new List<TemplatePart>();
        error = string.Empty;
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    error = $"'{{' at position {i + 1} is never closed (write '{{{{' for a literal brace, or set messageFormat: plain)";
                    return false;
                }

                var written = template.Substring(i + 1, close - i - 1);
                var name = written.Trim();
                if (name.Length == 0 || name.IndexOf('{') >= 0)
                {
                    error = $"the placeholder at position {i + 1} has no valid name (write '{{{{' and '}}}}' for literal braces, or set messageFormat: plain)";
                    return false;
                }

                // "{ a }" would be filled by one formatter and left as is by another: one spelling only. Prose in braces
                // ("{ "id": 1 }") stays whole, for validation to call it what it is (EG0071).
                if (!LooksLikeName(name))
                {
                    name = written;
                }
                else if (name.Length != written.Length)
                {
                    error = $"the placeholder '{{{TextRules.Printable(written)}}}' at position {i + 1} has spaces around its name (write '{{{TextRules.Printable(name)}}}')";
                    return false;
                }

                if (literal.Length > 0)
                {
                    parts.Add(new TemplatePart(literal.ToString(), IsPlaceholder: false));
                    literal.Clear();
                }

                parts.Add(new TemplatePart(name, IsPlaceholder: true));
                i = close;
            }
            else if (c == '}')
            {
                error = $"'}}' at position {i + 1} closes nothing (write '}}}}' for a literal brace, or set messageFormat: plain)";
                return false;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(literal.ToString(), IsPlaceholder: false));
        }

        return true;
    }

    /// <summary>Whether a placeholder reads as a parameter's name rather than as prose in braces (a JSON example, a regex's {32}).</summary>
    public static bool LooksLikeName(string placeholder)
    {
        if (placeholder.Length == 0 || !(char.IsLetter(placeholder[0]) || placeholder[0] == '_'))
        {
            return false;
        }

        foreach (var c in placeholder)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
