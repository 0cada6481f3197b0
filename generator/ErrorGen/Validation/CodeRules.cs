using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// The rules for one code: its value against the catalog's code type, its module and ranges, its HTTP status
/// (code, then module, then range/prefix rule, then catalog default), retryability and message template.
/// </summary>
internal static class CodeRules
{
    private static readonly HashSet<int> s_retryableByDefault = new() { 408, 429, 502, 503, 504 };

    /// <summary>The wire text of a code in a catalog of <paramref name="codeType"/>, or null if it is not of that type.</summary>
    public static string? TextOf(CodeValue value, CodeType codeType)
        => codeType == CodeType.String ? value.Text
            : value.Integer is { } integer ? integer.ToString(CultureInfo.InvariantCulture) : null;

    public static string TypeUri(string? typeBaseUri, string code)
    {
        if (typeBaseUri is null)
        {
            return "about:blank";
        }

        var escaped = System.Uri.EscapeDataString(code);
        return typeBaseUri.Contains("{code}") ? typeBaseUri.Replace("{code}", escaped) : typeBaseUri + escaped;
    }

    /// <summary>
    /// Every code declared in the catalog's files, resolved and registered (collisions are reported by the registry).
    /// Codes the baseline has shipped under the same value and name are offered first, then the rest in declaration
    /// order (files by path): a new entry that collides with a released one is the one refused.
    /// </summary>
    public static void Register(
        CatalogInput input, ValidationContext context, CodeRegistry registry, System.Threading.CancellationToken cancellationToken)
    {
        var shipped = ShippedCodes(input);
        var resolved = new List<(CodeDeclaration Declaration, CodeSpec Spec, bool IsShipped, bool IsComplete)>();
        foreach (var file in input.Files)
        {
            foreach (var declaration in file.Codes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Resolve(declaration, context, out var isComplete) is { } spec)
                {
                    resolved.Add((declaration, spec, shipped.Contains((spec.Text, spec.MemberName)), isComplete));
                }
            }
        }

        // Shipped codes, then the others; last, entries left out for another problem are checked for collisions too.
        var accepted = new bool[resolved.Count];
        foreach (var pass in new[] { 0, 1, 2 })
        {
            for (var i = 0; i < resolved.Count; i++)
            {
                var (declaration, spec, isShipped, isComplete) = resolved[i];
                if (pass == (!isComplete ? 2 : isShipped ? 0 : 1))
                {
                    accepted[i] = registry.TryAdd(spec, declaration.Code.Location, declaration.Name.Location, isShipped, claims: isComplete);
                }
            }
        }

