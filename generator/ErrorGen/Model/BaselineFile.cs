namespace ErrorGen.Model;

/// <summary>
/// A shipped-codes baseline (like PublicAPI.Shipped.txt): the codes a catalog has released, which must keep their
/// number, name, HTTP status and template parameters, and whose retired numbers and names are never reused.
/// </summary>
internal sealed record BaselineFile(
    string FilePath,
    Located<string>? CatalogName,
    EquatableArray<BaselineEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One line: <c>40005 PasswordTooShort 400 minLength:int</c>, optionally ending in <c>retired</c>.</summary>
internal sealed record BaselineEntry(
    SourceLocation Location,
    string Code,
    string Name,
    int HttpStatus,
    string Parameters,
    bool IsRetired)
{
    public static string FormatParameters(EquatableArray<ParameterSpec> parameters)
        => string.Join(" ", System.Linq.Enumerable.Select(parameters, p => $"{p.Name}:{p.Type.ToString().ToLowerInvariant()}"));

    /// <summary>The entry as its baseline line says it (without <c>retired</c>).</summary>
    public string Line() => $"{Code} {Name} {HttpStatus}" + (Parameters.Length > 0 ? " " + Parameters : string.Empty);

    public static string Line(CodeSpec code)
    {
        var parameters = FormatParameters(code.Parameters);
        return $"{code.Text} {code.MemberName} {code.HttpStatus}" + (parameters.Length > 0 ? " " + parameters : string.Empty);
    }
}
