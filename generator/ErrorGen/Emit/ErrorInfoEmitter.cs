using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>Emits the descriptor class: everything the catalog says about one code, as read-only properties.</summary>
internal static class ErrorInfoEmitter
{
    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var code = names.Code;
        var module = names.Module;
        var valueType = catalog.CodeType == CodeType.String ? "string" : catalog.NeedsLong ? "long" : "int";
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        writer.OpenType(
            $"<summary>Describes one code of the {CSharpText.Xml(catalog.Name)} error catalog, as the catalog states it.</summary>",
            $"{catalog.TypeAccessibility} sealed class {catalog.InfoTypeName}");
        // A catalog without HTTP meaning (http: false) has no status and no RFC 9457 type.
        var http = catalog.HasHttp;
        writer.Open($"internal {catalog.InfoTypeName}(int index, {code} code, string name, string memberName, {module} module, string? moduleName, "
            + (http ? "int httpStatus, " : string.Empty)
            + $"string title, string message, string? recommendation, bool isRetryable, bool isDeprecated, {code}? replacedBy, "
            + (http ? "string? typeUri, " : string.Empty)
            + "int kind, string[] parameterNames)");
        writer.Line("Index = index;");
        foreach (var (property, parameter) in new[]
                 {
                     ("Code", "code"), ("Name", "name"), ("MemberName", "memberName"), ("Module", "module"), ("ModuleName", "moduleName"),
                     ("HttpStatus", "httpStatus"), ("Title", "title"), ("Message", "message"), ("Recommendation", "recommendation"),
                     ("IsRetryable", "isRetryable"), ("IsDeprecated", "isDeprecated"), ("ReplacedBy", "replacedBy"), ("TypeUri", "typeUri"),
                     ("_kind", "kind"), ("ParameterNames", "parameterNames"),
                 })
        {
            if (parameter == "typeUri")
            {
                // Null when the catalog's base URI makes it: derived on first use.
                if (http)
                {
                    writer.Line("_typeUri = typeUri;");
                }
            }
            else if (http || parameter != "httpStatus")
            {
                writer.Line($"{property} = {parameter};");
            }
        }

        writer.Close();
        writer.Line();
        Property(writer, code, "Code", "The typed code.");
        Property(writer, valueType, "Value", "The wire value, as the API sends it.",
            catalog.CodeType == CodeType.String ? "Code.Value" : $"({valueType})Code");
        Property(writer, "string", "Name", "The symbolic name as the catalog writes it (for example <c>API_KEY_MISSING</c>).");
        Property(writer, "string", "MemberName", $"The name of the C# member of <see cref=\"{catalog.CodeTypeName}\"/>.");
        Property(writer, module, "Module", "The module the code belongs to.");
        Property(writer, "string?", "ModuleName", "The module's name as the catalog writes it, or null.");
        if (http)
        {
            Property(writer, "int", "HttpStatus", "The HTTP status a server answers with (code, then module, then range rule, then catalog default).");
        }

        Property(writer, "string", "Title", "A short, human-readable summary of the problem (RFC 9457 <c>title</c>).");
        Property(writer, "string", "Message", "The message exactly as the catalog writes it; for templated messages, the template.");
        Property(writer, "string?", "Recommendation", "What the caller should do about it, or null.");
        Property(writer, "bool", "IsRetryable", "Whether repeating the same request may succeed.");
        Property(writer, "bool", "IsDeprecated", "Whether the code is deprecated.");
        Property(writer, code + "?", "ReplacedBy", "The code that replaces a deprecated one, or null.");
        if (http)
        {
            Property(
                writer, "string", "TypeUri", "The RFC 9457 problem <c>type</c> URI (<c>about:blank</c> when the catalog sets no base URI).",
                $"_typeUri ??= {names.Errors}.TypeUriAt(Index)");
            writer.Line("private string? _typeUri;");
            writer.Line();
        }

        Property(writer, "bool", "IsSuccess", "Whether this code means success rather than an error.", "(_kind & 4) != 0");
        Property(writer, "bool", "IsError", "Whether this code is an error (not a warning, a notice or a success): only errors are thrown and mapped to problems.", "_kind == 0");
        Property(
            writer, "string", "Kind", "What the code means, as the catalog writes it: <c>error</c>, <c>warning</c>, <c>info</c> or <c>success</c>.",
            "_kind switch { 4 => \"success\", 8 => \"warning\", 16 => \"info\", _ => \"error\" }");
        writer.Line("private readonly int _kind;");
        writer.Line();
        Property(
            writer, $"{KnownTypes.IReadOnlyList}<string>", "ParameterNames",
            "The named parameters of the message template, in declaration order.");
        FieldEmitter.WriteProperties(writer, catalog, names);
        writer.Line("internal int Index { get; }");
        writer.Line();
        var catalogClass = names.Errors;
        var localizedTexts = new[]
        {
            ("GetTitle", 0, "string", "Title"), ("GetMessage", 1, "string", "Message"), ("GetRecommendation", 2, "string?", "Recommendation"),
        };
        foreach (var (method, field, type, fallback) in localizedTexts)
        {
            writer.Doc($"<summary>The {fallback.ToLowerInvariant()} in <paramref name=\"culture\"/> (default: the current UI culture): the first of "
                + $"the catalog's locales along the culture's parents, else the default locale. No allocation for the default locale.</summary>");
            writer.Line($"public {type} {method}({KnownTypes.CultureInfo}? culture = null) => {catalogClass}.Localized(Index, {field}, culture) ?? {fallback};");
            writer.Line();
        }

        writer.Doc("<summary>The wire value and the name, for logs and debugging.</summary>");
        writer.Line("public override string ToString() => Value + \" \" + Name;");
        writer.Close();
        FieldEmitter.WriteEnums(writer, catalog);
        writer.Close();
        return writer.ToString();
    }

    private static void Property(SourceWriter writer, string type, string name, string summary, string? expression = null)
    {
        writer.Doc($"<summary>{summary}</summary>");
        writer.Line(expression is null ? $"public {type} {name} {{ get; }}" : $"public {type} {name} => {expression};");
        writer.Line();
    }
}
