namespace ErrorGen.Emit;

/// <summary>
/// The code every catalog's generated types share, emitted once per compilation however many catalogs there are:
/// template formatting, the lookup hashes, the HTTP client's body and header reading, and the ASP.NET Core plumbing of
/// web projects. Internal, in
/// <c>ErrorGen.Generated</c>; a project that sees another assembly's copy (InternalsVisibleTo) binds its own.
/// </summary>
internal static class CatalogRuntimeEmitter
{
    public const string HintName = "ErrorGen.CatalogRuntime.g.cs";

    /// <summary>How generated code calls it.</summary>
    public const string Type = "global::ErrorGen.Generated.CatalogRuntime";

    /// <summary>
    /// Every generated file disables CS0436: when a referenced assembly's internals are visible (InternalsVisibleTo), its
    /// <c>CatalogRuntime</c> conflicts with this project's own, which the compiler then rightly uses.
    /// </summary>
    public const string ConflictPragma = "#pragma warning disable CS0436";

    public static string Emit(RuntimeNeeds needs)
    {
        var writer = SourceWriter.ForNamespace("ErrorGen.Generated");
        writer.OpenType(
            "<summary>What the generated catalogs of this project share. Not an API: its members may change in any release.</summary>",
            "internal static class CatalogRuntime");
        WriteTemplates(writer);
        WriteHashing(writer);
        if (needs.HttpClient)
        {
            writer.Line();
            ClientRuntimeWriter.Write(writer);
        }

        if (needs.AspNetCore)
        {
            writer.Line();
            AspNetCoreRuntimeWriter.Write(writer);
            writer.Line();
            JsonRuntimeWriter.Write(writer);
        }

        if (needs.OpenApi)
        {
            writer.Line();
            OpenApiRuntimeWriter.Write(writer);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteTemplates(SourceWriter writer)
    {
        writer.Line($$$"""
            /// <summary>The arguments of an exception whose message has no parameters.</summary>
            public static readonly {{{KnownTypes.IReadOnlyDictionary}}}<string, object?> NoArguments = new {{{KnownTypes.Dictionary}}}<string, object?>(0);

            /// <summary>Fills a message template (<c>{name}</c> placeholders, <c>{{</c>/<c>}}</c> literal braces) with <paramref name="arguments"/>, formatted with the invariant culture.</summary>
            public static string FormatTemplate(string template, {{{KnownTypes.IReadOnlyDictionary}}}<string, object?> arguments)
            {
                var text = new {{{KnownTypes.StringBuilder}}}(template.Length + 16);
                for (var i = 0; i < template.Length; i++)
                {
                    var c = template[i];
                    if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
                    {
                        text.Append(c);
                        i++;
                    }
                    else if (c == '{' && template.IndexOf('}', i) is var close && close > i)
                    {
                        var name = template.Substring(i + 1, close - i - 1);
                        text.Append(arguments.TryGetValue(name, out var value) ? {{{KnownTypes.Convert}}}.ToString(value, {{{KnownTypes.CultureInfo}}}.InvariantCulture) : "{" + name + "}");
                        i = close;
                    }
                    else
                    {
                        text.Append(c);
                    }
                }

                return text.ToString();
            }

            /// <summary>A message without parameters: its template with the literal braces (<c>{{</c> and <c>}}</c>) unescaped.</summary>
            public static string Unescape(string template)
                => template.IndexOf("{{", {{{KnownTypes.StringComparison}}}.Ordinal) < 0 && template.IndexOf("}}", {{{KnownTypes.StringComparison}}}.Ordinal) < 0
                    ? template
                    : template.Replace("{{", "{").Replace("}}", "}");

            """);
    }

    private static void WriteHashing(SourceWriter writer)
    {
        writer.Line("""
            // These must match ErrorGen's HashSlots, which chose each catalog's multiplier and table size.
            public static int Slot(uint hash, uint multiplier, int shift) => (int)(unchecked(hash * multiplier) >> shift);

            public static uint HashInteger(long value) => unchecked((uint)(value ^ (value >> 32)));

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

            public static uint HashString(string value)
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
}
