using System.Collections.Generic;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Writes the descriptors as data: per chunk of <see cref="CatalogEmitter.ChunkSize"/> codes, one array of literals per
/// property (array initializers are cheap for the compiler, where 10,000 constructor calls with 15 arguments each cost
/// seconds of overload resolution), and a <c>Build</c> that turns them into descriptors on first use. A column that
/// only repeats what the catalog already says is left out: titles equal to names, type URIs the catalog's base URI
/// makes, no flags, no modules; a column whose chunk holds one value only is written once.
/// </summary>
internal static class DescriptorChunkWriter
{
    public static void Write(SourceWriter writer, CatalogSpec catalog, string info, string code, string module)
    {
        WriteBuild(writer, catalog, info, code, module);
        var indexByIdentifier = catalog.Codes.Select((c, i) => (c.Identifier, i)).ToDictionary(p => p.Identifier, p => p.i);
        var chunkCount = (catalog.Codes.Count + CatalogEmitter.ChunkSize - 1) / CatalogEmitter.ChunkSize;
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            // By index: Skip over the catalog's enumerator walked every earlier chunk again (quadratic in the codes).
            var codes = new List<CodeSpec>(CatalogEmitter.ChunkSize);
            for (var i = chunk * CatalogEmitter.ChunkSize; i < catalog.Codes.Count && codes.Count < CatalogEmitter.ChunkSize; i++)
            {
                codes.Add(catalog.Codes[i]);
            }

            writer.Line();
            writer.Line($"private static {info}[] CreateChunk{chunk}() => Build(");
            writer.Line($"    {chunk},");
            Column(writer, "string", codes.Select(c => CSharpText.Literal(c.Name)));
            var memberNames = codes.All(c => c.MemberName == c.Name) ? null : codes.Select(c => CSharpText.Literal(c.MemberName));
            Column(writer, "string", memberNames);
            Column(writer, "string", codes.All(c => c.Title == c.Name) ? null : Compact(codes.Select(c => CSharpText.Literal(c.Title))));
            Column(writer, "string", codes.Select(c => CSharpText.Literal(c.Message)));
            var recommendations = codes.All(c => c.Recommendation is null) ? null : Compact(codes.Select(c => CSharpText.Literal(c.Recommendation)));
            Column(writer, "string?", recommendations);
            if (catalog.HasHttp)
            {
                var derived = codes.All(c => c.TypeUri == RuntimeTypeUri(catalog.TypeBaseUri, c.Text));
                var typeUris = derived ? null : codes.Select(c => CSharpText.Literal(c.TypeUri));
                Column(writer, "string", typeUris);
                Column(writer, "int", Compact(codes.Select(c => CSharpText.Integer(c.HttpStatus))));
            }

            var flags = codes.Select(c => CSharpText.Integer((c.IsRetryable ? 1 : 0) | (c.IsDeprecated ? 2 : 0) | (c.IsSuccess ? 4 : 0) | (c.Kind == CodeKind.Warning ? 8 : 0) | (c.Kind == CodeKind.Info ? 16 : 0))).ToList();
            Column(writer, "byte", flags.All(f => f == "0") ? null : Compact(flags));
            var modules = codes.Select(c => CSharpText.Integer(c.Module?.Ordinal ?? 0)).ToList();
            Column(writer, "int", modules.All(m => m == "0") ? null : Compact(modules));
            var replacements = codes.Select(c => c.ReplacedByIdentifier is { } r ? CSharpText.Integer(indexByIdentifier[r] + 1) : "0").ToList();
            Column(writer, "int", replacements.All(r => r == "0") ? null : replacements);
            var parameters = codes
                .Select(c => c.Parameters.Count == 0 ? "null" : "new string[] { " + CSharpText.Literals(c.Parameters.Select(p => p.Name)) + " }")
                .ToList();
            Column(writer, "string[]?", parameters.All(p => p == "null") ? null : parameters, last: true);
            writer.Line(");");
        }
    }

    /// <summary>The type URI the generated code derives from the base URI without a column; ErrorGen writes the URI where the two differ.</summary>
    private static string RuntimeTypeUri(string? typeBaseUri, string code)
        => typeBaseUri is null ? "about:blank" : typeBaseUri.Contains("{code}") ? typeBaseUri.Replace("{code}", code) : typeBaseUri + code;

    // The same in C#: a concatenation when the base URI has one {code} (or none), Replace only for several.
    private static string DerivedTypeUri(string? typeBaseUri, string wireText)
    {
        if (typeBaseUri is null)
        {
            return "\"about:blank\"";
        }

        var at = typeBaseUri.IndexOf("{code}", System.StringComparison.Ordinal);
        if (at < 0)
        {
            return $"{CSharpText.Literal(typeBaseUri)} + {wireText}";
        }

        var suffix = typeBaseUri.Substring(at + "{code}".Length);
        return suffix.Contains("{code}")
            ? $"{CSharpText.Literal(typeBaseUri)}.Replace(\"{{code}}\", {wireText})"
            : $"string.Concat({CSharpText.Literal(typeBaseUri.Substring(0, at))}, {wireText}, {CSharpText.Literal(suffix)})";
    }

    private static void WriteBuild(SourceWriter writer, CatalogSpec catalog, string info, string code, string module)
    {
        writer.Line();
        writer.Line("// Module names by ordinal (0: no module).");
        var moduleNames = CSharpText.Literals(new string?[] { null }.Concat(catalog.Modules.Select(m => m.Name)));
        writer.Line($"private static readonly string?[] s_moduleNames = new string?[] {{ {moduleNames} }};");
        var wireText = catalog.CodeType == CodeType.String
            ? "s_values[index]"
            : $"s_values[index].ToString({KnownTypes.CultureInfo}.InvariantCulture)";
        var http = catalog.HasHttp;
        if (http)
        {
            // Derived on first use of a descriptor's TypeUri, not while a chunk is created: formatting and concatenating
            // 128 URIs was a third of the first lookup's time.
            writer.Line();
            writer.Line($"internal static string TypeUriAt(int index) => {DerivedTypeUri(catalog.TypeBaseUri, wireText)};");
        }

        writer.Line($$"""

            // A column is null (every code has the default), one value (every code of the chunk has it) or one value per code.
            // The CreateChunk methods pass the columns in this parameter order.
            private static T At<T>(T[]? column, int i, T fallback) => column is null ? fallback : column.Length == 1 ? column[0] : column[i];

            private static {{info}}[] Build(int chunk, string[] names, string[]? memberNames, string[]? titles, string[] messages, string?[]? recommendations, {{(http ? "string[]? typeUris, int[] statuses, " : string.Empty)}}byte[]? flags, int[]? modules, int[]? replacedBy, string[]?[]? parameterNames)
            {
                var infos = new {{info}}[names.Length];
                for (var i = 0; i < infos.Length; i++)
                {
                    var index = (chunk * ChunkSize) + i;
                    {{code}}? replacement = replacedBy is null || replacedBy[i] == 0 ? null : CodeAt(replacedBy[i] - 1);
                    var flag = At(flags, i, (byte)0);
                    var moduleOrdinal = At(modules, i, 0);
                    infos[i] = new {{info}}(index, CodeAt(index), names[i], memberNames?[i] ?? names[i], ({{module}})moduleOrdinal, s_moduleNames[moduleOrdinal], {{(http ? "At(statuses, i, 0), " : string.Empty)}}At(titles, i, names[i]), messages[i], At(recommendations, i, null), (flag & 1) != 0, (flag & 2) != 0, replacement, {{(http ? "typeUris?[i], " : string.Empty)}}flag & 28, parameterNames?[i] ?? {{KnownTypes.Array}}.Empty<string>());
                }

                return infos;
            }
            """);
    }

    // One value for the whole chunk when every code has it.
    private static IEnumerable<string> Compact(IEnumerable<string> values)
    {
        var list = values as IList<string> ?? values.ToList();
        return list.Count > 1 && list.All(v => v == list[0]) ? new[] { list[0] } : list;
    }

    // Positional, in Build's parameter order (names, memberNames, titles, ...): a label per column and chunk was three
    // characters per code.
    private static void Column(SourceWriter writer, string elementType, IEnumerable<string>? values, bool last = false)
    {
        var separator = last ? string.Empty : ",";
        writer.Line(values is null
            ? $"    null{separator}"
            : $"    new {elementType}[] {{ {string.Join(", ", values)} }}{separator}");
    }
}
