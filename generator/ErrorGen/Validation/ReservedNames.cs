using System;
using System.Collections.Generic;

namespace ErrorGen.Validation;

/// <summary>
/// The names ErrorGen itself declares, which a name from YAML must not take: a clash is an EG error at the YAML
/// line, never a CS error in generated code. The type names here are what the emitters declare (a test checks that
/// every type in the generated output is listed).
/// </summary>
internal static class ReservedNames
{
    /// <summary>Suffixes of the types declared per catalog in its namespace (<c>Shop</c> → <c>ShopCode</c>, ...).</summary>
    private static readonly string[] s_typeSuffixes =
    {
        "Code", "Module", "ErrorInfo", "Errors", "Exception", "Exceptions", "Client", "Response",
        "AspNetCore", "ExceptionHandler", "ErrorsOptions", "RateLimiting", "Envelope", "OpenApi", "ErrorResult", "ErrorsAttribute",
    };

    /// <summary>Members of the string-code struct and its nested <c>Values</c> class that a code would shadow.</summary>
    private static readonly HashSet<string> s_structMembers = new(StringComparer.Ordinal)
    {
        "Value", "Values", "IsDefined", "Index", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Code names that become members next to ErrorGen's own: <c>value__</c> is every enum's backing field,
    /// <c>Template</c> would make <c>FormatTemplate</c> twice.
    /// </summary>
    private static readonly HashSet<string> s_codeMembers = new(StringComparer.Ordinal) { "value__", "Template" };

    /// <summary>The parameter every exception factory takes after the code's own.</summary>
    private static readonly HashSet<string> s_factoryParameters = new(StringComparer.Ordinal) { "innerException" };

    public static IEnumerable<string> GeneratedTypeNames(string typeName, IEnumerable<string> moduleIdentifiers)
    {
        foreach (var suffix in s_typeSuffixes)
        {
            yield return typeName + suffix;
        }

        foreach (var module in moduleIdentifiers)
        {
            yield return typeName + Bare(module) + "Exception";
        }
    }

    /// <summary>Why a code's identifier cannot be used, or null.</summary>
    public static string? ForCode(string identifier, bool stringCodes, ISet<string> generatedTypes)
    {
        var bare = Bare(identifier);
        if (generatedTypes.Contains(bare))
        {
            return $"'{bare}' is the name of a type ErrorGen generates for this catalog";
        }

        if (s_codeMembers.Contains(bare))
        {
            return $"'{bare}' is a member ErrorGen generates for every catalog";
        }

        return stringCodes && s_structMembers.Contains(bare) ? $"'{bare}' is a member of every generated code type" : null;
    }

    /// <summary>Why a template parameter's identifier cannot be used, or null.</summary>
    public static string? ForParameter(string identifier, ISet<string> generatedTypes)
    {
        var bare = Bare(identifier);
        if (s_factoryParameters.Contains(bare))
        {
            return $"'{bare}' is a parameter every exception factory already has";
        }

        return generatedTypes.Contains(bare)
            ? $"'{bare}' is the name of a type ErrorGen generates for this catalog, which the factory's body uses"
            : null;
    }

    /// <summary>Why a module's identifier cannot be used, or null.</summary>
    public static string? ForModule(string identifier, string typeName)
    {
        var bare = Bare(identifier);
        return bare == "value__" ? "'value__' is every enum's backing field"
            : bare == typeName + "Module" ? $"'{bare}' is the name of the module enum itself"
            : null;
    }

    private static string Bare(string identifier) => identifier.TrimStart('@');
}
