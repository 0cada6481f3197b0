using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Validates one catalog (all of its files) and builds the <see cref="CatalogSpec"/> to emit, as a sequence of named
/// passes. A pure function of its input: problems become diagnostics, invalid codes are left out, the rest generates.
/// </summary>
/// <remarks>
/// Each pass is a static class with one verb: <c>Resolve</c> returns validated values (and reports what it refuses),
/// <c>Register</c> adds codes to the <see cref="CodeRegistry"/>, <c>Check</c> only reports. Passes report into the
/// <see cref="ValidationContext"/>'s list and never change what another pass returned. A new rule goes into the pass
/// that owns the value it checks; a new kind of value gets a pass of its own, called here in order.
/// </remarks>
internal static class CatalogValidator
{
    public static CatalogResult Validate(CatalogInput input, CancellationToken cancellationToken)
    {
        var diagnostics = input.Files.SelectMany(f => f.Diagnostics).ToList();
        if (input.UnboundBaselineReason is { } reason)
        {
            BaselineValidator.CheckUnbound(input, reason, diagnostics);
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var header = CatalogHeaderMerger.Merge(input, diagnostics);
        if (CatalogIdentity.Resolve(input, diagnostics) is not { } identity)
        {
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var (name, typeName) = identity;
        var context = HeaderRules.Resolve(input, header, typeName, diagnostics);
        FieldRules.Resolve(header, context);
        var declaredCodes = 0;
        foreach (var file in input.Files)
        {
            declaredCodes += file.Codes.Count;
        }

        var registry = new CodeRegistry(context, declaredCodes + 1);
        var success = SuccessRules.Register(header.Success, context, registry);
        CodeRules.Register(input, context, registry, cancellationToken);
        var hasHttp = NoHttpRules.Check(input, header, name.Value, diagnostics);
        if (hasHttp)
        {
            CodeRules.CheckUnmapped(context, name.Location);
        }

        var codes = ReplacementRules.Resolve(registry.SortedCodes(), registry.Replacements, context);
        LintRules.CheckLookalikes(codes, registry.Places, context);
        BaselineValidator.Check(input, codes, registry.Places, diagnostics);
        var (localized, defaultLocale, translatedLocales) = LocaleValidator.Resolve(input, header, codes, registry.Places, context);

        var catalog = new CatalogSpec(
            input.Name,
            typeName,
            context.Namespace,
            header.Description?.Value,
            context.CodeType,
            NeedsLong: context.CodeType == CodeType.Integer && localized.Any(c => c.Integer is > int.MaxValue or < int.MinValue),
            context.TypeBaseUri,
            success,
            context.Modules.Values.Select(m => m.Spec).OrderBy(m => m.Ordinal).ToEquatableArray(),
            localized.ToEquatableArray(),
            input.Files.Select(f => f.FilePath).ToEquatableArray())
        {
            InternalErrorIdentifier = NamedCodeRules.Resolve(header.InternalErrorCode, "internalErrorCode", localized, context),
            RateLimitIdentifier = NamedCodeRules.Resolve(header.RateLimitCode, "rateLimitCode", localized, context),
            StatusPages = hasHttp ? NamedCodeRules.ResolveStatusPages(header.StatusCodes, localized, context) : EquatableArray<StatusPageSpec>.Empty,
            Envelope = EnvelopeValidator.Resolve(header, diagnostics),
            DefaultLocale = defaultLocale,
            TranslatedLocales = translatedLocales.ToEquatableArray(),
            IsInternal = header.IsInternal?.Value ?? input.DefaultInternal,
            HasHttp = hasHttp,
            HasTelemetry = header.Telemetry?.Value ?? true,
            Fields = context.Fields.ToEquatableArray(),
        };
        return new CatalogResult(catalog, diagnostics.ToEquatableArray())
        {
            NameLocation = name.Location,
            CodeSpaceClaim = CodeSpaces.ClaimOf(header.CodeSpace, name.Value, localized, registry, context, diagnostics),
        };
    }
}
