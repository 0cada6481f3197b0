using System.Text;

namespace ErrorGen.Emit;

/// <summary>Identifiers as lower-case words for names outside C#: <c>ApiPortal</c> → <c>api_portal</c> or <c>api-portal</c>.</summary>
internal static class NameCasing
{
    /// <summary>
    /// The words of a PascalCase identifier, lower-cased and joined by <paramref name="separator"/>; an acronym stays one
    /// word (<c>HTTPError</c> → <c>http_error</c>) and anything but letters and digits becomes the separator.
    /// </summary>
    public static string Separated(string identifier, char separator)
    {
        var words = new StringBuilder(identifier.Length + 4);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(identifier[i - 1]) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))))
            {
                words.Append(separator);
            }

            words.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : separator);
        }

        return words.ToString();
    }
}
