using System.Collections.Generic;

namespace ErrorGen.Emit;

/// <summary>
/// Chooses, at build time, the hash of each lookup table the generated code fills on first use: the table size (at
/// least twice the keys) and, among a fixed set of odd multipliers, the one that places the catalog's own keys with
/// the fewest collisions. FrozenDictionary must pick a hash for keys it has never seen; the generator knows every key,
/// so most lookups are one multiply, one shift and one probe. The generated code only needs the two constants (no
/// table in the source). The hash functions must match the ones <see cref="CatalogRuntimeEmitter"/> writes exactly.
/// </summary>
internal static class HashSlots
{
    public const uint FibonacciMultiplier = 2654435769u;

    private const int Candidates = 32;

    /// <summary>The multiplier and shift that place <paramref name="hashes"/> with the fewest probes in all.</summary>
    public static (uint Multiplier, int Shift) Choose(IReadOnlyList<uint> hashes)
    {
        var bits = 1;
        while ((1 << bits) < hashes.Count * 2)
        {
            bits++;
        }

        var shift = 32 - bits;
        var occupied = new bool[1 << bits];
        var best = (Multiplier: FibonacciMultiplier, Probes: long.MaxValue);
        var candidate = FibonacciMultiplier;
        for (var attempt = 0; attempt < Candidates && best.Probes > hashes.Count; attempt++)
        {
            var probes = Probes(hashes, candidate, shift, occupied);
            if (probes < best.Probes)
            {
                best = (candidate, probes);
            }

            // Deterministic odd candidates (an LCG step), so a catalog always gets the same tables.
            candidate = unchecked((candidate * 1664525u) + 1013904223u) | 1u;
        }

        return (best.Multiplier, shift);
    }

    /// <summary>
    /// For string codes: how many trailing characters the hash reads (0: all). The fewest that place the keys nearly as
    /// well as the whole string (codes share prefixes such as <c>card_</c>; their tails tell them apart), so a lookup
    /// hashes a few characters instead of every one.
    /// </summary>
    public static int ChooseTail(IReadOnlyList<string> keys)
    {
        var bits = 1;
        while ((1 << bits) < keys.Count * 2)
        {
            bits++;
        }

        var occupied = new bool[1 << bits];
        var longest = 0;
        foreach (var key in keys)
        {
            longest = System.Math.Max(longest, key.Length);
        }

        var whole = Probes(HashAll(keys, 0), FibonacciMultiplier, 32 - bits, occupied);
        for (var tail = 1; tail < longest; tail++)
        {
            if (Probes(HashAll(keys, tail), FibonacciMultiplier, 32 - bits, occupied) <= whole + (whole / 20))
            {
                return tail;
            }
        }

        return 0;
    }

    /// <summary>
    /// FNV-1a over the length and the last <paramref name="tail"/> UTF-16 code units (all of them for 0), two code units per
    /// step: the multiplications form one dependency chain, so halving them halves the hash's latency.
    /// </summary>
    public static uint HashTail(string value, int tail)
    {
        var start = tail > 0 && value.Length > tail ? value.Length - tail : 0;
        var hash = unchecked((2166136261u ^ (uint)value.Length) * 16777619u);
        var i = start;
        for (; i + 1 < value.Length; i += 2)
        {
            hash = unchecked((hash ^ value[i] ^ ((uint)value[i + 1] << 16)) * 16777619u);
        }

        if (i < value.Length)
        {
            hash = unchecked((hash ^ value[i]) * 16777619u);
        }

        return hash;
    }

    public static int Slot(uint hash, uint multiplier, int shift) => (int)(unchecked(hash * multiplier) >> shift);

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

    private static List<uint> HashAll(IReadOnlyList<string> keys, int tail)
    {
        var hashes = new List<uint>(keys.Count);
        foreach (var key in keys)
        {
            hashes.Add(HashTail(key, tail));
        }

        return hashes;
    }

    // Linear probing, as the generated code does: each key costs one probe plus one per occupied slot it passes.
    private static long Probes(IReadOnlyList<uint> hashes, uint multiplier, int shift, bool[] occupied)
    {
        System.Array.Clear(occupied, 0, occupied.Length);
        var mask = occupied.Length - 1;
        long probes = 0;
        foreach (var hash in hashes)
        {
            var slot = Slot(hash, multiplier, shift);
            probes++;
            while (occupied[slot])
            {
                slot = (slot + 1) & mask;
                probes++;
            }

            occupied[slot] = true;
        }

        return probes;
    }
}
