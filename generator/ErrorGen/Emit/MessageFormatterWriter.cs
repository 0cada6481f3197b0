using System.Collections.Generic;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Writes one <c>Format{Code}</c> method per templated message, taking the declared typed parameters:
/// <c>FormatPasswordTooShort(int minLength)</c>. Values are formatted with the invariant culture.
/// </summary>
internal static class MessageFormatterWriter
{
    public static void Write(SourceWriter writer, CatalogSpec catalog)
    {
        // Every code with parameters gets one, even when its message does not use them (EG0021 warns about that):
        // its exception factory takes the parameters and calls it.
        foreach (var code in catalog.Codes.Where(c => c.Parameters.Count > 0))
        {
            var parameters = code.Parameters.ToDictionary(p => p.Name);
            var signature = string.Join(", ", code.Parameters.Select(p => $"{TypeName(p.Type)} {p.Identifier}"));
            var pieces = new List<string>();
            foreach (var part in code.Template)
            {
                pieces.Add(part.IsPlaceholder ? Format(parameters[part.Text]) : CSharpText.Literal(part.Text));
            }

            writer.Doc($"<summary>Formats the message of <see cref=\"{catalog.CodeTypeName}.{code.Identifier}\"/>: "
                + $"{CSharpText.Xml(code.Message)}</summary>");
            writer.Line($"public static string Format{code.MemberName}({signature}) => {Concat(pieces)};");
            writer.Line();
        }
    }

    private static string Concat(List<string> pieces) => pieces.Count switch
    {
        0 => "string.Empty",
        1 => pieces[0],
        <= 4 => "string.Concat(" + string.Join(", ", pieces) + ")",
        _ => "string.Concat(new string[] { " + string.Join(", ", pieces) + " })",
    };

    private static string Format(ParameterSpec parameter)
    {
        var name = parameter.Identifier;
        const string invariant = $"{KnownTypes.CultureInfo}.InvariantCulture";
        return parameter.Type switch
        {
            ParameterType.String => $"({name} ?? string.Empty)",
            ParameterType.Bool => $"({name} ? \"true\" : \"false\")",
            ParameterType.Guid => $"{name}.ToString()",
            ParameterType.DateTimeOffset => $"{name}.ToString(\"O\", {invariant})",
            _ => $"{name}.ToString({invariant})",
        };
    }

    public static string TypeName(ParameterType type) => type switch
    {
        ParameterType.String => "string?",
        ParameterType.Int => "int",
        ParameterType.Long => "long",
        ParameterType.Double => "double",
        ParameterType.Decimal => "decimal",
        ParameterType.Bool => "bool",
        ParameterType.Guid => $"{KnownTypes.Guid}",
        _ => $"{KnownTypes.DateTimeOffset}",
    };
}
