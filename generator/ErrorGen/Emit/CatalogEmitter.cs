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
        LookupTableWriter.WriteTables(writer, catalog, names);
        FieldEmitter.WriteColumns(writer, catalog);
        WriteLookups(writer, catalog, names);
        WriteParsing(writer, catalog, names);
        MessageFormatterWriter.Write(writer, catalog);
        LocalizationWriter.Write(writer, catalog);
        WriteChunks(writer, catalog, names);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    internal sealed class Names
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

        /// <summary>Int codes pack key and index in one table entry.</summary>
        public bool IsInt32 => Value == "int";

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
        LookupTableWriter.WriteNameLookup(writer, n);
        writer.Line();
        if (isString)
        {
            writer.Line("internal static string WireValueAt(int index) => s_values[index];");
            writer.Line();
        }

        writer.Line($"private static {n.Code} CodeAt(int index) => {(isString ? $"new {n.Code}(index)" : $"({n.Code})s_values[index]")};");
        writer.Line();
        LookupTableWriter.WriteIndexOfValue(writer, n);
        writer.Line();
    }

    private static void WriteChunks(SourceWriter writer, CatalogSpec catalog, Names n)
    {
        var chunkCount = (catalog.Codes.Count + ChunkSize - 1) / ChunkSize;
        writer.Line($$"""
            private static {{n.Info}} InfoAt(int index) => s_infos[index] ?? CreateInfos(index);

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
            writer.Line($"private static {n.Info} CreateInfos(int index) => throw new {KnownTypes.ArgumentOutOfRangeException}(nameof(index));");
            DescriptorChunkWriter.Write(writer, catalog, n.Info, n.Code, n.Module);
            return;
        }

        // The chunk of descriptors around an index, created on first use; racing threads may both create it, and
        // each descriptor that one of them publishes first is the one every caller shares.
        writer.Open($"private static {n.Info} CreateInfos(int index)");
        writer.Line($"var chunk = index / ChunkSize;");
        writer.Line($"{n.Info}[] created;");
        writer.Open("switch (chunk)");
        for (var i = 0; i < chunkCount; i++)
        {
            writer.Line($"case {i}: created = CreateChunk{i}(); break;");
        }

        writer.Line($"default: throw new {KnownTypes.ArgumentOutOfRangeException}(nameof(index));");
        writer.Close();
        writer.Line();
        writer.Line($$"""
            for (var i = 0; i < created.Length; i++)
            {
                {{KnownTypes.Interlocked}}.CompareExchange(ref s_infos[(chunk * ChunkSize) + i], created[i], null);
            }

            return s_infos[index]!;
            """);
        writer.Close();

        DescriptorChunkWriter.Write(writer, catalog, n.Info, n.Code, n.Module);
        writer.Line();
    }

    internal static IEnumerable<List<string>> Chunk(IEnumerable<string> items, int size)
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
