using System;
using System.Collections.Generic;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Merges the <c>catalog:</c> headers of a split catalog: each setting may come from any file, but from one
/// only unless the values agree. Reports conflicting settings and a catalog with no header at all.
/// </summary>
internal static class CatalogHeaderMerger
{
    /// <summary>The merged settings; the location is the first file's header (or its catalog name when none has one).</summary>
    public static CatalogHeader Merge(CatalogInput input, List<DiagnosticInfo> diagnostics)
    {
        Located<string>? ns = null, description = null, typeBaseUri = null;
        Located<CodeType>? codeType = null;
        Located<int>? defaultHttp = null;
        SuccessDeclaration? success = null;
        Located<CodeValue>? internalError = null, rateLimit = null;
        Located<EnvelopeSpec>? envelope = null;
        Located<string>? defaultLocale = null;
        Located<bool>? strictLocales = null;
        var locales = EquatableArray<Located<string>>.Empty;
        var envelopeFields = EquatableArray<EnvelopeField>.Empty;
        SourceLocation? firstHeader = null;

        foreach (var file in input.Files)
        {
            if (file.Header is not { } header)
            {
                continue;
            }

            firstHeader ??= header.Location;
            Take(ref ns, header.Namespace, "namespace");
            Take(ref description, header.Description, "description");
            Take(ref codeType, header.CodeType, "codeType");
            Take(ref typeBaseUri, header.TypeBaseUri, "typeBaseUri");
            Take(ref defaultHttp, header.DefaultHttpStatus, "defaultHttpStatus");
            Take(ref internalError, header.InternalErrorCode, "internalErrorCode");
            Take(ref rateLimit, header.RateLimitCode, "rateLimitCode");
            Take(ref envelope, header.Envelope, "envelope");
            Take(ref defaultLocale, header.DefaultLocale, "defaultLocale");
            Take(ref strictLocales, header.StrictLocales, "strictLocales");
            locales = locales.Count == 0 ? header.Locales : locales;
            envelopeFields = envelopeFields.Count == 0 ? header.EnvelopeFields : envelopeFields;
            if (header.Success is { } s)
            {
                if (success is null)
                {
                    success = s;
                }
                else if (s.Value.Value.Text != success.Value.Value.Text || s.Field.Value != success.Field.Value)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ConflictingCatalogSetting, s.Location, success.Location,
                        input.Name, "success", $"{s.Field.Value}: {s.Value.Value.Text}", $"{success.Field.Value}: {success.Value.Value.Text}",
                        success.Location.Display));
                }
            }
        }

        var nameLocation = FirstNameLocation(input);
        if (firstHeader is null && nameLocation is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCatalogHeader, nameLocation, input.Name));
        }

        return new CatalogHeader(firstHeader ?? nameLocation!, ns, description, codeType, typeBaseUri, defaultHttp, success)
        {
            InternalErrorCode = internalError,
            RateLimitCode = rateLimit,
            Envelope = envelope,
            EnvelopeFields = envelopeFields,
            DefaultLocale = defaultLocale,
            Locales = locales,
            StrictLocales = strictLocales,
        };

        void Take<T>(ref Located<T>? current, Located<T>? candidate, string setting)
            where T : notnull
        {
            if (candidate is not { } value)
            {
                return;
            }

            if (current is not { } existing)
            {
                current = value;
            }
            else if (!EqualityComparer<T>.Default.Equals(existing.Value, value.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ConflictingCatalogSetting, value.Location, existing.Location,
                    input.Name, setting, Convert.ToString(value.Value)!, Convert.ToString(existing.Value)!, existing.Location.Display));
            }
        }
    }

    private static SourceLocation? FirstNameLocation(CatalogInput input)
    {
        foreach (var file in input.Files)
        {
            if (file.CatalogName is { } name)
            {
                return name.Location;
            }
        }

        return null;
    }
}
