using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// The merged header made usable: namespace, problem type URI, default HTTP status, code type, modules and HTTP rules,
/// and the type names the catalog will generate (which its codes and parameters must not take).
/// </summary>
internal static class HeaderRules
{
    public static ValidationContext Resolve(CatalogInput input, CatalogHeader header, string typeName, List<DiagnosticInfo> diagnostics)
    {
        var ns = input.DefaultNamespace;
        if (header.Namespace is { } declared)
        {
            if (IdentifierNormalizer.IsValidNamespace(declared.Value))
            {
                ns = declared.Value;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidValue, declared.Location, "namespace", declared.Value, "expected dot-separated C# identifiers"));
            }
        }

        var typeBaseUri = header.TypeBaseUri?.Value;
        if (header.TypeBaseUri is { } uri && TypeUriProblem(uri.Value) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidValue, uri.Location, "typeBaseUri", TextRules.Printable(uri.Value), problem));
            typeBaseUri = null;
        }

        ModuleValidator.CheckStatus(header.DefaultHttpStatus, diagnostics);
        var codeType = header.CodeType?.Value ?? CodeType.Integer;
        var modules = ModuleValidator.Validate(input, typeName, codeType, diagnostics);
        var generatedTypes = new HashSet<string>(
            ReservedNames.GeneratedTypeNames(typeName, modules.Values.Select(m => m.Spec.Identifier)), StringComparer.Ordinal);
        return new ValidationContext(
            input.Name,
            typeName,
            ns,
            generatedTypes,
            codeType,
            typeBaseUri,
            header.DefaultHttpStatus is { Value: >= 100 and <= 599 } status ? status.Value : null,
            modules,
            ModuleValidator.ValidateRules(input, codeType, diagnostics),
            diagnostics)
        {
            MessageFormat = header.MessageFormat?.Value ?? MessageFormat.Braces,
        };
    }

    /// <summary>
    /// RFC 9457's "type" is a URI a client may dereference: http(s), or a urn/tag name; no white space or control
    /// characters (a problem+json body and a Link to documentation must stay one clean value).
    /// </summary>
    private static string? TypeUriProblem(string value)
    {
        foreach (var c in value)
        {
            if (c <= ' ' || c == 0x7F || TextRules.IsForbidden(c) || char.IsWhiteSpace(c))
            {
                return $"it holds U+{(int)c:X4}; a URI holds no white space or control characters";
            }
        }

        if (!Uri.TryCreate(value.Replace("{code}", "0"), UriKind.Absolute, out var parsed))
        {
            return "expected an absolute URI";
        }

        return parsed.Scheme is "http" or "https" or "urn" or "tag"
            ? null
            : $"the scheme '{parsed.Scheme}' is not one a client can follow (use https, http, urn or tag)";
    }
}
