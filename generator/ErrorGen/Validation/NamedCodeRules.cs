using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>Header settings that name one of the catalog's codes: <c>internalErrorCode</c> and <c>rateLimitCode</c>.</summary>
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
        var code = text is null ? null : codes.FirstOrDefault(c => c.Text == text && !c.IsSuccess);
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
}
