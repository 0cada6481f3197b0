using System.Collections.Generic;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits the static catalog class: <c>Get</c>/<c>TryGet</c>, <c>All</c>, <c>TryParse</c>, <c>ToStringFast</c> and
/// message formatters. Lookups hash into build-time tables; descriptors are created in chunks of
/// <see cref="ChunkSize"/> on first use, so neither the compiler nor the JIT ever meets one huge method.
/// </summary>
internal static class CatalogEmitter
{
    public const int ChunkSize = 64;

    public static string Emit(CatalogSpec catalog, CatalogNames catalogNames, bool hasNotNullWhen)
    {
        var names = new Names(catalog, catalogNames, hasNotNullWhen);
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        writer.OpenType(
            $"<summary>Lookups over the {CSharpText.Xml(catalog.Name)} error catalog. Steady-state lookups allocate nothing.</summary>",
            $"{catalog.TypeAccessibility} static partial class {catalog.CatalogClassName}");
        WriteConstants(writer, catalog);
        WriteTables(writer, catalog, names);
        WriteLookups(writer, catalog, names);
        WriteParsing(writer, catalog, names);
        MessageFormatterWriter.Write(writer, catalog);
        LocalizationWriter.Write(writer, catalog);
        WriteChunks(writer, catalog, names);
        WriteHashing(writer, catalog);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private sealed class Names
    {
        public Names(CatalogSpec catalog, CatalogNames names, bool hasNotNullWhen)
        {
            Code = names.Code;
            Info = names.Info;
            Module = names.Module;
            Value = catalog.CodeType == CodeType.String ? "string" : catalog.NeedsLong ? "long" : "int";
            _hasNotNullWhen = hasNotNullWhen;
        }

        private readonly bool _hasNotNullWhen;

        public string Code { get; }

        public string Info { get; }

        public string Module { get; }

        public string Value { get; }

        /// <summary>
        /// A Try method's signature ending in its <c>out</c> descriptor: <c>[NotNullWhen(true)] out Info? info</c>, or, where
        /// the references lack NotNullWhenAttribute (netstandard2.0), an oblivious <c>out Info info</c>, so callers get no
        /// false nullable warnings either way.
        /// </summary>
        public string TrySignature(string head)
            => _hasNotNullWhen
                ? $"{head}, [{KnownTypes.NotNullWhen}(true)] out {Info}? info)"
                : $"#nullable disable annotations\n{head}, out {Info} info)\n#nullable restore annotations";
    }

    private static void WriteConstants(SourceWriter writer, CatalogSpec catalog)
    {
        writer.Doc("<summary>The number of codes in the catalog.</summary>");
        writer.Line($"public const int Count = {catalog.Codes.Count};");
        writer.Line();
        writer.Doc("<summary>The catalog's name.</summary>");
        writer.Line($"public const string CatalogName = {CSharpText.Literal(catalog.Name)};");
        writer.Line();
        if (catalog.Success is { } success)
        {
            writer.Doc("<summary>The response field that signals success.</summary>");
            writer.Line($"public const string SuccessField = {CSharpText.Literal(success.Field)};");
            writer.Line();
            writer.Doc("<summary>The value of <see cref=\"SuccessField\"/> that means success, as written in the catalog.</summary>");
            writer.Line($"public const string SuccessValue = {CSharpText.Literal(success.ValueText)};");
            writer.Line();
        }

        writer.Line($"private const int ChunkSize = {ChunkSize};");
        writer.Line();
    }

    private static void WriteTables(SourceWriter writer, CatalogSpec catalog, Names n)
    {
        var codes = catalog.Codes;
        var isString = catalog.CodeType == CodeType.String;
        var valueHashes = codes.Select(c => isString ? HashSlots.HashString(c.Text) : HashSlots.HashInteger(c.Integer)).ToList();
        var (valueSlots, valueShift) = HashSlots.Build(valueHashes);
        var (nameSlots, nameShift) = HashSlots.Build(codes.Select(c => HashSlots.HashString(c.MemberName)).ToList());

        if (isString)
        {
            writer.Line("// Wire values by index (codes sorted ordinally).");
            writer.Open("private static readonly string[] s_values = new string[]");
            foreach (var chunk in Chunk(codes.Select(c => CSharpText.Literal(c.Text)), 8))
            {
                writer.Line(string.Join(", ", chunk) + ",");
            }
        }
        else
        {
            writer.Line("// Wire values by index (codes sorted numerically).");
            writer.Open($"private static readonly {(catalog.NeedsLong ? "long" : "int")}[] s_values = new {(catalog.NeedsLong ? "long" : "int")}[]");
            foreach (var chunk in Chunk(codes.Select(c => CSharpText.Integer(c.Integer)), 16))
            {
                writer.Line(string.Join(", ", chunk) + ",");
            }
        }

        writer.Close(";");
        writer.Line();
        WriteSlots(writer, "s_valueSlots", "ValueShift", valueSlots, valueShift, "wire value");
        WriteSlots(writer, "s_nameSlots", "NameShift", nameSlots, nameShift, "member name");
        var chunkCount = (codes.Count + ChunkSize - 1) / ChunkSize;
        writer.Line($"private static readonly {n.Info}[]?[] s_chunks = new {n.Info}[]?[{chunkCount}];");
        writer.Line($"private static {n.Info}[]? s_all;");
        writer.Line();
    }

    private static void WriteSlots(SourceWriter writer, string field, string shiftName, int[] slots, int shift, string what)
    {
        writer.Line($"// Open-addressing table by {what} hash: index + 1, or 0 for an empty slot.");
        writer.Line($"private const int {shiftName} = {shift};");
        writer.Open($"private static readonly int[] {field} = new int[]");
        foreach (var chunk in Chunk(slots.Select(s => CSharpText.Integer(s)), 32))
        {
            writer.Line(string.Join(", ", chunk) + ",");
        }

        writer.Close(";");
        writer.Line();
    }

    private static void WriteLookups(SourceWriter writer, CatalogSpec catalog, Names n)
    {
        var isString = catalog.CodeType == CodeType.String;
        var indexOfCode = isString ? "code.Index" : $"IndexOfValue(({n.Value})code)";

        writer.Doc("<summary>Every code of the catalog, in wire-value order.</summary>");
        writer.Line($"public static {KnownTypes.IReadOnlyList}<{n.Info}> All => s_all ?? CreateAll();");
        writer.Line();
        writer.Doc($"<summary>The descriptor of <paramref name=\"code\"/>.</summary>\n<exception "
            + $"cref=\"{KnownTypes.ArgumentOutOfRangeException}\">The value is not a code of the catalog.</exception>");
        writer.Line($$"""
            public static {{n.Info}} Get({{n.Code}} code)
            {
                var index = {{indexOfCode}};
                if (index < 0)
                {
                    throw new {{KnownTypes.ArgumentOutOfRangeException}}(nameof(code), code, "Not a code of the " + CatalogName + " catalog.");
                }

                return InfoAt(index);
            }
            """);
        writer.Line();
        writer.Doc("<summary>The descriptor of <paramref name=\"code\"/>; an extension so <c>code.GetInfo()</c> reads naturally.</summary>");
        writer.Line($"public static {n.Info} GetInfo(this {n.Code} code) => Get(code);");
        writer.Line();
        writer.Doc("<summary>Finds the descriptor of <paramref name=\"code\"/>; false when it is not a code of the catalog.</summary>");
        writer.Line($$"""
            {{n.TrySignature($"public static bool TryGet({n.Code} code")}}
            {
                var index = {{indexOfCode}};
                info = index < 0 ? null : InfoAt(index);
                return info is not null;
            }
            """);
        writer.Line();
        writer.Doc("<summary>Finds the descriptor of a raw wire value, as received from the API.</summary>");
        writer.Line($$"""
            {{n.TrySignature($"public static bool TryGetByValue({n.Value}? value")}}
            {
                var index = value is null ? -1 : IndexOfValue(value{{(isString ? string.Empty : ".Value")}});
                info = index < 0 ? null : InfoAt(index);
                return info is not null;
            }
            """);
        writer.Line();
        writer.Doc("<summary>Whether <paramref name=\"code\"/> is a code of the catalog.</summary>");
        writer.Line($"public static bool IsDefined({n.Code} code) => {indexOfCode} >= 0;");
        writer.Line();
        writer.Doc("<summary>The C# member name of <paramref name=\"code\"/>, without allocating (unlike <c>Enum.ToString()</c>).</summary>");
        writer.Open($"public static string ToStringFast(this {n.Code} code)");
        writer.Line($"var index = {indexOfCode};");
        writer.Line(isString
            ? "return index < 0 ? string.Empty : InfoAt(index).MemberName;"
            : $"return index < 0 ? (({n.Value})code).ToString({KnownTypes.CultureInfo}.InvariantCulture) : InfoAt(index).MemberName;");
        writer.Close();
        writer.Line();
    }

    private static void WriteParsing(SourceWriter writer, CatalogSpec catalog, Names n)
    {
        var isString = catalog.CodeType == CodeType.String;
        writer.Doc("<summary>Parses a wire value as the API sends it (for example in a response body or header).</summary>");
        writer.Open($"public static bool TryParse(string? value, out {n.Code} code)");
        writer.Line(isString
            ? "var index = value is null ? -1 : IndexOfValue(value);"
            : $"var index = {n.Value}.TryParse(value, {KnownTypes.NumberStyles}.AllowLeadingSign, {KnownTypes.CultureInfo}.InvariantCulture, out var number) ? IndexOfValue(number) : -1;");
        writer.Line("""
            code = index < 0 ? default : CodeAt(index);
            return index >= 0;
            """);
        writer.Close();
        writer.Line();
        writer.Doc("<summary>Parses a C# member name (as returned by <see cref=\"ToStringFast\"/>), ordinal and case-sensitive.</summary>");
        writer.Line($$"""
            public static bool TryParseName(string? name, out {{n.Code}} code)
            {
                code = default;
                if (name is null)
                {
                    return false;
                }

                var mask = s_nameSlots.Length - 1;
                for (var slot = Slot(HashString(name), NameShift); s_nameSlots[slot] != 0; slot = (slot + 1) & mask)
                {
                    var index = s_nameSlots[slot] - 1;
                    if (string.Equals(InfoAt(index).MemberName, name, {{KnownTypes.StringComparison}}.Ordinal))
                    {
                        code = CodeAt(index);
                        return true;
                    }
                }

                return false;
            }
            """);
        writer.Line();
        if (isString)
        {
            writer.Line("internal static string WireValueAt(int index) => s_values[index];");
            writer.Line();
        }

        writer.Line($$"""
            private static {{n.Code}} CodeAt(int index) => {{(isString ? $"new {n.Code}(index)" : $"({n.Code})s_values[index]")}};

            private static int IndexOfValue({{n.Value}} value)
            {
                var mask = s_valueSlots.Length - 1;
                for (var slot = Slot({{(isString ? "HashString(value)" : "HashInteger(value)")}}, ValueShift); s_valueSlots[slot] != 0; slot = (slot + 1) & mask)
                {
                    var index = s_valueSlots[slot] - 1;
                    {{(isString ? $"if (string.Equals(s_values[index], value, {KnownTypes.StringComparison}.Ordinal))" : "if (s_values[index] == value)")}}
                    {
                        return index;
                    }
                }

                return -1;
            }
            """);
        writer.Line();
    }

    private static void WriteChunks(SourceWriter writer, CatalogSpec catalog, Names n)
    {
        var chunkCount = (catalog.Codes.Count + ChunkSize - 1) / ChunkSize;
        writer.Line($$"""
            private static {{n.Info}} InfoAt(int index) => (s_chunks[index / ChunkSize] ?? CreateChunk(index / ChunkSize))[index % ChunkSize];

            private static {{n.Info}}[] CreateAll()
            {
                var all = new {{n.Info}}[Count];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = InfoAt(i);
                }

                s_all = all;
                return all;
            }
            """);
        writer.Line();
        if (chunkCount == 0)
        {
            // An empty catalog (codes not written yet): no chunk exists, and no unreachable code may be generated.
            writer.Line($"private static {n.Info}[] CreateChunk(int chunk) => throw new {KnownTypes.ArgumentOutOfRangeException}(nameof(chunk));");
            WriteBuild(writer, catalog, n);
            return;
        }

        writer.Open($"private static {n.Info}[] CreateChunk(int chunk)");
        writer.Line($"{n.Info}[] created;");
        writer.Open("switch (chunk)");
        for (var i = 0; i < chunkCount; i++)
        {
            writer.Line($"case {i}: created = CreateChunk{i}(); break;");
        }

        writer.Line($"default: throw new {KnownTypes.ArgumentOutOfRangeException}(nameof(chunk));");
        writer.Close();
        writer.Line();
        writer.Line($"""
            // Racing threads may both create a chunk; one wins and all callers then share it.
            return {KnownTypes.Interlocked}.CompareExchange(ref s_chunks[chunk], created, null) ?? created;
            """);
        writer.Close();

        WriteBuild(writer, catalog, n);
        var indexByIdentifier = catalog.Codes.Select((c, i) => (c.Identifier, i)).ToDictionary(p => p.Identifier, p => p.i);
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            var codes = catalog.Codes.Skip(chunk * ChunkSize).Take(ChunkSize).ToList();
            writer.Line();
            writer.Line($"private static {n.Info}[] CreateChunk{chunk}() => Build(");
            writer.Line($"    {chunk},");
            Column(writer, "names", "string", codes.Select(c => CSharpText.Literal(c.Name)));
            var memberNames = codes.Select(c => c.MemberName).ToList();
            Column(
                writer, "memberNames", "string",
                memberNames.SequenceEqual(codes.Select(c => c.Name)) ? null : memberNames.Select(CSharpText.Literal));
            Column(writer, "titles", "string", codes.Select(c => CSharpText.Literal(c.Title)));
            Column(writer, "messages", "string", codes.Select(c => CSharpText.Literal(c.Message)));
            Column(writer, "recommendations", "string?", codes.Select(c => CSharpText.Literal(c.Recommendation)));
            Column(writer, "typeUris", "string", codes.Select(c => CSharpText.Literal(c.TypeUri)));
            Column(writer, "statuses", "int", codes.Select(c => CSharpText.Integer(c.HttpStatus)));
            Column(
                writer, "flags", "byte",
                codes.Select(c => CSharpText.Integer((c.IsRetryable ? 1 : 0) | (c.IsDeprecated ? 2 : 0) | (c.IsSuccess ? 4 : 0))));
            Column(writer, "modules", "int", codes.Select(c => CSharpText.Integer(c.Module?.Ordinal ?? 0)));
            var replacements = codes.Select(c => c.ReplacedByIdentifier is { } r ? CSharpText.Integer(indexByIdentifier[r] + 1) : "0").ToList();
            Column(writer, "replacedBy", "int", replacements.All(r => r == "0") ? null : replacements);
            var parameters = codes
                .Select(c => c.Parameters.Count == 0 ? "null" : "new string[] { " + CSharpText.Literals(c.Parameters.Select(p => p.Name)) + " }")
                .ToList();
            Column(writer, "parameterNames", "string[]?", parameters.All(p => p == "null") ? null : parameters, last: true);
            writer.Line(");");
        }

        writer.Line();
    }

