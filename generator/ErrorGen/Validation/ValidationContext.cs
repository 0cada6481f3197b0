using System.Collections.Generic;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// What the passes of <see cref="CatalogValidator"/> share about one catalog once its header is resolved: names, code
/// type, HTTP defaults, modules and rules, and the one list every pass reports its diagnostics into.
/// </summary>
internal sealed record ValidationContext(
    string CatalogName,
    string TypeName,
    string Namespace,
    ISet<string> GeneratedTypes,
    CodeType CodeType,
    string? TypeBaseUri,
    int? DefaultHttpStatus,
    Dictionary<string, ModuleValidator.ResolvedModule> Modules,
    List<HttpRuleDeclaration> Rules,
    List<DiagnosticInfo> Diagnostics)
{
    /// <summary>The catalog's own per-code fields, as <see cref="FieldRules"/> accepted them.</summary>
    public List<FieldSpec> Fields { get; } = new();

    /// <summary>How the catalog's messages are written unless a code says otherwise.</summary>
    public MessageFormat MessageFormat { get; init; }

    /// <summary>Codes no HTTP mapping resolves, reported together once all codes are read (EG0016).</summary>
    public List<(string Code, SourceLocation Location)> UnmappedCodes { get; } = new();

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceLocation? location, params string[] args)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
}
