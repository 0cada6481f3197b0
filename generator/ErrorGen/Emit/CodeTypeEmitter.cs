using System.Linq;
using System.Text;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits the typed code and the module enum: an <c>enum</c> with the real numeric values for integer catalogs,
/// a readonly struct wrapping the wire string (with <c>const</c> values for <c>switch</c>) for string catalogs.
/// </summary>
internal static class CodeTypeEmitter
{
    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        if (catalog.CodeType == CodeType.Integer)
        {
            WriteEnum(writer, catalog);
        }
        else
        {
            WriteStruct(writer, catalog, names);
        }

        writer.Line();
        WriteModuleEnum(writer, catalog);
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The HTTP status most codes of the catalog answer with; a member's docs mention its status only when it differs.</summary>
    public static int? UsualStatus(CatalogSpec catalog)
        => !catalog.HasHttp ? null
            : catalog.Codes.Count == 0 ? 500
            : catalog.Codes.GroupBy(c => c.HttpStatus).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    /// <summary>
    /// The message as summary, and remarks only for what sets the code apart (another HTTP status than the catalog's
    /// usual one, retryable, deprecated): everything else is in the descriptor, and docs were a fifth of the generated C#.
    /// </summary>
    public static string MemberDoc(CodeSpec code, int? usualStatus)
    {
        var remarks = new StringBuilder();
        if (usualStatus is not null && code.HttpStatus != usualStatus)
        {
            remarks.Append("HTTP ").Append(code.HttpStatus).Append('.');
        }

        if (code.IsRetryable)
        {
            remarks.Append(remarks.Length > 0 ? " " : string.Empty).Append("Retryable.");
        }

        if (code.IsDeprecated)
        {
            remarks.Append(remarks.Length > 0 ? " " : string.Empty)
                .Append("Deprecated").Append(code.ReplacedByIdentifier is { } replacement ? $"; use {replacement} instead." : ".");
        }

        var summary = $"<summary>{CSharpText.Xml(code.Message)}</summary>";
        return remarks.Length == 0 ? summary : $"{summary}<remarks>{remarks}</remarks>";
    }

    private static string TypeRemarks(CatalogSpec catalog, int? usualStatus)
        => $"<remarks>{(catalog.Description is { } description ? CSharpText.Xml(description) + " " : string.Empty)}"
            + (usualStatus is null ? string.Empty : $"A code answers HTTP {usualStatus} unless its remarks say otherwise; ")
            + $"its descriptor (<c>{catalog.CatalogClassName}.Get</c>) has everything the catalog says.</remarks>";

    private static void WriteEnum(SourceWriter writer, CatalogSpec catalog)
    {
        var usualStatus = UsualStatus(catalog);
        writer.Doc($"<summary>The codes of the {CSharpText.Xml(catalog.Name)} error catalog, with their wire values.</summary>");
        writer.Doc(TypeRemarks(catalog, usualStatus));

        writer.Line(CSharpText.GeneratedCodeAttribute);
        writer.Open($"{catalog.TypeAccessibility} enum {catalog.CodeTypeName} : {(catalog.NeedsLong ? "long" : "int")}");
        foreach (var code in catalog.Codes)
        {
            writer.Doc(MemberDoc(code, usualStatus));
            writer.Line($"{code.Identifier} = {CSharpText.Integer(code.Integer)},");
        }

        writer.Close();
    }

    private static void WriteStruct(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var type = catalog.CodeTypeName;
        var usualStatus = UsualStatus(catalog);
        writer.Doc($"<summary>A code of the {CSharpText.Xml(catalog.Name)} error catalog; <see cref=\"Value\"/> is its wire value.</summary>");
        writer.Doc(TypeRemarks(catalog, usualStatus));

        writer.Line(CSharpText.GeneratedCodeAttribute);
        writer.Line($"[{KnownTypes.DebuggerDisplay}(\"{{Value,nq}}\")]");
        writer.Open($"{catalog.TypeAccessibility} readonly struct {type} : {KnownTypes.IEquatable}<{type}>");
        writer.Line("// The code's position in the catalog plus one, so that default(...) is no code at all.");
        writer.Line("private readonly int _slot;");
        writer.Line();
        writer.Line($"internal {type}(int index) => _slot = index + 1;");
        writer.Line();
        for (var index = 0; index < catalog.Codes.Count; index++)
        {
            var code = catalog.Codes[index];
            writer.Doc(MemberDoc(code, usualStatus));
            writer.Line($"public static {type} {code.Identifier} => new {type}({index});");
            writer.Line();
        }

        writer.Doc("<summary>The wire value, as the API sends it; empty for <c>default</c>.</summary>");
        writer.Line($"public string Value => _slot == 0 ? string.Empty : {names.Errors}.WireValueAt(_slot - 1);");
        writer.Line();
        writer.Doc("<summary>Whether this is a code of the catalog (false for <c>default</c>).</summary>");
        writer.Line("public bool IsDefined => _slot != 0;");
        writer.Line();
        writer.Line("internal int Index => _slot - 1;");
        writer.Line();
        writer.Doc("<inheritdoc/>");
        writer.Line($"public bool Equals({type} other) => _slot == other._slot;");
        writer.Line();
        writer.Doc("<inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {type} other && _slot == other._slot;");
        writer.Line();
        writer.Doc("<inheritdoc/>");
        writer.Line("public override int GetHashCode() => _slot;");
        writer.Line();
        writer.Doc("<summary>The wire value.</summary>");
        writer.Line("public override string ToString() => Value;");
        writer.Line();
        writer.Doc("<summary>Compares two codes.</summary>");
        writer.Line($"public static bool operator ==({type} left, {type} right) => left._slot == right._slot;");
        writer.Line();
        writer.Doc("<summary>Compares two codes.</summary>");
        writer.Line($"public static bool operator !=({type} left, {type} right) => left._slot != right._slot;");
        writer.Line();
        writer.Doc("<summary>The wire values as constants, for <c>switch</c> statements and attributes.</summary>");
        writer.Open("public static class Values");
        foreach (var code in catalog.Codes)
        {
            writer.Doc($"<summary>{CSharpText.Xml(code.Message)}</summary>");
            writer.Line($"public const string {code.Identifier} = {CSharpText.Literal(code.Text)};");
        }

        writer.Close();
        writer.Close();
    }

    private static void WriteModuleEnum(SourceWriter writer, CatalogSpec catalog)
    {
        writer.OpenType(
            $"<summary>The modules of the {CSharpText.Xml(catalog.Name)} error catalog.</summary>",
            $"{catalog.TypeAccessibility} enum {catalog.ModuleTypeName}");
        writer.Doc("<summary>The code belongs to no module.</summary>");
        writer.Line("None = 0,");
        foreach (var module in catalog.Modules)
        {
            writer.Doc($"<summary>{CSharpText.Xml(module.Description ?? module.Name)}</summary>");
            writer.Line($"{module.Identifier} = {module.Ordinal},");
        }

        writer.Close();
    }
}
