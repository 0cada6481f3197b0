using System.Collections.Generic;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// The catalog's own per-code fields: one column per field in the catalog class (the values by code index), a typed
/// property per field on the descriptor, an enum per enum field, and the public fields' lines for ProblemDetails
/// extensions and envelopes.
/// </summary>
internal static class FieldEmitter
{
    /// <summary>One column per field, indexed like the codes: <c>internal static readonly string?[] Field0</c>.</summary>
    public static void WriteColumns(SourceWriter writer, CatalogSpec catalog)
    {
        for (var i = 0; i < catalog.Fields.Count; i++)
        {
            var field = catalog.Fields[i];
            var type = StorageType(field.Type);
            var values = catalog.Codes.Select(c => c.Fields.Count > i && c.Fields[i].Text is { } text ? Literal(field.Type, text) : "null");
            writer.Doc($"<summary>The field '{CSharpText.Xml(field.Name)}' of each code, by index (null where the code sets none).</summary>");
            writer.Line($"internal static readonly {type}?[] Field{i} = new {type}?[] {{ {string.Join(", ", values)} }};");
            writer.Line();
        }
    }

    /// <summary>A typed, nullable property per field on the descriptor.</summary>
    public static void WriteProperties(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        for (var i = 0; i < catalog.Fields.Count; i++)
        {
            var field = catalog.Fields[i];
            var column = $"{names.Errors}.Field{i}[Index]";
            var summary = field.Description is { } description
                ? CSharpText.Xml(description)
                : $"The catalog's field '{CSharpText.Xml(field.Name)}', or null where the code sets none.";
            writer.Doc($"<summary>{summary}</summary>");
            writer.Line(field.Type switch
            {
                FieldType.Uri => $"public {KnownTypes.Uri}? {field.Identifier} => {column} is {{ }} uri ? new {KnownTypes.Uri}(uri, {KnownTypes.UriKind}.Absolute) : null;",
                FieldType.Enum => $"public {field.EnumTypeName(catalog.TypeName)}? {field.Identifier} => {column} switch {{ "
                    + string.Concat(field.Values.Select(v => $"{CSharpText.Literal(v.Value)} => {field.EnumTypeName(catalog.TypeName)}.{v.Identifier}, "))
                    + "_ => null };",
                _ => $"public {StorageType(field.Type)}? {field.Identifier} => {column};",
            });
            writer.Line();
        }
    }

    /// <summary>An enum per enum field, its members documented with the values the catalog writes.</summary>
    public static void WriteEnums(SourceWriter writer, CatalogSpec catalog)
    {
        foreach (var field in catalog.Fields.Where(f => f.Type == FieldType.Enum))
        {
            writer.OpenType(
                $"<summary>The values of the {CSharpText.Xml(catalog.Name)} catalog's field '{CSharpText.Xml(field.Name)}'.</summary>",
                $"{catalog.TypeAccessibility} enum {field.EnumTypeName(catalog.TypeName)}");
            foreach (var (value, identifier) in field.Values)
            {
                writer.Doc($"<summary>Written <c>{CSharpText.Xml(value)}</c> in the catalog.</summary>");
                writer.Line($"{identifier},");
            }

            writer.Close();
            writer.Line();
        }
    }

    /// <summary>Statements that add each public field the code sets to <c>problem.Extensions</c>, under its catalog name.</summary>
    public static IEnumerable<string> ProblemExtensions(CatalogSpec catalog, CatalogNames names)
    {
        for (var i = 0; i < catalog.Fields.Count; i++)
        {
            var field = catalog.Fields[i];
            if (field.IsPublic)
            {
                var value = field.Type == FieldType.Bool ? $"{CatalogRuntimeEmitter.Type}.JsonBoolean(field{i})" : $"field{i}";
                yield return $"if ({names.Errors}.Field{i}[info.Index] is {{ }} field{i}) problem.Extensions[{CSharpText.Literal(field.Name)}] = {value};";
            }
        }
    }

    /// <summary>Statements that write each public field the code sets into an envelope being written by <c>json</c>.</summary>
    public static IEnumerable<string> EnvelopeMembers(CatalogSpec catalog, CatalogNames names, string info)
    {
        for (var i = 0; i < catalog.Fields.Count; i++)
        {
            var field = catalog.Fields[i];
            if (field.IsPublic)
            {
                var write = field.Type switch { FieldType.Int => "WriteNumber", FieldType.Bool => "WriteBoolean", _ => "WriteString" };
                yield return $"if ({names.Errors}.Field{i}[{info}.Index] is {{ }} field{i}) json.{write}({CSharpText.Literal(field.Name)}, field{i});";
            }
        }
    }

    private static string StorageType(FieldType type) => type switch { FieldType.Int => "int", FieldType.Bool => "bool", _ => "string" };

    private static string Literal(FieldType type, string text) => type is FieldType.Int or FieldType.Bool ? text : CSharpText.Literal(text);
}
