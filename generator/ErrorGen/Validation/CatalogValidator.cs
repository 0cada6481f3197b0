using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Validates one catalog (all of its files) and builds the <see cref="CatalogSpec"/> to emit.
/// A pure function of its input: problems become diagnostics, invalid codes are left out, the rest generates.
/// </summary>
internal static class CatalogValidator
{

    public static CatalogResult Validate(CatalogInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in input.Files)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        if (input.UnboundBaselineReason is { } reason)
        {
            // A release gate that guards nothing must not pass silently.
            var baseline = input.Baselines[0];
            diagnostics.AddRange(baseline.Diagnostics.Where(d => d.Id != DiagnosticDescriptors.MalformedBaseline.Id || baseline.CatalogName is not null));
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnboundBaseline, baseline.CatalogName?.Location ?? SourceLocation.FileStart(baseline.FilePath), reason));
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var nameDeclaration = input.Files.Select(f => f.CatalogName).FirstOrDefault(n => n is not null);
        if (nameDeclaration is not { } declaredName)
        {
            // The file's own diagnostics already say why it names no catalog.
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var nameLocation = declaredName.Location;
        var header = CatalogHeaderMerger.Merge(input, diagnostics);
        if (!TextRules.CheckName(declaredName, "catalog name", diagnostics))
        {
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var typeName = IdentifierNormalizer.ToPascalCase(input.Name);
        if (typeName.Length == 0 || typeName[0] == '@')
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, nameLocation, "catalog name", input.Name, "it cannot be made into a C# type name"));
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        if (!TextRules.CheckIdentifierLength(typeName, declaredName, "catalog name", diagnostics))
        {
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var ns = input.DefaultNamespace;
        if (header.Namespace is { } declaredNamespace)
        {
            if (IdentifierNormalizer.IsValidNamespace(declaredNamespace.Value))
            {
                ns = declaredNamespace.Value;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, declaredNamespace.Location, "namespace", declaredNamespace.Value, "expected dot-separated C# identifiers"));
            }
        }

        var typeBaseUri = header.TypeBaseUri?.Value;
        if (header.TypeBaseUri is { } uri && TypeUriProblem(uri.Value) is { } uriProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, uri.Location, "typeBaseUri", TextRules.Printable(uri.Value), uriProblem));
            typeBaseUri = null;
        }

        ModuleValidator.CheckStatus(header.DefaultHttpStatus, diagnostics);
        var defaultHttp = header.DefaultHttpStatus is { Value: >= 100 and <= 599 } d ? d.Value : (int?)null;
        var codeType = header.CodeType?.Value ?? CodeType.Integer;
        var modules = ModuleValidator.Validate(input, typeName, diagnostics);
        var rules = ModuleValidator.ValidateRules(input, diagnostics);
        var generatedTypes = new HashSet<string>(ReservedNames.GeneratedTypeNames(typeName, modules.Values.Select(m => m.Spec.Identifier)), StringComparer.Ordinal);

        var context = new CodeContext(input.Name, generatedTypes, codeType, typeBaseUri, defaultHttp, modules, rules, diagnostics);
        var codes = new List<CodeSpec>();
        var byValue = new Dictionary<string, (string Name, SourceLocation Location)>(StringComparer.Ordinal);
        var byName = new Dictionary<string, (string Code, SourceLocation Location)>(StringComparer.Ordinal);
        var byIdentifier = new Dictionary<string, (string Name, SourceLocation Location)>(StringComparer.Ordinal);
        var replacements = new List<(string Code, Located<CodeValue> ReplacedBy)>();
        var places = new Dictionary<string, BaselineValidator.CodePlaces>(StringComparer.Ordinal);

        SuccessSpec? success = null;
        if (header.Success is { } successDeclaration && SuccessNameIsUsable(successDeclaration, context))
        {
            success = AddSuccess(successDeclaration, context, codes, byValue, byName, byIdentifier);
        }

        foreach (var file in input.Files)
        {
            foreach (var declaration in file.Codes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (CodeRules.Resolve(declaration, context) is not { } spec)
                {
                    continue;
                }

                if (byValue.TryGetValue(spec.Text, out var existing))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateCode, declaration.Code.Location, existing.Location, spec.Text, input.Name, spec.Name, existing.Name, existing.Location.Display));
                    continue;
                }

                if (byName.TryGetValue(spec.Name, out var sameName))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateName, declaration.Name.Location, sameName.Location, spec.Name, spec.Text, sameName.Code, sameName.Location.Display));
                    continue;
                }

                if (byIdentifier.TryGetValue(spec.Identifier, out var sameIdentifier))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.IdentifierCollision, declaration.Name.Location, sameIdentifier.Location, "Code name", spec.Name, spec.Identifier, sameIdentifier.Name, sameIdentifier.Location.Display));
                    continue;
                }

                byValue.Add(spec.Text, (spec.Name, declaration.Code.Location));
                byName.Add(spec.Name, (spec.Text, declaration.Name.Location));
                byIdentifier.Add(spec.Identifier, (spec.Name, declaration.Name.Location));
                codes.Add(spec);
                places[spec.Text] = new BaselineValidator.CodePlaces(declaration.Code.Location, declaration.Name.Location);
                if (declaration.ReplacedBy is { } replacedBy)
                {
                    replacements.Add((spec.Text, replacedBy));
                }
            }
        }

        ResolveReplacements(codes, replacements, context);
        codes.Sort((a, b) => codeType == CodeType.Integer ? a.Integer.CompareTo(b.Integer) : string.CompareOrdinal(a.Text, b.Text));
        BaselineValidator.Check(input, codes, places, diagnostics);
        var (defaultLocale, translatedLocales) = LocaleValidator.Apply(input, header, codes, places, context);

        var catalog = new CatalogSpec(
            input.Name,
            typeName,
            ns,
            header.Description?.Value,
            codeType,
            NeedsLong: codeType == CodeType.Integer && codes.Any(c => c.Integer is > int.MaxValue or < int.MinValue),
            typeBaseUri,
            success,
            modules.Values.Select(m => m.Spec).OrderBy(m => m.Ordinal).ToEquatableArray(),
            codes.ToEquatableArray(),
            input.Files.Select(f => f.FilePath).ToEquatableArray())
        {
            InternalErrorIdentifier = ResolveNamedCode(header.InternalErrorCode, "internalErrorCode", codes, context),
            RateLimitIdentifier = ResolveNamedCode(header.RateLimitCode, "rateLimitCode", codes, context),
            Envelope = EnvelopeValidator.Check(header, diagnostics),
            DefaultLocale = defaultLocale,
            TranslatedLocales = translatedLocales.ToEquatableArray(),
        };
        return new CatalogResult(catalog, diagnostics.ToEquatableArray()) { NameLocation = nameLocation };
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

        return parsed.Scheme is "http" or "https" or "urn" or "tag" ? null : $"the scheme '{parsed.Scheme}' is not one a client can follow (use https, http, urn or tag)";
    }

    private static bool SuccessNameIsUsable(SuccessDeclaration declaration, CodeContext context)
    {
        if (declaration.Field.Value.Length == 0)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, declaration.Field.Location, "success field", "", "a JSON field name cannot be empty"));
            return false;
        }

        return TextRules.CheckName(declaration.Field, "success field", context.Diagnostics, allowPadding: false)
           && (declaration.Name is not { } name || CodeRules.CodeIdentifier(name, context) is not null)
           && (context.CodeType != CodeType.String
               || TextRules.CheckName(new Located<string>(declaration.Value.Value.Text, declaration.Value.Location), "success value", context.Diagnostics, allowPadding: false));
    }

    /// <summary>A header setting that names one of the catalog's codes (internalErrorCode, rateLimitCode).</summary>
    private static string? ResolveNamedCode(Located<CodeValue>? named, string setting, List<CodeSpec> codes, CodeContext context)
    {
        if (named is not { } value)
        {
            return null;
        }

        var text = CodeRules.TextOf(value.Value, context.CodeType);
        var code = text is null ? null : codes.Find(c => c.Text == text && !c.IsSuccess);
        if (code is null)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownNamedCode, value.Location, setting, value.Value.Text, context.CatalogName));
            return null;
        }

        // The handler and the rate limiter serve this code with no arguments: a placeholder would reach clients raw.
        if (code.Parameters.Count > 0)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidValue, value.Location, setting, value.Value.Text,
                $"the message of code {code.Text} has placeholders ({string.Join(", ", code.Parameters.Select(p => "{" + p.Name + "}"))}), which ErrorGen has no values for when it serves this code"));
            return null;
        }

        return code.Identifier;
    }

    private static SuccessSpec AddSuccess(
        SuccessDeclaration declaration,
        CodeContext context,
        List<CodeSpec> codes,
        Dictionary<string, (string Name, SourceLocation Location)> byValue,
        Dictionary<string, (string Code, SourceLocation Location)> byName,
        Dictionary<string, (string Name, SourceLocation Location)> byIdentifier)
    {
        var value = declaration.Value.Value;
        // Success is a member of the code type when it is carried by the code field (code: 0, code: 200);
        // a flag in another field (status: true) is described by constants only.
        var isCodeField = declaration.Field.Value == "code" || declaration.Name is not null;
        var isCode = isCodeField && value.Boolean is null && (context.CodeType == CodeType.String || value.Integer is not null);
        if (!isCode)
        {
            return new SuccessSpec(declaration.Field.Value, value.Text, IsCode: false);
        }

        var name = declaration.Name?.Value ?? "Success";
        var identifier = IdentifierNormalizer.ToPascalCase(name);
        var text = context.CodeType == CodeType.Integer ? value.Integer!.Value.ToString(CultureInfo.InvariantCulture) : value.Text;
        var spec = new CodeSpec(
            text,
            value.Integer ?? 0,
            name,
            identifier,
            Module: null,
            HttpStatus: 200,
            IsHttpMapped: true,
            Title: IdentifierNormalizer.Humanize(identifier),
            Message: declaration.Message?.Value ?? IdentifierNormalizer.Humanize(identifier),
            Recommendation: null,
            IsRetryable: false,
            IsDeprecated: false,
            ReplacedByIdentifier: null,
            TypeUri: CodeRules.TypeUri(context.TypeBaseUri, text),
            IsSuccess: true,
            EquatableArray<ParameterSpec>.Empty,
            EquatableArray<TemplatePart>.Empty);
        byValue.Add(text, (name, declaration.Value.Location));
        byName.Add(name, (text, declaration.Location));
        byIdentifier.Add(identifier, (name, declaration.Location));
        codes.Add(spec);
        return new SuccessSpec(declaration.Field.Value, text, IsCode: true);
    }

    private static void ResolveReplacements(List<CodeSpec> codes, List<(string Code, Located<CodeValue> ReplacedBy)> replacements, CodeContext context)
    {
        if (replacements.Count == 0)
        {
            return;
        }

        var indexByText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            indexByText[codes[i].Text] = i;
        }

        foreach (var (code, replacedBy) in replacements)
        {
            var target = CodeRules.TextOf(replacedBy.Value, context.CodeType);
            if (target is not null && target != code && indexByText.TryGetValue(target, out var replacement))
            {
                var index = indexByText[code];
                codes[index] = codes[index] with { IsDeprecated = true, ReplacedByIdentifier = codes[replacement].Identifier };
            }
            else
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReplacement, replacedBy.Location, code, replacedBy.Value.Text, context.CatalogName));
            }
        }

        ReportCycles(codes, replacements, indexByText, context);
    }

    /// <summary>Follows each replacement chain; a chain that comes back to its start is reported once, at its start.</summary>
    private static void ReportCycles(
        List<CodeSpec> codes, List<(string Code, Located<CodeValue> ReplacedBy)> replacements, Dictionary<string, int> indexByText, CodeContext context)
    {
        var byIdentifier = codes.Select((c, i) => (c.Identifier, i)).ToDictionary(p => p.Identifier, p => p.i, StringComparer.Ordinal);
        var reported = new HashSet<int>();
        foreach (var (code, replacedBy) in replacements)
        {
            var start = indexByText[code];
            var chain = new List<string> { code };
            var seen = new HashSet<int> { start };
            var current = start;
            while (codes[current].ReplacedByIdentifier is { } next && byIdentifier.TryGetValue(next, out var nextIndex))
            {
                chain.Add(codes[nextIndex].Text);
                if (nextIndex == start)
                {
                    if (seen.All(reported.Add))
                    {
                        context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReplacementCycle, replacedBy.Location, code, string.Join(" → ", chain)));
                    }

                    break;
                }

                if (!seen.Add(nextIndex))
                {
                    break;
                }

                current = nextIndex;
            }
        }
    }
}
