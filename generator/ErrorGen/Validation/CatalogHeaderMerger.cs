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
        CatalogHeader? merged = null;
        foreach (var file in input.Files)
        {
            if (file.Header is { } header)
            {
                merged = merged is null ? header : Combine(merged, header, new Conflicts(input.Name, diagnostics));
            }
        }

        if (merged is not null)
        {
            return merged;
        }

        var nameLocation = FirstNameLocation(input);
        if (nameLocation is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCatalogHeader, nameLocation, input.Name));
        }

        return new CatalogHeader(nameLocation!, null, null, null, null, null, null);
    }

    /// <summary>Settings of <paramref name="merged"/> stay; <paramref name="header"/> fills the ones it lacks.</summary>
    private static CatalogHeader Combine(CatalogHeader merged, CatalogHeader header, Conflicts conflicts) => merged with
    {
        Namespace = conflicts.Take(merged.Namespace, header.Namespace, "namespace"),
        Description = conflicts.Take(merged.Description, header.Description, "description"),
        CodeType = conflicts.Take(merged.CodeType, header.CodeType, "codeType"),
        TypeBaseUri = conflicts.Take(merged.TypeBaseUri, header.TypeBaseUri, "typeBaseUri"),
        DefaultHttpStatus = conflicts.Take(merged.DefaultHttpStatus, header.DefaultHttpStatus, "defaultHttpStatus"),
        InternalErrorCode = conflicts.Take(merged.InternalErrorCode, header.InternalErrorCode, "internalErrorCode"),
        RateLimitCode = conflicts.Take(merged.RateLimitCode, header.RateLimitCode, "rateLimitCode"),
        Envelope = conflicts.Take(merged.Envelope, header.Envelope, "envelope"),
        DefaultLocale = conflicts.Take(merged.DefaultLocale, header.DefaultLocale, "defaultLocale"),
        StrictLocales = conflicts.Take(merged.StrictLocales, header.StrictLocales, "strictLocales"),
        Locales = merged.Locales.Count == 0 ? header.Locales : merged.Locales,
        EnvelopeFields = merged.EnvelopeFields.Count == 0 ? header.EnvelopeFields : merged.EnvelopeFields,
        StatusCodes = merged.StatusCodes.Count == 0 ? header.StatusCodes : merged.StatusCodes,
        Fields = merged.Fields.Count == 0 ? header.Fields : merged.Fields,
        CodeSpace = conflicts.Take(merged.CodeSpace, header.CodeSpace, "codeSpace"),
        Http = conflicts.Take(merged.Http, header.Http, "http"),
        Telemetry = conflicts.Take(merged.Telemetry, header.Telemetry, "telemetry"),
        IsInternal = conflicts.Take(merged.IsInternal, header.IsInternal, "accessibility"),
        MessageFormat = conflicts.Take(merged.MessageFormat, header.MessageFormat, "messageFormat"),
        Success = conflicts.TakeSuccess(merged.Success, header.Success),
    };

    /// <summary>Reports a setting two files of one catalog give different values.</summary>
    private sealed class Conflicts(string catalogName, List<DiagnosticInfo> diagnostics)
    {
        public Located<T>? Take<T>(Located<T>? current, Located<T>? candidate, string setting)
            where T : notnull
        {
            if (current is not { } existing)
            {
                return candidate;
            }

            if (candidate is { } value && !EqualityComparer<T>.Default.Equals(existing.Value, value.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ConflictingCatalogSetting, value.Location, existing.Location,
                    catalogName, setting, Convert.ToString(value.Value)!, Convert.ToString(existing.Value)!, existing.Location.Display));
            }

            return existing;
        }

        public SuccessDeclaration? TakeSuccess(SuccessDeclaration? current, SuccessDeclaration? candidate)
        {
            if (current is null)
            {
                return candidate;
            }

            if (candidate is { } s && (s.Value.Value.Text != current.Value.Value.Text || s.Field.Value != current.Field.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ConflictingCatalogSetting, s.Location, current.Location,
                    catalogName, "success", $"{s.Field.Value}: {s.Value.Value.Text}", $"{current.Field.Value}: {current.Value.Value.Text}",
                    current.Location.Display));
            }

            return current;
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