    // One array per descriptor property and chunk: array initializers of literals are cheap for the compiler, where
    // 10,000 constructor calls with 15 arguments each cost seconds of overload resolution.
    private static void Column(SourceWriter writer, string name, string elementType, IEnumerable<string>? values, bool last = false)
    {
        var separator = last ? string.Empty : ",";
        writer.Line(values is null
            ? $"    {name}: null{separator}"
            : $"    {name}: new {elementType}[] {{ {string.Join(", ", values)} }}{separator}");
    }

    private static void WriteBuild(SourceWriter writer, CatalogSpec catalog, Names n)
    {
        writer.Line();
        writer.Line("// Module names by ordinal (0: no module).");
        var moduleNames = CSharpText.Literals(new string?[] { null }.Concat(catalog.Modules.Select(m => m.Name)));
        writer.Line($"private static readonly string?[] s_moduleNames = new string?[] {{ {moduleNames} }};");
        writer.Line($$"""

            private static {{n.Info}}[] Build(int chunk, string[] names, string[]? memberNames, string[] titles, string[] messages, string?[] recommendations, string[] typeUris, int[] statuses, byte[] flags, int[] modules, int[]? replacedBy, string[]?[]? parameterNames)
            {
                var infos = new {{n.Info}}[names.Length];
                for (var i = 0; i < infos.Length; i++)
                {
                    {{n.Code}}? replacement = replacedBy is null || replacedBy[i] == 0 ? null : CodeAt(replacedBy[i] - 1);
                    infos[i] = new {{n.Info}}((chunk * ChunkSize) + i, CodeAt((chunk * ChunkSize) + i), names[i], memberNames?[i] ?? names[i], ({{n.Module}})modules[i], s_moduleNames[modules[i]], statuses[i], titles[i], messages[i], recommendations[i], (flags[i] & 1) != 0, (flags[i] & 2) != 0, replacement, typeUris[i], (flags[i] & 4) != 0, parameterNames?[i] ?? {{KnownTypes.Array}}.Empty<string>());
                }

                return infos;
            }
            """);
    }

    private static void WriteHashing(SourceWriter writer, CatalogSpec catalog)
    {
        writer.Line("// These must match ErrorGen's HashSlots, which built the tables above.");
        writer.Line($"private static int Slot(uint hash, int shift) => (int)(unchecked(hash * {HashSlots.FibonacciMultiplier}u) >> shift);");
        writer.Line();
        if (catalog.CodeType == CodeType.Integer)
        {
            writer.Line("private static uint HashInteger(long value) => unchecked((uint)(value ^ (value >> 32)));");
            writer.Line();
        }

        writer.Line("""
            private static uint HashString(string value)
            {
                var hash = 2166136261u;
                foreach (var c in value)
                {
                    hash = unchecked((hash ^ c) * 16777619u);
                }

                return hash;
            }
            """);
    }


    private static IEnumerable<List<string>> Chunk(IEnumerable<string> items, int size)
    {
        var current = new List<string>(size);
        foreach (var item in items)
        {
            current.Add(item);
            if (current.Count == size)
            {
                yield return current;
                current = new List<string>(size);
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
