using System.Globalization;
using ErrorGen.Diagnostics;
using ErrorGen.Model;

namespace ErrorGen.Validation;

/// <summary>
/// How the API signals success. Carried by the code field (<c>code: 0</c>, <c>code: 200</c>), success is a member of the
/// code type and takes its place among the codes; a flag in another field (<c>status: true</c>) is described by
/// constants only.
/// </summary>
internal static class SuccessRules
{
    public static SuccessSpec? Register(SuccessDeclaration? declaration, ValidationContext context, CodeRegistry registry)
    {
        if (declaration is null || !IsUsable(declaration, context))
        {
            return null;
        }

        var value = declaration.Value.Value;
        var isCodeField = declaration.Field.Value == "code" || declaration.Name is not null;
        var isCode = isCodeField && value.Boolean is null && (context.CodeType == CodeType.String || value.Integer is not null);
        if (!isCode)
        {
            return new SuccessSpec(declaration.Field.Value, value.Text, IsCode: false);
        }

        var name = declaration.Name?.Value ?? "Success";
        var identifier = IdentifierNormalizer.ToPascalCase(name);
        var text = context.CodeType == CodeType.Integer ? value.Integer!.Value.ToString(CultureInfo.InvariantCulture) : value.Text;
        var spec = new CodeSpec(
            text,
            value.Integer ?? 0,
            name,
            identifier,
            Module: null,
            HttpStatus: 200,
            IsHttpMapped: true,
            Title: IdentifierNormalizer.Humanize(identifier),
            Message: declaration.Message?.Value ?? IdentifierNormalizer.Humanize(identifier),
            Recommendation: null,
            IsRetryable: false,
            IsDeprecated: false,
            ReplacedByIdentifier: null,
            TypeUri: CodeRules.TypeUri(context.TypeBaseUri, text),
            IsSuccess: true,
            EquatableArray<ParameterSpec>.Empty,
            EquatableArray<TemplatePart>.Empty)
        {
            Kind = CodeKind.Success,
        };
        registry.TryAdd(spec, declaration.Value.Location, declaration.Location, isProtected: true);
        return new SuccessSpec(declaration.Field.Value, text, IsCode: true);
    }

    private static bool IsUsable(SuccessDeclaration declaration, ValidationContext context)
    {
        if (declaration.Field.Value.Length == 0)
        {
            context.Report(
                DiagnosticDescriptors.InvalidValue, declaration.Field.Location, "success field", string.Empty, "a JSON field name cannot be empty");
            return false;
        }

        return TextRules.CheckName(declaration.Field, "success field", context.Diagnostics, allowPadding: false)
           && (declaration.Name is not { } name || CodeRules.CodeIdentifier(name, context) is not null)
           && (context.CodeType != CodeType.String
               || TextRules.CheckName(
                   new Located<string>(declaration.Value.Value.Text, declaration.Value.Location), "success value", context.Diagnostics,
                   allowPadding: false));
    }
}
