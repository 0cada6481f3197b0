using System;
using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Reading;

/// <summary>
/// Reads a catalog's own per-code fields: their declarations in the header (<c>fields: { sqlState: string }</c>, or a
/// mapping with <c>type</c>, <c>values</c>, <c>public</c>, <c>description</c>) and each code's values (<c>fields:</c>
/// on a code). Types and names are checked in validation, where the declarations of every file are known.
/// </summary>
internal static class FieldReader
{
    private static readonly string[] s_fieldKeys = { "type", "values", "public", "description" };

    public static readonly IReadOnlyDictionary<string, FieldType> Types = new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["string"] = FieldType.String,
        ["int"] = FieldType.Int,
        ["bool"] = FieldType.Bool,
        ["enum"] = FieldType.Enum,
        ["uri"] = FieldType.Uri,
    };

    public static EquatableArray<FieldDeclaration> ReadDeclarations(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var fields = new List<FieldDeclaration>();
        foreach (var entry in mapping.Entries)
        {
            var name = new Located<string>(entry.Key.Value, entry.Key.Location);
            switch (entry.Value)
            {
                case YamlScalarSyntax { IsNull: false } scalar when Types.TryGetValue(scalar.Value, out var shortType):
                    fields.Add(new FieldDeclaration(name, new Located<FieldType>(shortType, scalar.Location), EquatableArray<Located<string>>.Empty, false, null));
                    break;
                case YamlMappingSyntax details:
                    var reader = new MappingReader(details, $"field '{entry.Key.Value}'", s_fieldKeys, diagnostics);
                    if (reader.Enum("type", Types) is { } type)
                    {
                        var values = reader.Sequence("values").OfType<YamlScalarSyntax>()
                            .Select(v => new Located<string>(v.Value, v.Location)).ToEquatableArray();
                        fields.Add(new FieldDeclaration(
                            name, new Located<FieldType>(type, reader.Node("type")!.Location), values, reader.Boolean("public")?.Value ?? false,
                            reader.String("description")?.Value));
                    }
                    else if (!reader.Has("type"))
                    {
                        reader.ReportMissing("type");
                    }

                    break;
                case YamlRefusedSyntax:
                    break;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key.Value,
                        "a field type (" + string.Join(", ", Types.Keys) + ") or a mapping with 'type'", entry.Value.KindDescription));
                    break;
            }
        }

        return fields.ToEquatableArray();
    }

    public static EquatableArray<FieldValueDeclaration> ReadValues(YamlMappingSyntax mapping, List<DiagnosticInfo> diagnostics)
    {
        var values = new List<FieldValueDeclaration>();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YamlScalarSyntax { IsNull: false } scalar)
            {
                values.Add(new FieldValueDeclaration(
                    new Located<string>(entry.Key.Value, entry.Key.Location), new Located<string>(scalar.Value, scalar.Location)));
            }
            else if (entry.Value is not YamlRefusedSyntax)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key.Value, "a single value", entry.Value.KindDescription));
            }
        }

        return values.ToEquatableArray();
    }
}
