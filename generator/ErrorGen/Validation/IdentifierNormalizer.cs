using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorGen.Validation;

/// <summary>
/// Turns names written by catalog editors into valid, stable C# identifiers:
/// SCREAMING_SNAKE and snake_case become PascalCase (API_KEY_MISSING → ApiKeyMissing), other separators are
/// dropped with the next letter capitalised, a leading digit gets an underscore, and keywords get an '@'.
/// </summary>
internal static class IdentifierNormalizer
{
    public static string ToPascalCase(string name)
    {
        var trimmed = Canonical(name).Trim();
        var isScreaming = IsAllUpper(trimmed);
        var builder = new StringBuilder(trimmed.Length);
        var startOfWord = true;
        foreach (var c in trimmed)
        {
            if (!IsKeptInIdentifier(c) || c == '_')
            {
                startOfWord = true;
                continue;
            }

            if (startOfWord)
            {
                builder.Append(char.ToUpperInvariant(c));
                startOfWord = false;
            }
            else
            {
                // Only SCREAMING_SNAKE words are lowered; "APIKeyInvalid" keeps the casing its author chose.
                builder.Append(isScreaming ? char.ToLowerInvariant(c) : c);
            }
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>For parameter names: keep the author's spelling, only make it a valid identifier.</summary>
    public static string ToParameterName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Canonical(name))
        {
            if (IsKeptInIdentifier(c))
            {
                builder.Append(c);
            }
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>Whether <paramref name="name"/> is a dotted namespace of valid identifiers.</summary>
    public static bool IsValidNamespace(string name)
    {
        if (name.Length == 0 || TextRules.IndexOfForbiddenCharacter(name) >= 0 || Canonical(name) != name)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part)
                || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None
                || s_reservedNamespaceParts.Contains(part))
            {
                return false;
            }
        }

        return true;
    }

    // Contextual keywords that change meaning as a namespace: 'global' is the root alias, '_' a discard in generated bodies.
    private static readonly System.Collections.Generic.HashSet<string> s_reservedNamespaceParts =
        new(System.StringComparer.Ordinal) { "global", "_" };

    /// <summary>
    /// The form names are compared and emitted in: Unicode NFC, so "Café" written precomposed or with a combining
    /// accent is one name. Format characters (zero-width, bidi) are refused earlier and dropped here as well.
    /// </summary>
    public static string Canonical(string name)
    {
        try
        {
            return name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC);
        }
        catch (System.ArgumentException)
        {
            // Lone surrogates cannot be normalised; they are refused as forbidden characters.
            return name;
        }
    }

    // C# allows format characters inside identifiers and ignores them when comparing; ErrorGen keeps none.
    private static bool IsKeptInIdentifier(char c)
        => SyntaxFacts.IsIdentifierPartCharacter(c) && !TextRules.IsForbidden(c);

    /// <summary>"ApiKeyMissing" → "Api key missing"; used as a title when the catalog gives none.</summary>
    public static string Humanize(string identifier)
    {
        var text = identifier.TrimStart('@', '_');
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : '\0';
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(previous) || (char.IsUpper(previous) && char.IsLower(next)));
            if (wordStart)
            {
                builder.Append(' ');
            }

            // Lower the first letter of later words unless the word is an acronym ("API key invalid").
            var inAcronym = char.IsUpper(c) && (char.IsUpper(next) || (char.IsUpper(previous) && !char.IsLower(next)));
            builder.Append(i > 0 && wordStart && !inAcronym ? char.ToLower(c, CultureInfo.InvariantCulture) : c);
        }

        return builder.ToString();
    }

    private static string MakeValid(string identifier)
    {
        if (identifier.Length == 0)
        {
            return string.Empty;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
        {
            identifier = "_" + identifier;
        }

        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }

    private static bool IsAllUpper(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters > 1;
    }
}
