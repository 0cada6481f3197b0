using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorGen.Analyzers;
using ErrorGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorGen.CodeFixes;

/// <summary>
/// Replaces what an EG1xxx diagnostic flags with the expression the analyzer computed: a literal code with its typed
/// member (EG1002), a deprecated code with its replacement (EG1003), <c>Enum.ToString()</c> with <c>ToStringFast</c> (EG1005).
/// Names are written fully qualified and simplified against the document's usings.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceWithTypedCodeFix))]
[Shared]
public sealed class ReplaceWithTypedCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UseTypedCode.Id, DiagnosticDescriptors.DeprecatedCodeUsed.Id, DiagnosticDescriptors.SlowEnumApi.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CatalogUsageAnalyzer.ReplacementProperty, out var replacement) || replacement is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var title = diagnostic.Id == DiagnosticDescriptors.DeprecatedCodeUsed.Id ? "Use the replacement code" : "Use the typed code";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, node, replacement, ct), equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var parsed = SyntaxFactory.ParseExpression(replacement);

        // Every qualified name in the replacement is written with global::; mark each one for simplification.
        var expression = parsed
            .ReplaceNodes(
                parsed.DescendantNodes().Where(n => n is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(node)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        var changed = document.WithSyntaxRoot(root!.ReplaceNode(node, expression));
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
