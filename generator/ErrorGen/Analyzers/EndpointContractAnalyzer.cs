using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorGen.Analyzers;

/// <summary>
/// EG1006: an endpoint that declares its codes (<c>.ProducesErrors(...)</c> on a minimal API, <c>[XErrors(...)]</c> on a
/// method or its class) and whose handler visibly throws or returns another code of the same catalog —
/// <c>code.ToException()</c>, <c>code.ToResult()</c>, <c>XException.Create(code)</c> or a typed factory. Only the
/// handler's own body is read: codes thrown by methods it calls and codes held in variables are out of sight.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointContractAnalyzer : DiagnosticAnalyzer
{
    private static readonly HashSet<string> s_mapMethods = new(System.StringComparer.Ordinal)
    {
        "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UndeclaredEndpointError);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var index = CatalogIndex.Load(start.Options, start.CancellationToken);
            if (!index.IsEmpty)
            {
                start.RegisterOperationAction(c => AnalyzeDeclaration(c, index), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeAttributedMethod(c, index), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeDeclaration(OperationAnalysisContext context, CatalogIndex index)
    {
        var declaration = (IInvocationOperation)context.Operation;
        if (declaration.TargetMethod.Name != "ProducesErrors" || declaration.Arguments.Length < 2
            || index.ForAspNetCore(declaration.TargetMethod.ContainingType) is not { } catalog
            || DeclaredCodes(declaration, catalog, index) is not { } declared
            || HandlerOf(declaration.Arguments[0].Value) is not { } handler)
        {
            return;
        }

        var declaredText = string.Join(", ", declared.Select(d => $"{catalog.Spec.CodeTypeName}.{d}"));
        foreach (var operation in handler.Body.Descendants())
        {
            if (operation is IInvocationOperation use && UsedCode(use, catalog, index) is { } code && !declared.Contains(code))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UndeclaredEndpointError, use.Syntax.GetLocation(),
                    $"{catalog.Spec.CodeTypeName}.{code}", declaredText, "ProducesErrors(...)"));
            }
        }
    }

    // A controller action (or method-group handler) under [XErrors(...)], on itself or its class, using another code.
    private static void AnalyzeAttributedMethod(OperationAnalysisContext context, CatalogIndex index)
    {
        var use = (IInvocationOperation)context.Operation;
        if (context.ContainingSymbol is not IMethodSymbol method || CatalogOf(use, index) is not { } catalog
            || UsedCode(use, catalog, index) is not { } code)
        {
            return;
        }

        var attributeName = catalog.Spec.TypeName + "ErrorsAttribute";
        var contract = method.GetAttributes().Concat(method.ContainingType?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
            .FirstOrDefault(a => a.AttributeClass is { } type && type.Name == attributeName
                && type.ContainingNamespace?.ToDisplayString() == catalog.Spec.Namespace);
        if (contract is null || contract.ConstructorArguments.Length != 1 || contract.ConstructorArguments[0].Kind != TypedConstantKind.Array)
        {
            return;
        }

        var declared = contract.ConstructorArguments[0].Values
            .Select(v => System.Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        if (declared.Contains(catalog.ByMember[code].Text))
        {
            return;
        }

        var declaredText = string.Join(", ", declared.Select(d => catalog.ByText.TryGetValue(d ?? string.Empty, out var c) ? $"{catalog.Spec.CodeTypeName}.{c.MemberName}" : d));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UndeclaredEndpointError, use.Syntax.GetLocation(),
            $"{catalog.Spec.CodeTypeName}.{code}", declaredText.Length > 0 ? declaredText : "no code", $"[{catalog.Spec.TypeName}Errors(...)]"));
    }

    // The catalog whose code an invocation throws or returns (see UsedCode), if any.
    private static IndexedCatalog? CatalogOf(IInvocationOperation invocation, CatalogIndex index)
    {
        var method = invocation.TargetMethod;
        if (index.ForExceptionFactory(method.ContainingType) is { } factory)
        {
            return factory;
        }

        if (method.Name == "Create")
        {
            return index.ForException(method.ContainingType);
        }

        return method.Name is "ToException" or "ToResult" && method.IsExtensionMethod && invocation.Arguments.Length > 0
            ? index.ForCodeType(Unwrap(invocation.Arguments[0].Value)?.Type)
            : null;
    }

    // The member names of the declared codes; null when one is not a plain XCode.Member (then nothing can be said).
    private static HashSet<string>? DeclaredCodes(IInvocationOperation declaration, IndexedCatalog catalog, CatalogIndex index)
    {
        var declared = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var argument in declaration.Arguments.Skip(1))
        {
            var values = Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } initializer }
                ? initializer.ElementValues
                : ImmutableArray.Create(argument.Value);
            foreach (var value in values)
            {
                if (CodeMember(value, catalog, index) is not { } member)
                {
                    return null;
                }

                declared.Add(member);
            }
        }

        return declared;
    }

    // Down the builder chain (app.MapGet(...).RequireRateLimiting(...).ProducesErrors(...)) to the Map call's lambda.
    private static IAnonymousFunctionOperation? HandlerOf(IOperation builder)
    {
        var operation = Unwrap(builder);
        while (operation is IInvocationOperation invocation)
        {
            if (s_mapMethods.Contains(invocation.TargetMethod.Name))
            {
                return invocation.Arguments
                    .Select(a => Unwrap(a.Value))
                    .Select(v => v is IDelegateCreationOperation creation ? Unwrap(creation.Target) : v)
                    .OfType<IAnonymousFunctionOperation>()
                    .FirstOrDefault();
            }

            operation = Unwrap(invocation.Instance
                ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null));
        }

        return null;
    }

    // code.ToException(), code.ToResult(), XException.Create(code), XExceptions.SomeCode(...): the code's member name.
    private static string? UsedCode(IInvocationOperation invocation, IndexedCatalog catalog, CatalogIndex index)
    {
        var method = invocation.TargetMethod;
        if (index.ForExceptionFactory(method.ContainingType) == catalog && catalog.ByMember.ContainsKey(method.Name))
        {
            return method.Name;
        }

        var takesCode = method.Name is "ToException" or "ToResult" && method.IsExtensionMethod
            || method.Name == "Create" && index.ForException(method.ContainingType) == catalog;
        return takesCode && invocation.Arguments.Length > 0 ? CodeMember(invocation.Arguments[0].Value, catalog, index) : null;
    }

    private static string? CodeMember(IOperation value, IndexedCatalog catalog, CatalogIndex index)
    {
        var member = Unwrap(value) switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property,
            _ => null,
        };
        return member is not null && index.ForCodeType(member.ContainingType) == catalog && catalog.ByMember.ContainsKey(member.Name)
            ? member.Name
            : null;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
