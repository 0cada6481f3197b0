namespace ErrorGen.Model;

/// <summary>The type of a catalog's own per-code field (<c>fields:</c> in the header).</summary>
internal enum FieldType
{
    String,
    Int,
    Bool,
    Enum,
    Uri,
}

/// <summary>
/// A per-code field a catalog declares beyond the built-in ones (<c>sqlState: string</c>, <c>logLevel: { type: enum,
/// values: [debug, warn] }</c>); <see cref="IsPublic"/> fields are also written into ProblemDetails and envelopes.
/// </summary>
internal sealed record FieldDeclaration(
    Located<string> Name,
    Located<FieldType> Type,
    EquatableArray<Located<string>> Values,
    bool IsPublic,
    string? Description);

/// <summary>A code's value for a declared field, as written (<c>fields: { sqlState: "22P02" }</c>).</summary>
internal sealed record FieldValueDeclaration(Located<string> Name, Located<string> Value);

/// <summary>A validated field: its C# identifier, its enum's members, and whether clients see it.</summary>
internal sealed record FieldSpec(
    string Name,
    string Identifier,
    FieldType Type,
    EquatableArray<(string Value, string Identifier)> Values,
    bool IsPublic,
    string? Description)
{
    /// <summary>The generated enum of an enum field, named after the catalog and the field (<c>ShopLogLevel</c>).</summary>
    public string EnumTypeName(string catalogTypeName) => catalogTypeName + Identifier;
}

/// <summary>A code's value of one field as the generated code stores it (canonical text), or null where the code sets none.</summary>
internal readonly record struct FieldValue(string? Text);
