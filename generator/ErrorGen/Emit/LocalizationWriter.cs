using System.Linq;
using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Writes the catalog's locales: <c>DefaultLocale</c>, <c>Locales</c>, <c>ResolveLocale(culture)</c> (the first supported
/// locale along the culture's parents: zh-Hant-TW → zh-Hant → default), the per-locale texts in nested classes (loaded only
/// when a locale is first asked for), and <c>FormatTemplate</c> to fill a translated template with an exception's arguments.
/// </summary>
internal static class LocalizationWriter
{
    public static void Write(SourceWriter writer, CatalogSpec catalog)
    {
        var locales = catalog.TranslatedLocales;
        writer.Doc("<summary>The locale of the catalog's own texts.</summary>");
        writer.Line($"public const string DefaultLocale = {CSharpText.Literal(catalog.DefaultLocale)};");
        writer.Line();
        writer.Doc("<summary>Every locale the catalog serves, the default first.</summary>");
        writer.Line($"public static {KnownTypes.IReadOnlyList}<string> Locales => s_locales;");
        writer.Line();
        var allLocales = CSharpText.Literals(new[] { catalog.DefaultLocale }.Concat(locales));
        writer.Line($"private static readonly string[] s_locales = new string[] {{ {allLocales} }};");
        writer.Line();
        WriteResolveLocale(writer, locales);
        WriteLocalized(writer, locales);
        WriteLocaleTables(writer, catalog);
        WriteFormatTemplate(writer);
    }

    private static void WriteResolveLocale(SourceWriter writer, EquatableArray<string> locales)
    {
        writer.Doc("<summary>The catalog locale that serves <paramref name=\"culture\"/> (default: the current "
            + "UI culture): the first along its parents, else <see cref=\"DefaultLocale\"/>.</summary>");
        writer.Open($"public static string ResolveLocale({KnownTypes.CultureInfo}? culture = null)");
        if (locales.Count > 0)
        {
            writer.Line($$"""
                for (var c = culture ?? {{KnownTypes.CultureInfo}}.CurrentUICulture; c.Name.Length > 0; c = c.Parent)
                {
                    // An array and a for loop: no enumerator, so resolving allocates nothing.
                    for (var i = 0; i < s_locales.Length; i++)
                    {
                        if (string.Equals(s_locales[i], c.Name, {{KnownTypes.StringComparison}}.OrdinalIgnoreCase))
                        {
                            return s_locales[i];
                        }
                    }
                }
                """);
            writer.Line();
        }
        else
        {
            writer.Line("_ = culture;");
        }

        writer.Line("return DefaultLocale;");
        writer.Close();
        writer.Line();
    }

    private static void WriteLocalized(SourceWriter writer, EquatableArray<string> locales)
    {
        writer.Line("// field: 0 title, 1 message, 2 recommendation. Null means: use the default locale's text.");
        writer.Open($"internal static string? Localized(int index, int field, {KnownTypes.CultureInfo}? culture)");
        if (locales.Count == 0)
        {
            writer.Line("""
                _ = index;
                _ = field;
                _ = culture;
                return null;
                """);
        }
        else
        {
            writer.Open("switch (ResolveLocale(culture))");
            foreach (var locale in locales)
            {
                writer.Line($"case {CSharpText.Literal(locale)}: return {ClassName(locale)}.Text(index, field);");
            }

            writer.Line("default: return null;");
            writer.Close();
        }

        writer.Close();
        writer.Line();
    }

    private static void WriteLocaleTables(SourceWriter writer, CatalogSpec catalog)
    {
        foreach (var locale in catalog.TranslatedLocales)
        {
            string Column(System.Func<LocalizedText, string?> select)
                => string.Join(", ", catalog.Codes.Select(
                    c => CSharpText.Literal(c.Translations.FirstOrDefault(t => t.Locale == locale) is { } t ? select(t) : null)));

            writer.Line($"// The {locale} texts by code index; loaded the first time {locale} is asked for.");
            writer.Open($"private static class {ClassName(locale)}");
            writer.Line($$"""
                private static readonly string?[] s_titles = new string?[] { {{Column(t => t.Title)}} };
                private static readonly string?[] s_messages = new string?[] { {{Column(t => t.Message)}} };
                private static readonly string?[] s_recommendations = new string?[] { {{Column(t => t.Recommendation)}} };

                public static string? Text(int index, int field) => field == 0 ? s_titles[index] : field == 1 ? s_messages[index] : s_recommendations[index];
                """);
            writer.Close();
            writer.Line();
        }
    }

    private static void WriteFormatTemplate(SourceWriter writer)
    {
        writer.Doc("<summary>Fills a message template (<c>{name}</c> placeholders, <c>{{</c>/<c>}}</c> literal "
            + "braces) with <paramref name=\"arguments\"/>, formatted with the invariant culture.</summary>");
        writer.Line($"public static string FormatTemplate(string template, {KnownTypes.IReadOnlyDictionary}<string, object?> arguments) => {CatalogRuntimeEmitter.Type}.FormatTemplate(template, arguments);");
        writer.Line();
    }

    private static string ClassName(string locale)
        => "Locale_" + new string(locale.Select(c => char.IsLetterOrDigit(c) && c < 128 ? c : '_').ToArray());
}
