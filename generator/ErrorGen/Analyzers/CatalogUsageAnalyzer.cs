using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Diagnostics;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorGen.Analyzers;

/// <summary>
/// EG1xxx: flags consumer code that uses a catalog's generated API with something the catalog does not say —
/// literal codes that are not in it (or that have a typed member), deprecated codes, unmapped codes in web
/// projects, and reflection-based enum APIs where a generated fast path exists.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the C# expression that should replace the flagged node.</summary>
    public const string ReplacementProperty = "Replacement";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownCodeLiteral,
        DiagnosticDescriptors.UseTypedCode,
        DiagnosticDescriptors.DeprecatedCodeUsed,
        DiagnosticDescriptors.UnmappedCodeInWebProject,
        DiagnosticDescriptors.SlowEnumApi);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var index = CatalogIndex.Load(start.Options, start.CancellationToken);
            if (index.IsEmpty)
            {
                return;
            }

            var isWebProject = BuildOptions.IsWebProject(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeConversion(c, index), OperationKind.Conversion);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, index, isWebProject), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeComparison(c, index), OperationKind.Binary);
            start.RegisterOperationAction(
                c => AnalyzeMemberReference(c, index, isWebProject), OperationKind.FieldReference, OperationKind.PropertyReference);
        });
    }

    // (XCode)40001, or an integer constant converted to a code type.
    private static void AnalyzeConversion(OperationAnalysisContext context, CatalogIndex index)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (index.ForCodeType(conversion.Type) is not { } catalog
            || conversion.Operand.Type?.TypeKind == TypeKind.Enum
            || !conversion.Operand.ConstantValue.HasValue)
        {
            return;
        }

        ReportLiteral(context, catalog, conversion.Operand.ConstantValue.Value, conversion.Syntax, code => catalog.MemberExpression(code));
    }

    // XErrors.TryGetByValue(40001, out ...), XErrors.TryParse("40001", out ...), code.ToString(), Enum.Parse<XCode>(...)
    private static void AnalyzeInvocation(OperationAnalysisContext context, CatalogIndex index, bool isWebProject)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;

        // XExceptions.SomeCode(): the exception of a deprecated or (in a web project) unmapped code.
        if (index.ForExceptionFactory(method.ContainingType) is { } thrown && thrown.ByMember.TryGetValue(method.Name, out var thrownCode))
        {
            ReportCodeUse(context, thrown, thrownCode, $"{thrown.Spec.ExceptionFactoryName}.{method.Name}()", replacement: null, isWebProject);
            return;
        }

        if (index.ForCatalogClass(method.ContainingType) is { } catalog)
        {
            if (method.Name is "TryGetByValue" or "TryParse" && invocation.Arguments.Length == 2
                && WithoutImplicitConversions(invocation.Arguments[0].Value).ConstantValue is { HasValue: true, Value: not null } constant)
            {
                var outArgument = invocation.Arguments[1].Syntax.ToString();
                var flagged = method.Name == "TryGetByValue" ? invocation.Syntax : invocation.Arguments[0].Syntax;
                ReportLiteral(context, catalog, constant.Value, flagged, code =>
                    method.Name == "TryGetByValue"
                        ? $"global::{catalog.Spec.Namespace}.{catalog.Spec.CatalogClassName}.TryGet({catalog.MemberExpression(code)}, {outArgument})"
                        : null);
            }

            return;
        }

        if (method.Name == "ToString" && method.Parameters.Length == 0 && invocation.Instance is { } instance
            && index.ForCodeType(instance.Type) is { Spec.CodeType: CodeType.Integer } enumCatalog)
        {
            Report(context, DiagnosticDescriptors.SlowEnumApi, invocation.Syntax.GetLocation(),
                $"global::{enumCatalog.Spec.Namespace}.{enumCatalog.Spec.CatalogClassName}.ToStringFast({instance.Syntax})",
                $"{enumCatalog.Spec.CatalogClassName}.ToStringFast()", "Enum.ToString()");
            return;
        }

        if (method.ContainingType?.SpecialType == SpecialType.System_Enum && method.Name is "Parse" or "TryParse" && method.IsGenericMethod
            && index.ForCodeType(method.TypeArguments[0]) is { } parsedCatalog)
        {
            Report(context, DiagnosticDescriptors.SlowEnumApi, invocation.Syntax.GetLocation(), null,
                $"{parsedCatalog.Spec.CatalogClassName}.TryParseName (or TryParse for wire values)", "Enum." + method.Name);
        }
    }

    // info.Value == 40001, (int)code == 40001
    private static void AnalyzeComparison(OperationAnalysisContext context, CatalogIndex index)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            return;
        }

        foreach (var (side, other) in new[] { (binary.LeftOperand, binary.RightOperand), (binary.RightOperand, binary.LeftOperand) })
        {
            if (!other.ConstantValue.HasValue || other.ConstantValue.Value is null)
            {
                continue;
            }

            var (catalog, codeExpression) = CodeExpressionOf(side, index);
            if (catalog is null)
            {
                continue;
            }

            var op = binary.OperatorKind == BinaryOperatorKind.Equals ? "==" : "!=";
            ReportLiteral(
                context, catalog, other.ConstantValue.Value, binary.Syntax, code => $"{codeExpression} {op} {catalog.MemberExpression(code)}");
            return;
        }
    }

    // TryGetByValue(int?) receives 40001 through an implicit conversion that has no constant value of its own.
    private static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } implicitConversion)
        {
            operation = implicitConversion.Operand;
        }

        return operation;
    }

    private static (IndexedCatalog? Catalog, string? CodeExpression) CodeExpressionOf(IOperation operation, CatalogIndex index)
    {
        operation = WithoutImplicitConversions(operation);

        if (operation is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance }
            && index.ForInfoType(instance.Type) is { } fromInfo)
        {
            return (fromInfo, instance.Syntax + ".Code");
        }

        if (operation is IConversionOperation { Operand: { } operand }
            && index.ForCodeType(operand.Type) is { Spec.CodeType: CodeType.Integer } fromCast)
        {
            return (fromCast, operand.Syntax.ToString());
        }

        return (null, null);
    }

    private static void AnalyzeMemberReference(OperationAnalysisContext context, CatalogIndex index, bool isWebProject)
    {
        var member = context.Operation switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property,
            _ => null,
        };
        if (member is null || index.ForCodeType(member.ContainingType) is not { } catalog || !catalog.ByMember.TryGetValue(member.Name, out var code))
        {
            return;
        }

        var replacement = code.ReplacedByIdentifier is { } target ? $"global::{catalog.Spec.Namespace}.{catalog.Spec.CodeTypeName}.{target}" : null;
        ReportCodeUse(context, catalog, code, $"{catalog.Spec.CodeTypeName}.{member.Name}", replacement, isWebProject);
    }

    private static void ReportCodeUse(
        OperationAnalysisContext context, IndexedCatalog catalog, CodeSpec code, string used, string? replacement, bool isWebProject)
    {
        var location = context.Operation.Syntax.GetLocation();
        if (code.IsDeprecated)
        {
            var advice = code.ReplacedByIdentifier is { } r ? $"; use {catalog.Spec.CodeTypeName}.{r.TrimStart('@')} instead" : string.Empty;
            Report(context, DiagnosticDescriptors.DeprecatedCodeUsed, location, replacement, $"{used} ({code.Text})", advice);
        }

        if (isWebProject && catalog.Spec.HasHttp && !code.IsHttpMapped && code.IsError)
        {
            Report(context, DiagnosticDescriptors.UnmappedCodeInWebProject, location, null, used, catalog.Spec.Name);
        }
    }

    private static void ReportLiteral(
        OperationAnalysisContext context, IndexedCatalog catalog, object? constant, SyntaxNode flagged, System.Func<CodeSpec, string?> replacementFor)
    {
        var code = catalog.Find(constant, out var display);
        if (code is null)
        {
            Report(context, DiagnosticDescriptors.UnknownCodeLiteral, flagged.GetLocation(), null, display, catalog.Spec.Name);
            return;
        }

        Report(
            context, DiagnosticDescriptors.UseTypedCode, flagged.GetLocation(), replacementFor(code),
            $"{catalog.Spec.CodeTypeName}.{code.MemberName}", display);
    }

    private static void Report(
        OperationAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string? replacement, params object[] args)
    {
        var properties = replacement is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, args));
    }
}
