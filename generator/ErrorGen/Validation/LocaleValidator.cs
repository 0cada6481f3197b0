using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Validation;

/// <summary>
/// Translations: per-locale files (<c>locale: zh-CN</c> + <c>translations:</c>) attach titles, messages and
/// recommendations to the catalog's codes. Checks locale names, codes that do not exist, placeholders that differ from
/// the default locale's, and codes a supported locale has no message for (a warning, or an error when the catalog
/// sets <c>strictLocales</c>).
/// </summary>
internal static class LocaleValidator
{
    /// <summary>
    /// A BCP 47-shaped tag in ASCII: a 2-3 letter language, then subtags of 2-8 letters or digits (en, zh-CN,
    /// zh-Hant-TW). Checked character by character: a regex's '$' would let a trailing newline through.
    /// </summary>
    public static bool IsLocaleName(string tag)
    {
        var parts = tag.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(c => IsAsciiLetter(c) || (c >= '0' && c <= '9')));
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private const string NotALocaleName = "is not a locale name (expected a name like en or zh-CN)";

    /// <summary>The codes with their translations attached (a new list), the default locale and the translated ones.</summary>
    public static (List<CodeSpec> Codes, string DefaultLocale, List<string> Translated) Resolve(
        CatalogInput input,
        CatalogHeader header,
        IReadOnlyList<CodeSpec> codes,
        IReadOnlyDictionary<string, BaselineValidator.CodePlaces> places,
        ValidationContext context)
    {
        var (defaultLocale, translated) = ResolveLocales(header, context.Diagnostics);
        var found = CollectTranslations(input, codes, defaultLocale, translated, context);
        var strict = header.StrictLocales?.Value == true;
        var resolved = new List<CodeSpec>(codes.Count);
        var missing = new List<(string Locale, string Code, SourceLocation Location)>();
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var texts = new List<LocalizedText>();
            foreach (var locale in translated)
            {
                if (found.TryGetValue((i, locale), out var localized))
                {
                    texts.Add(localized);
                }

                if (localized?.Message is null && !code.IsSuccess && places.TryGetValue(code.Text, out var place))
                {
                    missing.Add((locale, code.Text, place.Code));
                }
            }

            resolved.Add(code with { Translations = texts.ToEquatableArray() });
        }

