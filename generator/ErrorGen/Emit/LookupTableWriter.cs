using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// The lookup tables of the catalog class: the wire values as literals, the hashes <see cref="HashSlots"/> chose for
/// them and for the member names, and the code that fills the tables on first use and probes them.
/// </summary>
internal static class LookupTableWriter
{
    public static void WriteTables(SourceWriter writer, CatalogSpec catalog, CatalogEmitter.Names n)
    {
        var codes = catalog.Codes;
        var isString = catalog.CodeType == CodeType.String;
        var tail = isString ? HashSlots.ChooseTail(codes.Select(c => c.Text).ToList()) : 0;
        var valueHashes = codes
            .Select(c => isString ? HashSlots.HashTail(c.Text, tail) : n.IsInt32 ? unchecked((uint)(int)c.Integer) : HashSlots.HashInteger(c.Integer))
            .ToList();
        var (valueMultiplier, valueShift) = HashSlots.Choose(valueHashes);
        var (nameMultiplier, nameShift) = HashSlots.Choose(codes.Select(c => HashSlots.HashString(c.MemberName)).ToList());

        if (isString)
        {
            writer.Line("// Wire values by index (codes sorted ordinally).");
            writer.Open("private static readonly string[] s_values = new string[]");
            foreach (var chunk in CatalogEmitter.Chunk(codes.Select(c => CSharpText.Literal(c.Text)), 8))
            {
                writer.Line(string.Join(", ", chunk) + ",");
            }
        }
        else
        {
            writer.Line("// Wire values by index (codes sorted numerically).");
            writer.Open($"private static readonly {n.Value}[] s_values = new {n.Value}[]");
            foreach (var chunk in CatalogEmitter.Chunk(codes.Select(c => CSharpText.Integer(c.Integer)), 16))
            {
                writer.Line(string.Join(", ", chunk) + ",");
            }
        }

        writer.Close(";");
        writer.Line();
        writer.Line($$"""
            // The hashes ErrorGen chose for this catalog's keys (HashSlots); the tables are filled on first use.
            private const uint ValueMultiplier = {{valueMultiplier}}u;
            private const int ValueShift = {{valueShift}};
            private const uint NameMultiplier = {{nameMultiplier}}u;
            private const int NameShift = {{nameShift}};{{(isString ? $"\nprivate const int ValueTail = {tail};" : string.Empty)}}

            """);
        if (n.IsInt32)
        {
            writer.Line($$"""
                // Slot → (wire value << 32) | (index + 1), 0 when empty: a lookup reads one entry for both key and index.
                private static readonly long[] s_valueTable = CreateValueTable();

                // Optimized at once (AggressiveOptimization): unoptimized, filling 10,000 slots was most of the first lookup.
                [{{KnownTypes.MethodImpl}}(({{KnownTypes.MethodImplOptions}})512)]
                private static long[] CreateValueTable()
                {
                    var values = s_values;
                    var table = new long[1 << (32 - ValueShift)];
                    var mask = table.Length - 1;
                    for (var i = 0; i < values.Length; i++)
                    {
                        var slot = (int)(unchecked((uint)values[i] * ValueMultiplier) >> ValueShift);
                        while (table[slot] != 0)
                        {
                            slot = (slot + 1) & mask;
                        }

                        table[slot] = ((long)values[i] << 32) | (uint)(i + 1);
                    }

                    return table;
                }

                """);
        }
        else if (isString)
        {
            // Key and index side by side: a probe that finds its key reads the index from the same cache line.
            writer.Line($$"""
                // Slot → (wire value, index); a null key marks an empty slot.
                private static readonly {{KnownTypes.KeyValuePair}}<string?, int>[] s_valueEntries = CreateValueEntries();

                [{{KnownTypes.MethodImpl}}(({{KnownTypes.MethodImplOptions}})512)]
                private static {{KnownTypes.KeyValuePair}}<string?, int>[] CreateValueEntries()
                {
                    var values = s_values;
                    var entries = new {{KnownTypes.KeyValuePair}}<string?, int>[1 << (32 - ValueShift)];
                    var mask = entries.Length - 1;
                    for (var i = 0; i < values.Length; i++)
                    {
                        var slot = {{CatalogRuntimeEmitter.Type}}.Slot({{ValueHash(n, "values[i]")}}, ValueMultiplier, ValueShift);
                        while (entries[slot].Key is not null)
                        {
                            slot = (slot + 1) & mask;
                        }

                        entries[slot] = new {{KnownTypes.KeyValuePair}}<string?, int>(values[i], i);
                    }

                    return entries;
                }

                """);
        }
        else
        {
            writer.Line($$"""
                // Slot → index + 1, 0 when empty.
                private static readonly int[] s_valueSlots = CreateValueSlots();

                [{{KnownTypes.MethodImpl}}(({{KnownTypes.MethodImplOptions}})512)]
                private static int[] CreateValueSlots()
                {
                    var values = s_values;
                    var slots = new int[1 << (32 - ValueShift)];
                    var mask = slots.Length - 1;
                    for (var i = 0; i < values.Length; i++)
                    {
                        var slot = {{CatalogRuntimeEmitter.Type}}.Slot({{ValueHash(n, "values[i]")}}, ValueMultiplier, ValueShift);
                        while (slots[slot] != 0)
                        {
                            slot = (slot + 1) & mask;
                        }

                        slots[slot] = i + 1;
                    }

                    return slots;
                }

                """);
        }

        writer.Line($"private static readonly {n.Info}?[] s_infos = new {n.Info}?[Count];");
        writer.Line("private static int[]? s_nameSlots;");
        writer.Line($"private static {n.Info}[]? s_all;");
        writer.Line();
    }

