using System.Collections.Generic;

namespace ErrorGen.Emit;

/// <summary>
/// Builds the open-addressing tables the generated lookups probe at run time. The table is computed here, at
/// build time, so the consumer's compiler sees only primitive arrays (no giant switch: Roslyn needs ~19 s for a
/// flat 10,000-case switch) and a lookup costs one multiply and, on average, fewer than two probes.
/// The hash functions must match the ones written by <see cref="CatalogEmitter"/> exactly.
/// </summary>
internal static class HashSlots
{
    public const uint FibonacciMultiplier = 2654435769u;

    /// <summary>Returns the table (each slot holds index + 1, or 0 when empty) and the shift the run-time code uses.</summary>
    public static (int[] Slots, int Shift) Build(IReadOnlyList<uint> hashes)
    {
        var bits = 1;
        while ((1 << bits) < hashes.Count * 2)
        {
            bits++;
        }

        var slots = new int[1 << bits];
        var shift = 32 - bits;
        var mask = slots.Length - 1;
        for (var index = 0; index < hashes.Count; index++)
        {
            var slot = Slot(hashes[index], shift);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = index + 1;
        }

        return (slots, shift);
    }

    public static int Slot(uint hash, int shift) => (int)(unchecked(hash * FibonacciMultiplier) >> shift);

    public static uint HashInteger(long value) => unchecked((uint)(value ^ (value >> 32)));

    /// <summary>FNV-1a over UTF-16 code units: ordinal, culture-free, identical in the generated code.</summary>
    public static uint HashString(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
