using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Header settings that name one of the catalog's codes: <c>internalErrorCode</c>, <c>rateLimitCode</c> and the codes of
/// <c>statusCodes</c>.
/// </summary>
internal static class NamedCodeRules
{
    /// <summary>The identifier of the named code, or null (reported when the code is unknown or has placeholders).</summary>
    public static string? Resolve(Located<CodeValue>? named, string setting, IReadOnlyList<CodeSpec> codes, ValidationContext context)
    {
        if (named is not { } value)
        {
            return null;
        }

        var text = CodeRules.TextOf(value.Value, context.CodeType);
        var code = text is null ? null : codes.FirstOrDefault(c => c.Text == text && c.IsError);
        if (code is null)
        {
            context.Report(DiagnosticDescriptors.UnknownNamedCode, value.Location, setting, value.Value.Text, context.CatalogName);
            return null;
        }

        // The handler and the rate limiter serve this code with no arguments: a placeholder would reach clients raw.
        if (code.Parameters.Count > 0)
        {
            var placeholders = string.Join(", ", code.Parameters.Select(p => "{" + p.Name + "}"));
            context.Report(
                DiagnosticDescriptors.InvalidValue, value.Location, setting, value.Value.Text,
                $"the message of code {code.Text} has placeholders ({placeholders}), which ErrorGen has no values for when it serves this code");
            return null;
        }

        return code.Identifier;
    }

    /// <summary>
    /// <c>statusCodes</c>: each status an error status (400-599) answered by a known code without placeholders whose own HTTP
    /// status it is (the page keeps the status the server chose).
    /// </summary>
    public static EquatableArray<StatusPageSpec> ResolveStatusPages(
        EquatableArray<StatusCodeDeclaration> declared, IReadOnlyList<CodeSpec> codes, ValidationContext context)
    {
        var pages = new List<StatusPageSpec>();
        foreach (var entry in declared)
        {
            var key = TextRules.Printable(entry.Status.Value);
            if (!int.TryParse(entry.Status.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status)
                || status is < 400 or > 599)
            {
                context.Report(
                    DiagnosticDescriptors.InvalidValue, entry.Status.Location, "statusCodes key", key,
                    "only error statuses (400-599) are answered with a code");
                continue;
            }

            var setting = "statusCodes: " + key;
            if (entry.Code is not { } named)
            {
                context.Report(DiagnosticDescriptors.InvalidValue, entry.ValueLocation, setting, key, "the value is not a code (an integer or a text value)");
                continue;
            }

            if (Resolve(named, setting, codes, context) is not { } identifier)
            {
                continue;
            }

            var code = codes.First(c => c.Identifier == identifier);
            if (code.HttpStatus != status)
            {
                context.Report(
                    DiagnosticDescriptors.InvalidValue, named.Location, setting, named.Value.Text,
                    $"code {code.Text} is served with HTTP {code.HttpStatus}; a status page keeps the status it answers, so pick a code with HTTP {status}");
                continue;
            }

            pages.Add(new StatusPageSpec(status, identifier));
        }

        return pages.OrderBy(p => p.Status).ToEquatableArray();
    }
}