        CheckMissing(missing, header, defaultLocale, strict, context);
        return (resolved, defaultLocale, translated);
    }

    /// <summary>
    /// EG0041 once per locale, not once per code: at the code when one message is missing, else at the locale in the
    /// header's <c>locales</c> with the count and the first codes (a new locale starts with every message missing).
    /// </summary>
    private static void CheckMissing(
        List<(string Locale, string Code, SourceLocation Location)> missing,
        CatalogHeader header,
        string defaultLocale,
        bool strict,
        ValidationContext context)
    {
        foreach (var locale in missing.GroupBy(m => m.Locale, StringComparer.Ordinal))
        {
            var codes = locale.ToList();
            DiagnosticInfo diagnostic;
            if (codes.Count == 1)
            {
                var (_, code, location) = codes[0];
                diagnostic = DiagnosticInfo.Create(
                    DiagnosticDescriptors.MissingTranslation, location, $"Code {code} has", locale.Key, "it falls", defaultLocale, string.Empty);
            }
            else
            {
                var where = header.Locales.FirstOrDefault(l => string.Equals(l.Value, locale.Key, StringComparison.OrdinalIgnoreCase)).Location
                    ?? codes[0].Location;
                diagnostic = DiagnosticInfo.Create(
                    DiagnosticDescriptors.MissingTranslation,
                    where,
                    $"{CodeSummary.Count(codes.Count)} codes of catalog '{context.CatalogName}' have",
                    locale.Key,
                    "they fall",
                    defaultLocale,
                    $" (codes {CodeSummary.FirstCodes(codes.Select(c => c.Code).ToList())})");
            }

            context.Diagnostics.Add(diagnostic with { Severity = strict ? DiagnosticSeverity.Error : null });
        }
    }

    /// <summary>The default locale and the other locales the header lists (each once, whatever its case).</summary>
    private static (string DefaultLocale, List<string> Translated) ResolveLocales(CatalogHeader header, List<DiagnosticInfo> diagnostics)
    {
        var defaultLocale = header.DefaultLocale?.Value ?? "en";
        if (header.DefaultLocale is { } declaredDefault && !IsLocaleName(declaredDefault.Value))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedLocale, declaredDefault.Location, declaredDefault.Value, NotALocaleName));
            defaultLocale = "en";
        }

        var translated = new List<string>();
        foreach (var locale in header.Locales)
        {
            if (!IsLocaleName(locale.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedLocale, locale.Location, locale.Value, NotALocaleName));
            }
            else if (translated.Find(t => string.Equals(t, locale.Value, StringComparison.OrdinalIgnoreCase)) is { } same)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedLocale, locale.Location, locale.Value,
                    $"is listed twice (as '{same}'); locale names are compared without case"));
            }
            else if (!string.Equals(locale.Value, defaultLocale, StringComparison.OrdinalIgnoreCase))
            {
                translated.Add(locale.Value);
            }
        }

        return (defaultLocale, translated);
    }

    /// <summary>The translations of the catalog's translation files, by code index and locale; what does not fit is reported.</summary>
    private static Dictionary<(int Code, string Locale), LocalizedText> CollectTranslations(
        CatalogInput input, IReadOnlyList<CodeSpec> codes, string defaultLocale, List<string> translated, ValidationContext context)
    {
        var diagnostics = context.Diagnostics;
        var byText = codes.Select((c, i) => (c.Text, i)).ToDictionary(p => p.Text, p => p.i, StringComparer.Ordinal);
        var found = new Dictionary<(int Code, string Locale), LocalizedText>();
        foreach (var file in input.Files)
        {
            if (file.Translations.Count > 0 && file.Locale is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MissingField, file.Translations[0].Location, "a translation file", "locale"));
                continue;
            }

            if (file.Locale is not { } locale)
            {
                continue;
            }

            var problem = !IsLocaleName(locale.Value) ? NotALocaleName
                : string.Equals(locale.Value, defaultLocale, StringComparison.OrdinalIgnoreCase)
                    ? "is the catalog's default locale: its texts belong in the catalog's own files"
                : !translated.Contains(locale.Value)
                    ? $"is not among the locales of catalog '{input.Name}' ({string.Join(", ", new[] { defaultLocale }.Concat(translated))})"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedLocale, locale.Location, locale.Value, problem));
                continue;
            }

            foreach (var translation in file.Translations)
            {
                var text = CodeRules.TextOf(translation.Code.Value, context.CodeType);
                if (text is null || !byText.TryGetValue(text, out var index))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.TranslationOfUnknownCode, translation.Code.Location, locale.Value, translation.Code.Value.Text,
                        input.Name));
                    continue;
                }

                string? canonical = null;
                if (translation.Message is { } message
                    && (canonical = PlaceholdersMatch(codes[index], message, locale.Value, defaultLocale, diagnostics)) is null)
                {
                    continue;
                }

                found[(index, locale.Value)] = new LocalizedText(
                    locale.Value, translation.Title?.Value, canonical, translation.Recommendation?.Value);
            }
        }

        return found;
    }

    /// <summary>The translation as a canonical brace template, or null after reporting why it cannot stand for the code's message.</summary>
    private static string? PlaceholdersMatch(
        CodeSpec code, Located<string> message, string locale, string defaultLocale, List<DiagnosticInfo> diagnostics)
    {
        if (TemplateRules.CanonicalTranslation(code, message.Value, out var parts, out var error) is not { } canonical)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedTemplate, message.Location, code.Text, error));
            return null;
        }

        var expected = code.Template.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
        var actual = parts.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
        if (expected.SequenceEqual(actual))
        {
            return canonical;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.TranslationPlaceholdersDiffer, message.Location, locale, code.Text, string.Join("}, {", actual), defaultLocale,
            string.Join("}, {", expected)));
        return null;
    }
}
