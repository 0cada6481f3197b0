using System.Collections.Generic;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>The catalog's name as written and the C# type name made from it: every generated type starts with it.</summary>
internal static class CatalogIdentity
{
    /// <summary>The name and type name, or null when the catalog cannot be generated (the reason is reported).</summary>
    public static (Located<string> Name, string TypeName)? Resolve(CatalogInput input, List<DiagnosticInfo> diagnostics)
    {
        // Files that name no catalog carry their own diagnostics saying why.
        if (input.Files.Select(f => f.CatalogName).FirstOrDefault(n => n is not null) is not { } name
            || !TextRules.CheckName(name, "catalog name", diagnostics))
        {
            return null;
        }

        var typeName = IdentifierNormalizer.ToPascalCase(input.Name);
        if (typeName.Length == 0 || typeName[0] == '@')
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidValue, name.Location, "catalog name", input.Name, "it cannot be made into a C# type name"));
            return null;
        }

        return TextRules.CheckIdentifierLength(typeName, name, "catalog name", diagnostics) ? (name, typeName) : null;
    }
}
