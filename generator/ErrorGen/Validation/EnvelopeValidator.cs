using System;
using System.Collections.Generic;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// Checks the envelope's field names and correlation header against what the wire can carry: JSON property names
/// that are printable and distinct (two fields with one name make ambiguous JSON), and a header name that is an HTTP
/// token and not one the server or the protocol owns. An envelope that fails is not generated; problem+json serves.
/// </summary>
internal static class EnvelopeValidator
{
    // Hop-by-hop and framing headers (RFC 9110 §7.6.1, RFC 9112), and the ones ErrorGen's responses set themselves.
    private static readonly HashSet<string> s_reservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Host", "Content-Length", "Content-Type", "Content-Encoding", "Content-Language",
        "Content-Range", "Date", "Server", "Retry-After", "Set-Cookie", "Location", "WWW-Authenticate", "Expect",
    };

    public static EnvelopeSpec? Resolve(CatalogHeader header, List<DiagnosticInfo> diagnostics)
    {
        if (header.Envelope is not { } envelope)
        {
            return null;
        }

        var valid = true;
        var names = new Dictionary<string, EnvelopeField>(StringComparer.Ordinal);
        foreach (var field in header.EnvelopeFields)
        {
            var what = $"envelope {field.Key}";
            var problem = field.Key == "correlationHeader" ? HeaderProblem(field.Value.Value)
                : field.Value.Value.Length == 0 ? "a JSON field name cannot be empty"
                : TextRules.DescribeProblem(field.Value.Value, allowPadding: false)
                ?? (names.TryGetValue(field.Value.Value, out var same)
                    ? $"the envelope's '{same.Key}' field has this name too, at {same.Value.Location.Display}"
                    : null);
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidValue, field.Value.Location, what, TextRules.Printable(field.Value.Value), problem));
                valid = false;
            }
            else if (field.Key != "correlationHeader")
            {
                names[field.Value.Value] = field;
            }
        }

        return valid ? envelope.Value : null;
    }

    private static string? HeaderProblem(string name)
    {
        if (name.Length == 0)
        {
            return "a header name cannot be empty";
        }

        foreach (var c in name)
        {
            if (!IsTokenCharacter(c))
            {
                return $"'{TextRules.Printable(c.ToString())}' cannot appear in an HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only)";
            }
        }

        return s_reservedHeaders.Contains(name) ? $"'{name}' is a header the protocol or the server sets; choose a header of the API's own" : null;
    }

    // RFC 9110 §5.6.2 tchar.
    private static bool IsTokenCharacter(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
}
