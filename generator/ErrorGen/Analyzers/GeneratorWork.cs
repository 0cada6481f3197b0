using System.Runtime.CompilerServices;
using ErrorGen.Model;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen.Analyzers;

/// <summary>
/// What the generator has read and validated, kept for the EG1xxx analyzer of the same compilation: the compiler hands
/// both the same additional texts, so the analyzer finds each catalog already parsed and validated instead of reading
/// the YAML a second time (which cost as much as the generator itself on large catalogs). Weak tables: nothing here
/// outlives the texts, and a miss (an IDE that gave the analyzer other text objects) only means the analyzer reads itself.
/// </summary>
internal static class GeneratorWork
{
    private static readonly ConditionalWeakTable<SourceText, string> s_strings = new();
    private static readonly ConditionalWeakTable<string, CatalogFile> s_files = new();
    private static readonly ConditionalWeakTable<CatalogFile, Validated> s_validated = new();

    /// <summary>The string the generator made of a catalog's text.</summary>
    public static void RememberText(SourceText text, string value) => Remember(s_strings, text, value);

    public static void RememberFile(string text, CatalogFile file) => Remember(s_files, text, file);

    public static void RememberResult(CatalogInput input, CatalogResult result)
    {
        if (input.Files.Count > 0)
        {
            Remember(s_validated, input.Files[0], new Validated(input, result));
        }
    }

    /// <summary>The file the generator read from <paramref name="text"/>, if it did.</summary>
    public static CatalogFile? FileOf(SourceText text)
        => s_strings.TryGetValue(text, out var value) && s_files.TryGetValue(value, out var file) ? file : null;

    /// <summary>The generator's result for the same files (the same objects) in the same namespace, if it validated them.</summary>
    public static CatalogResult? ResultOf(CatalogInput input)
    {
        if (input.Files.Count == 0 || !s_validated.TryGetValue(input.Files[0], out var validated)
            || validated.Input.Files.Count != input.Files.Count || validated.Input.DefaultNamespace != input.DefaultNamespace)
        {
            return null;
        }

        for (var i = 0; i < input.Files.Count; i++)
        {
            if (!ReferenceEquals(validated.Input.Files[i], input.Files[i]))
            {
                return null;
            }
        }

        return validated.Result;
    }

    private static void Remember<TKey, TValue>(ConditionalWeakTable<TKey, TValue> table, TKey key, TValue value)
        where TKey : class
        where TValue : class
    {
        lock (table)
        {
            table.Remove(key);
            table.Add(key, value);
        }
    }

    private sealed class Validated
    {
        public Validated(CatalogInput input, CatalogResult result)
        {
            Input = input;
            Result = result;
        }

        public CatalogInput Input { get; }

        public CatalogResult Result { get; }
    }
}