    private static string ValueHash(CatalogEmitter.Names n, string value)
        => n.Value == "string" ? $"{CatalogRuntimeEmitter.Type}.HashTail({value}, ValueTail)" : $"{CatalogRuntimeEmitter.Type}.HashInteger({value})";

    public static void WriteNameLookup(SourceWriter writer, CatalogEmitter.Names n)
    {
        writer.Line($$"""
            public static bool TryParseName(string? name, out {{n.Code}} code)
            {
                code = default;
                if (name is null)
                {
                    return false;
                }

                var slots = s_nameSlots ?? CreateNameSlots();
                var mask = slots.Length - 1;
                for (var slot = {{CatalogRuntimeEmitter.Type}}.Slot({{CatalogRuntimeEmitter.Type}}.HashString(name), NameMultiplier, NameShift); slots[slot] != 0; slot = (slot + 1) & mask)
                {
                    var index = slots[slot] - 1;
                    if (string.Equals(InfoAt(index).MemberName, name, {{KnownTypes.StringComparison}}.Ordinal))
                    {
                        code = CodeAt(index);
                        return true;
                    }
                }

                return false;
            }

            // Member names live in the descriptors: the first name lookup creates them all (parsing names is rare).
            private static int[] CreateNameSlots()
            {
                var slots = new int[1 << (32 - NameShift)];
                var mask = slots.Length - 1;
                for (var i = 0; i < Count; i++)
                {
                    var slot = {{CatalogRuntimeEmitter.Type}}.Slot({{CatalogRuntimeEmitter.Type}}.HashString(InfoAt(i).MemberName), NameMultiplier, NameShift);
                    while (slots[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    slots[slot] = i + 1;
                }

                s_nameSlots = slots;
                return slots;
            }
            """);
    }

    public static void WriteIndexOfValue(SourceWriter writer, CatalogEmitter.Names n)
    {
        var isString = n.Value == "string";
        if (n.IsInt32)
        {
            writer.Line("""
                private static int IndexOfValue(int value)
                {
                    var table = s_valueTable;
                    var mask = table.Length - 1;
                    for (var slot = (int)(unchecked((uint)value * ValueMultiplier) >> ValueShift); ; slot = (slot + 1) & mask)
                    {
                        var entry = table[slot];
                        if ((int)(entry >> 32) == value && entry != 0)
                        {
                            return (int)entry - 1;
                        }

                        if (entry == 0)
                        {
                            return -1;
                        }
                    }
                }
                """);
        }
        else if (isString)
        {
            writer.Line($$"""
                private static int IndexOfValue(string value)
                {
                    var entries = s_valueEntries;
                    var mask = entries.Length - 1;
                    for (var slot = {{CatalogRuntimeEmitter.Type}}.Slot({{ValueHash(n, "value")}}, ValueMultiplier, ValueShift); ; slot = (slot + 1) & mask)
                    {
                        var key = entries[slot].Key;
                        if (key is null)
                        {
                            return -1;
                        }

                        if (string.Equals(key, value, {{KnownTypes.StringComparison}}.Ordinal))
                        {
                            return entries[slot].Value;
                        }
                    }
                }
                """);
        }
        else
        {
            writer.Line($$"""
                private static int IndexOfValue({{n.Value}} value)
                {
                    var slots = s_valueSlots;
                    var mask = slots.Length - 1;
                    for (var slot = {{CatalogRuntimeEmitter.Type}}.Slot({{ValueHash(n, "value")}}, ValueMultiplier, ValueShift); slots[slot] != 0; slot = (slot + 1) & mask)
                    {
                        var index = slots[slot] - 1;
                        if (s_values[index] == value)
                        {
                            return index;
                        }
                    }

                    return -1;
                }
                """);
        }

    }
}
