using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// A catalog's own per-code fields (an SQLSTATE, a log level, a docs URL): their declarations become typed descriptor
/// properties, so each name must make an identifier the descriptor does not already have; each code's values are
/// checked against the declared type at their line (EG0074 unknown field, EG0075 wrong type).
/// </summary>
internal static class FieldRules
{
    // What the descriptor already declares; a field of that name would hide it.
    private static readonly HashSet<string> s_descriptorMembers = new(StringComparer.Ordinal)
    {
        "Code", "Value", "Name", "MemberName", "Module", "ModuleName", "HttpStatus", "Title", "Message", "Recommendation",
        "IsRetryable", "IsDeprecated", "ReplacedBy", "TypeUri", "IsSuccess", "IsError", "Kind", "ParameterNames", "GetTitle",
        "GetMessage", "GetRecommendation", "ToString", "Equals", "GetHashCode", "GetType", "Index",
    };

    // Members RFC 9457 and ErrorGen already write into a problem; a public field of that name would overwrite one.
    private static readonly HashSet<string> s_problemMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "title", "status", "detail", "instance", "code", "module", "retryable", "arguments", "traceId", "exception", "errors",
    };

    /// <summary>The usable declarations, in order; the others are reported and left out.</summary>
    public static void Resolve(CatalogHeader header, ValidationContext context)
    {
        var identifiers = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        foreach (var field in header.Fields)
        {
            var name = field.Name;
            if (!TextRules.CheckName(name, "field name", context.Diagnostics, allowPadding: false))
            {
                continue;
            }

            var identifier = IdentifierNormalizer.ToPascalCase(name.Value);
            var problem = identifier.Length == 0 ? "it has no letters or digits to make a C# identifier from"
                : s_descriptorMembers.Contains(identifier) ? $"the descriptor already has a member '{identifier}'"
                : identifiers.TryGetValue(identifier, out var same) ? $"it becomes the property '{identifier}', as '{same.Value}' does"
                : field.IsPublic && s_problemMembers.Contains(name.Value) ? $"a public field named '{name.Value}' would overwrite the problem's own member"
                : field.IsPublic && EnvelopeFields(header).Contains(name.Value) ? $"the catalog's envelope already writes a member '{name.Value}'"
                : field.Type.Value == FieldType.Enum && context.GeneratedTypes.Contains(context.TypeName + identifier)
                    ? $"its enum would be named '{context.TypeName + identifier}', a type ErrorGen already generates"
                : null;
            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidValue, name.Location, "field name", TextRules.Printable(name.Value), problem);
                continue;
            }

            if (!TextRules.CheckIdentifierLength(identifier, name, "field name", context.Diagnostics)
                || ResolveValues(field, context) is not { } values)
            {
                continue;
            }

            identifiers[identifier] = name;
            context.Fields.Add(new FieldSpec(name.Value, identifier, field.Type.Value, values, field.IsPublic, field.Description));
        }
    }

    private static IEnumerable<string?> EnvelopeFields(CatalogHeader header)
        => header.Envelope is { Value: var envelope }
            ? new[] { envelope.CodeField, envelope.MessageField, envelope.DataField, envelope.TimestampField, envelope.RecommendationField, envelope.StatusField }
            : Enumerable.Empty<string?>();

    /// <summary>An enum field's members; other fields list none.</summary>
    private static EquatableArray<(string Value, string Identifier)>? ResolveValues(FieldDeclaration field, ValidationContext context)
    {
        if (field.Type.Value != FieldType.Enum)
        {
            if (field.Values.Count > 0)
            {
                context.Report(DiagnosticDescriptors.InvalidValue, field.Values[0].Location, "field value list", field.Name.Value, "'values' lists the members of an enum field only");
            }

            return EquatableArray<(string, string)>.Empty;
        }

        if (field.Values.Count == 0)
        {
            context.Report(DiagnosticDescriptors.MissingField, field.Type.Location, $"enum field '{field.Name.Value}'", "values");
            return null;
        }

        var members = new List<(string Value, string Identifier)>();
        foreach (var value in field.Values)
        {
            var identifier = IdentifierNormalizer.ToPascalCase(value.Value);
            var problem = !TextRules.CheckName(value, "enum value", context.Diagnostics, allowPadding: false) ? string.Empty
                : identifier.Length == 0 ? "it has no letters or digits to make a C# identifier from"
                : members.Find(m => m.Identifier == identifier) is { Value: { } other } ? $"it becomes the member '{identifier}', as '{other}' does"
                : null;
            if (problem is not null)
            {
                if (problem.Length > 0)
                {
                    context.Report(DiagnosticDescriptors.InvalidValue, value.Location, "enum value", TextRules.Printable(value.Value), problem);
                }

                return null;
            }

            members.Add((value.Value, identifier));
        }

        return members.ToEquatableArray();
    }

    /// <summary>The code's value of each field (null where unset), checked against the field's type at its line.</summary>
    public static EquatableArray<FieldValue> ValuesOf(CodeDeclaration declaration, string text, ValidationContext context)
    {
        var fields = context.Fields;
        if (declaration.Fields.Count == 0)
        {
            return fields.Count == 0 ? EquatableArray<FieldValue>.Empty : new FieldValue[fields.Count].ToEquatableArray();
        }

        var values = new FieldValue[fields.Count];
        foreach (var value in declaration.Fields)
        {
            var index = fields.FindIndex(f => f.Name == value.Name.Value);
            if (index < 0)
            {
                var declared = fields.Count == 0
                    ? "; declare it under 'fields' in the catalog header"
                    : "; it declares " + string.Join(", ", fields.Select(f => f.Name));
                context.Report(DiagnosticDescriptors.UnknownField, value.Name.Location, text, TextRules.Printable(value.Name.Value), context.CatalogName, declared);
                continue;
            }

            var field = fields[index];
            if (Canonical(field, value.Value.Value) is { } canonical)
            {
                values[index] = new FieldValue(canonical);
            }
            else
            {
                context.Report(
                    DiagnosticDescriptors.FieldValueOfWrongType, value.Value.Location, field.Name, text, Expected(field), TextRules.Printable(value.Value.Value));
            }
        }

        return values.ToEquatableArray();
    }

    private static string? Canonical(FieldSpec field, string value) => field.Type switch
    {
        FieldType.Int => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : null,
        FieldType.Bool => value is "true" or "True" or "TRUE" ? "true" : value is "false" or "False" or "FALSE" ? "false" : null,
        FieldType.Enum => field.Values.Any(v => v.Value == value) ? value : null,
        FieldType.Uri => Uri.TryCreate(value, UriKind.Absolute, out _) && value.Trim().Length == value.Length ? value : null,
        _ => TextRules.IndexOfForbiddenCharacter(value) < 0 ? value : null,
    };

    private static string Expected(FieldSpec field) => field.Type switch
    {
        FieldType.Int => "an integer",
        FieldType.Bool => "true or false",
        FieldType.Enum => "one of " + string.Join(", ", field.Values.Select(v => v.Value)),
        FieldType.Uri => "an absolute URI",
        _ => "text without control or invisible characters",
    };
}
