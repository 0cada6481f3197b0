using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorGen.Validation;

namespace ErrorGen.Cli.Import;

/// <summary>Writes what <see cref="TableImporter"/> read as a catalog skeleton in the v1 format, for an editor to finish.</summary>
internal static class CatalogYamlWriter
{
    /// <summary>
    /// The catalog, and what was changed to get it: nothing unless <paramref name="resolveDuplicates"/>, since a
    /// duplicate code or reused name in the source list is the user's to see (errorgen check reports each at its line).
    /// </summary>
    public static (string Yaml, IReadOnlyList<string> Changes) Write(string catalogName, string source, ImportResult result, bool resolveDuplicates = false)
    {
        var changes = new List<string>();
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=errorgen.schema.json\n");
        yaml.Append($"# Imported by `errorgen import` from {source}: {result.Codes.Count} code(s) read");
        yaml.Append(result.Unreadable.Count == 0 ? ".\n" : $", {result.Unreadable.Count} row(s) could not be read (listed at the end).\n");
        yaml.Append("# Still to do by hand: modules and their ranges, HTTP statuses, retryability.\n");
        yaml.Append("catalog:\n");
        yaml.Append($"  name: {Quote(catalogName)}\n");
        yaml.Append($"  namespace: {Quote("Imported." + catalogName)}\n");
        yaml.Append("  defaultHttpStatus: 500\n");

        // Texts as the document words them: braces and percent signs are prose, not placeholders.
        yaml.Append("  messageFormat: plain\n");

        var codes = result.Codes.ToList();
        var success = codes.FirstOrDefault(
            c => c.Code is "0" or "200" && (c.Name ?? c.Message).IndexOf("success", StringComparison.OrdinalIgnoreCase) >= 0);
        if (success is not null)
        {
            codes.Remove(success);
            yaml.Append($"  success:\n    field: code\n    value: {success.Code}\n    name: Success\n    message: {Quote(success.Message)}\n");
        }

        // Integers only when every code is one as written: 01000 keeps its zero as text, and so do all codes beside it.
        var isString = codes.Any(c => !IsCanonicalInteger(c.Code));
        if (isString)
        {
            yaml.Append("  codeType: string\n");
        }

        yaml.Append("\ncodes:\n");
        var usedIdentifiers = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!seen.Add(code.Code) && resolveDuplicates)
            {
                changes.Add($"line {code.Line}: code {code.Code} appears again; left out (commented)");
                yaml.Append($"  # line {code.Line}: code {code.Code} appears again ({Quote(code.Message)}); kept the first\n");
                continue;
            }

            var name = code.Name ?? NameFrom(code.Message);
            var identifier = IdentifierNormalizer.ToPascalCase(name);
            var taken = !usedIdentifiers.Add(identifier);

            // A name the document gives is kept as written; one ErrorGen made up from the message is made unique.
            if (taken && (code.Name is null || resolveDuplicates))
            {
                var unique = name + "_" + code.Code;
                if (code.Name is not null)
                {
                    changes.Add($"line {code.Line}: name '{name}' is used again; renamed to '{unique}'");
                }

                name = unique;
                usedIdentifiers.Add(IdentifierNormalizer.ToPascalCase(name));
            }

            yaml.Append($"  - code: {(isString ? Quote(code.Code) : code.Code)}\n");
            yaml.Append($"    name: {Quote(name.Contains(' ') ? IdentifierNormalizer.ToPascalCase(name) : name)}\n");
            if (name.Contains(' '))
            {
                yaml.Append($"    title: {Quote(code.Name ?? name)}\n");
            }

            yaml.Append($"    message: {Quote(code.Message)}\n");
            if (code.Recommendation is { } recommendation)
            {
                yaml.Append($"    recommendation: {Quote(recommendation)}\n");
            }
        }

        if (result.Unreadable.Count > 0)
        {
            yaml.Append("\n# Rows that could not be read:\n");
            foreach (var (line, text) in result.Unreadable)
            {
                yaml.Append($"#   line {line}: {text.Replace("\n", " ")}\n");
            }
        }

        return (yaml.ToString(), changes);
    }

    private static bool IsCanonicalInteger(string code)
        => long.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value.ToString(CultureInfo.InvariantCulture) == code;

    /// <summary>A name for a code the document gives none: the first words of its message ("Invitation expired" → InvitationExpired).</summary>
    private static string NameFrom(string message)
    {
        var words = message.Split(new[] { ' ', '/', '(', ')', ',', '.', ';', '!', '-' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w.All(char.IsLetterOrDigit))
            .Take(4)
            .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1));
        var name = string.Concat(words);
        return name.Length == 0 ? "Code" : name;
    }

    private static string Quote(string value)
    {
        var escaped = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4"),
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }
}