        for (var i = 0; i < resolved.Count; i++)
        {
            if (accepted[i] && resolved[i].Declaration.ReplacedBy is { } replacedBy)
            {
                registry.Replacements.Add((resolved[i].Spec.Text, replacedBy));
            }
        }
    }

    /// <summary>The (value, member name) pairs the catalog's baseline lists as shipped and not retired.</summary>
    private static HashSet<(string Code, string Name)> ShippedCodes(CatalogInput input)
    {
        var shipped = new HashSet<(string, string)>();
        if (input.Baselines.Count > 0)
        {
            foreach (var entry in input.Baselines[0].Entries)
            {
                if (!entry.IsRetired)
                {
                    shipped.Add((entry.Code, entry.Name));
                }
            }
        }

        return shipped;
    }

    /// <summary>
    /// The code as it generates, or null when its value or name is unusable; <paramref name="isComplete"/> is false when
    /// another problem leaves it out (its identities are still checked). Every independent problem of the entry is
    /// reported, not only the first: a catalog editor fixes them in one round.
    /// </summary>
    public static CodeSpec? Resolve(CodeDeclaration declaration, ValidationContext context, out bool isComplete)
    {
        var diagnostics = context.Diagnostics;
        var code = declaration.Code;
        var text = TextOf(code.Value, context.CodeType);
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.WrongCodeType, code.Location, code.Value.Text, "an integer", context.CatalogName, "int"));
        }
        else if (context.CodeType == CodeType.String
            && !TextRules.CheckName(new Located<string>(code.Value.Text, code.Location), "string code", diagnostics, allowPadding: false))
        {
            text = null;
        }

        var shown = text ?? code.Value.Text;
        var identifier = CodeIdentifier(declaration.Name, context);
        LintRules.CheckEntry(declaration, identifier, context);
        var module = ResolveModule(declaration, context, shown);
        var httpStatus = ResolveHttpStatus(declaration, context, module, shown);
        isComplete = TemplateRules.TryResolve(declaration, shown, context, out var parameters, out var template, out var message);
        var fields = FieldRules.ValuesOf(declaration, shown, context);
        if (text is null || identifier is null)
        {
            return null;
        }

        var retryable = declaration.Retryable?.Value
            ?? module?.Declaration.Retryable?.Value
            ?? s_retryableByDefault.Contains(httpStatus ?? UnmappedHttpStatus);
        return new CodeSpec(
            text,
            code.Value.Integer ?? 0,
            declaration.Name.Value,
            identifier,
            module?.Spec,
            httpStatus ?? UnmappedHttpStatus,
            IsHttpMapped: httpStatus is not null,
            declaration.Title?.Value ?? IdentifierNormalizer.Humanize(identifier),
            message,
            declaration.Recommendation?.Value,
            retryable,
            IsDeprecated: declaration.Deprecated?.Value ?? false,
            ReplacedByIdentifier: null,
            TypeUri(context.TypeBaseUri, text),
            IsSuccess: declaration.Kind?.Value == CodeKind.Success,
            parameters,
            template)
        {
            Format = TemplateRules.FormatOf(declaration, context),
            Kind = declaration.Kind?.Value ?? CodeKind.Error,
            Fields = fields,
        };
    }

    /// <summary>The C# identifier of a code (or success) name, or null after reporting why it cannot be one.</summary>
    public static string? CodeIdentifier(Located<string> name, ValidationContext context)
    {
        if (!TextRules.CheckName(name, "code name", context.Diagnostics))
        {
            return null;
        }

        var identifier = IdentifierNormalizer.ToPascalCase(name.Value);
        var problem = identifier.Length == 0 ? "it has no letters or digits to make a C# identifier from"
            : ReservedNames.ForCode(identifier, context.CodeType == CodeType.String, context.GeneratedTypes);
        if (problem is not null)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidValue, name.Location, "code name", TextRules.Printable(name.Value), problem));
            return null;
        }

        return TextRules.CheckIdentifierLength(identifier, name, "code name", context.Diagnostics) ? identifier : null;
    }

    private static ModuleValidator.ResolvedModule? ResolveModule(CodeDeclaration declaration, ValidationContext context, string text)
    {
        ModuleValidator.ResolvedModule? module = null;
        if (declaration.Module is { } moduleName)
        {
            if (!context.Modules.TryGetValue(moduleName.Value, out module))
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownModule, moduleName.Location, text, moduleName.Value, context.CatalogName));
            }
        }

        // Ranges are in the form of the catalog's code type (ModuleValidator): integers, or string-code patterns.
        var value = declaration.Code.Value.Integer;
        if (module is { Declaration.Ranges.Count: > 0 } && !module.Declaration.Ranges.Any(r => r.Value.Contains(text, value)))
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.CodeOutsideModule, declaration.Code.Location, text, module.Spec.Name,
                string.Join(", ", module.Declaration.Ranges.Select(r => r.Value.Text))));
        }

        foreach (var other in context.Modules.Values)
        {
            if (other == module)
            {
                continue;
            }

            foreach (var range in other.Declaration.Ranges)
            {
                if (range.Value.Contains(text, value))
                {
                    var owner = module is null ? "no module" : $"module '{module.Spec.Name}'";
                    context.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.CodeInOtherModule, declaration.Code.Location, range.Location, text, owner, range.Value.Text,
                        other.Spec.Name));
                    return module;
                }
            }
        }

        return module;
    }

    /// <summary>
    /// EG0016 once per catalog, not once per code: at the code when one is unmapped, else at the catalog's name with the
    /// count and the first codes (an error list with no HTTP meaning would otherwise get a warning per code).
    /// </summary>
    public static void CheckUnmapped(ValidationContext context, SourceLocation catalogName)
    {
        var unmapped = context.UnmappedCodes;
        if (unmapped.Count == 1)
        {
            var (code, location) = unmapped[0];
            context.Report(DiagnosticDescriptors.UnmappedCode, location, $"Code {code} resolves to", "it will be", string.Empty);
        }
        else if (unmapped.Count > 1)
        {
            context.Report(
                DiagnosticDescriptors.UnmappedCode,
                catalogName,
                $"{CodeSummary.Count(unmapped.Count)} codes of catalog '{context.CatalogName}' resolve to",
                "they will be",
                $" (codes {CodeSummary.FirstCodes(unmapped.Select(u => u.Code).ToList())}); set defaultHttpStatus in the catalog header, "
                    + "or give them a module or rule with one");
        }
    }

    /// <summary>The kind as the catalog writes it and the descriptor's <c>Kind</c> returns it.</summary>
    public static string KindName(CodeKind kind) => kind switch
    {
        CodeKind.Warning => "warning",
        CodeKind.Info => "info",
        CodeKind.Success => "success",
        _ => "error",
    };

    /// <summary>What a server answers for a code no mapping resolves (EG0016 says so).</summary>
    public const int UnmappedHttpStatus = 500;

    private static int? ResolveHttpStatus(CodeDeclaration declaration, ValidationContext context, ModuleValidator.ResolvedModule? module, string text)
    {
        int? status = null;
        if (declaration.HttpStatus is { } own && ModuleValidator.CheckStatus(own, context.Diagnostics))
        {
            status = own.Value;
        }

        // A warning, a notice or a success rides on a successful response: 200 unless the code says otherwise, never
        // the error statuses of its module, rules or catalog.
        if (declaration.Kind is { Value: not CodeKind.Error } kind)
        {
            if (status is >= 400)
            {
                context.Report(
                    DiagnosticDescriptors.NonErrorWithErrorStatus, declaration.HttpStatus!.Value.Location, text, KindName(kind.Value),
                    status.Value.ToString(CultureInfo.InvariantCulture));
            }

            return status ?? 200;
        }

        status ??= module?.Declaration.HttpStatus is { Value: >= 100 and <= 599 } fromModule ? fromModule.Value : null;
        if (status is null)
        {
            status = context.Rules.Find(r => r.Range.Value.Contains(text, declaration.Code.Value.Integer))?.HttpStatus.Value;
        }

        status ??= context.DefaultHttpStatus;
        if (status is null)
        {
            context.UnmappedCodes.Add((text, declaration.Code.Location));
            return null;
        }

        var statusLocation = declaration.HttpStatus?.Location ?? declaration.Code.Location;
        if (status is < 200 or 204 or 205 or 304)
        {
            // The wire breaks: these statuses carry no body, so the client never sees the error.
            context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.HttpStatusWithoutBody, statusLocation, text, status.Value.ToString(CultureInfo.InvariantCulture)));
        }
        else if (status < 400)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NonErrorHttpStatus, statusLocation, text, status.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return status.Value;
    }
}
