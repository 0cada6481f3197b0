using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// A code's message as a template: brace placeholders (the default), plain text, or printf conversions
/// (<c>messageFormat:</c> on the code, else the catalog's). Whatever the format, the result is the same template parts
/// and typed parameters, and a canonical brace template (literal braces doubled) that the generated code formats at
/// run time, so translations and exceptions treat every format alike.
/// </summary>
internal static class TemplateRules
{
    /// <summary>The code's format: its own <c>messageFormat</c>, else the catalog's.</summary>
    public static MessageFormat FormatOf(CodeDeclaration declaration, ValidationContext context)
        => declaration.MessageFormat?.Value ?? context.MessageFormat;

    public static bool TryResolve(
        CodeDeclaration declaration,
        string text,
        ValidationContext context,
        out EquatableArray<ParameterSpec> parameters,
        out EquatableArray<TemplatePart> template,
        out string canonical)
    {
        var diagnostics = context.Diagnostics;
        parameters = EquatableArray<ParameterSpec>.Empty;
        template = EquatableArray<TemplatePart>.Empty;
        var message = declaration.Message;
        canonical = message.Value;
        var format = FormatOf(declaration, context);
        var ok = TryDeclareParameters(declaration, text, context, out var declared);
        List<TemplatePart> parts;
        switch (format)
        {
            case MessageFormat.Plain:
                parts = message.Value.Length == 0 ? new List<TemplatePart>() : new List<TemplatePart> { new(message.Value, IsPlaceholder: false) };
                break;
            case MessageFormat.Printf:
                if (!TryParsePrintf(declaration, text, declared, context, out parts))
                {
                    return false;
                }

                break;
            default:
                if (!MessageTemplateParser.TryParse(message.Value, out parts, out var error))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedTemplate, message.Location, text, error));
                    return false;
                }

                break;
        }

        foreach (var parameter in declaration.Parameters.Where(p => declared.Any(d => d.Name == p.Name.Value)))
        {
            if (!parts.Any(p => p.IsPlaceholder && p.Text == parameter.Name.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedParameter, parameter.Name.Location, parameter.Name.Value, text));
            }
        }

        foreach (var placeholder in parts.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct())
        {
            if (!declared.Any(p => p.Name == placeholder))
            {
                // Prose with braces (a JSON example, a regex's {32}) is no placeholder: say how to keep it literal.
                var descriptor = MessageTemplateParser.LooksLikeName(placeholder) ? DiagnosticDescriptors.UndeclaredPlaceholder : DiagnosticDescriptors.NotAPlaceholder;
                diagnostics.Add(DiagnosticInfo.Create(descriptor, message.Location, text, TextRules.Printable(placeholder)));
                ok = false;
            }
        }

        parameters = declared.ToEquatableArray();
        template = parts.ToEquatableArray();
        canonical = format == MessageFormat.Braces ? message.Value : Canonical(parts);
        return ok;
    }

    /// <summary>
    /// A translation of <paramref name="code"/> in the code's format, as a canonical brace template with the code's
    /// parameter names, or null (with why) when it cannot be read.
    /// </summary>
    public static string? CanonicalTranslation(CodeSpec code, string message, out List<TemplatePart> parts, out string error)
    {
        error = string.Empty;
        switch (code.Format)
        {
            case MessageFormat.Plain:
                parts = new List<TemplatePart> { new(message, IsPlaceholder: false) };
                return Canonical(parts);
            case MessageFormat.Printf:
                if (!PrintfTemplateParser.TryParse(message, out parts, out _, out error))
                {
                    return null;
                }

                var names = code.Parameters.Select(p => p.Name).ToList();
                for (var i = 0; i < parts.Count; i++)
                {
                    if (parts[i].IsPlaceholder)
                    {
                        var position = int.Parse(parts[i].Text, CultureInfo.InvariantCulture);
                        parts[i] = new TemplatePart(position <= names.Count ? names[position - 1] : "%" + parts[i].Text, IsPlaceholder: true);
                    }
                }

                return Canonical(parts);
            default:
                return MessageTemplateParser.TryParse(message, out parts, out error) ? message : null;
        }
    }

    /// <summary>The brace template the generated code fills at run time: placeholders by name, literal braces doubled.</summary>
    private static string Canonical(List<TemplatePart> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.IsPlaceholder ? "{" + part.Text + "}" : part.Text.Replace("{", "{{").Replace("}", "}}"));
        }

        return builder.ToString();
    }

    /// <summary>
    /// printf conversions by position onto the declared parameters; without declared parameters, each position becomes
    /// a parameter <c>arg1</c>, <c>arg2</c>, ... typed by its conversion (<c>%d</c> int, <c>%ld</c> long, <c>%f</c> double,
    /// <c>%s</c> string).
    /// </summary>
    private static bool TryParsePrintf(
        CodeDeclaration declaration, string text, List<ParameterSpec> declared, ValidationContext context, out List<TemplatePart> parts)
    {
        var message = declaration.Message;
        if (!PrintfTemplateParser.TryParse(message.Value, out parts, out var conversions, out var error))
        {
            context.Report(DiagnosticDescriptors.MalformedTemplate, message.Location, text, error);
            return false;
        }

        var derive = declaration.Parameters.Count == 0;
        var highest = conversions.Count == 0 ? 0 : conversions.Max(c => c.Position);
        for (var position = 1; position <= highest; position++)
        {
            var conversion = conversions.FirstOrDefault(c => c.Position == position);
            if (conversion.Position == 0)
            {
                context.Report(DiagnosticDescriptors.MalformedTemplate, message.Location, text,
                    $"no conversion takes argument {position}, though a later one does (%{highest}$...)");
                return false;
            }

            if (derive)
            {
                var name = "arg" + position.ToString(CultureInfo.InvariantCulture);
                declared.Add(new ParameterSpec(name, name, conversion.Type));
            }
            else if (position > declared.Count)
            {
                context.Report(DiagnosticDescriptors.MalformedTemplate, message.Location, text,
                    $"'{conversion.Written}' takes argument {position}, but the code declares {declared.Count} parameter(s)");
                return false;
            }
        }

        foreach (var conversion in conversions.Where(c => c.HasFormatting))
        {
            context.Report(DiagnosticDescriptors.PrintfFormattingIgnored, message.Location, text, TextRules.Printable(conversion.Written));
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].IsPlaceholder)
            {
                parts[i] = new TemplatePart(declared[int.Parse(parts[i].Text, CultureInfo.InvariantCulture) - 1].Name, IsPlaceholder: true);
            }
        }

        return true;
    }

    /// <summary>The declared parameters that make usable C# parameters; false when one does not.</summary>
    private static bool TryDeclareParameters(CodeDeclaration declaration, string text, ValidationContext context, out List<ParameterSpec> declared)
    {
        var diagnostics = context.Diagnostics;
        declared = new List<ParameterSpec>();
        var ok = true;
        foreach (var parameter in declaration.Parameters)
        {
            if (!TextRules.CheckName(parameter.Name, "parameter name", diagnostics))
            {
                ok = false;
                continue;
            }

            var identifier = IdentifierNormalizer.ToParameterName(parameter.Name.Value);
            var problem = identifier.Length == 0 ? "it has no letters or digits to make a C# identifier from"
                : declared.Find(p => p.Identifier == identifier) is { } same ? $"it becomes the C# parameter '{identifier}', as '{same.Name}' does"
                : ReservedNames.ForParameter(identifier, context.GeneratedTypes);
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidValue, parameter.Name.Location, "parameter name", TextRules.Printable(parameter.Name.Value),
                    problem));
                ok = false;
                continue;
            }

            if (!TextRules.CheckIdentifierLength(identifier, parameter.Name, "parameter name", diagnostics))
            {
                ok = false;
                continue;
            }

            declared.Add(new ParameterSpec(parameter.Name.Value, identifier, parameter.Type.Value));
        }

        return ok;
    }
}
