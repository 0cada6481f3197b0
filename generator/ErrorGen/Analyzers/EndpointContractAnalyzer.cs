using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorGen.Analyzers;

/// <summary>
/// EG1006: a minimal API endpoint that declares its codes (<c>.ProducesErrors(...)</c>) and whose handler lambda visibly
/// throws or returns another code of the same catalog — <c>code.ToException()</c>, <c>code.ToResult()</c>,
/// <c>XException.Create(code)</c> or a typed factory. Only the handler's own body is read: codes thrown by methods it
/// calls, codes held in variables and method-group handlers are out of sight (README lists the limits).
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
            var defaultNamespace = BuildOptions.DefaultNamespaceOf(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var index = CatalogIndex.Load(start.Options, defaultNamespace, start.CancellationToken);
            if (!index.IsEmpty)
            {
                start.RegisterOperationAction(c => AnalyzeDeclaration(c, index), OperationKind.Invocation);
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
