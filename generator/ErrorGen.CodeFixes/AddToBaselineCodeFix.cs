using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorGen.Diagnostics;
using ErrorGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen.CodeFixes;

/// <summary>EG0035: appends the new code's line to the catalog's shipped-codes baseline (an additional file).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToBaselineCodeFix))]
[Shared]
public sealed class AddToBaselineCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.CodeNotInBaseline.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(BaselineValidator.BaselinePathProperty, out var path) && path is not null
                && diagnostic.Properties.TryGetValue(BaselineValidator.BaselineLineProperty, out var line) && line is not null
                && context.TextDocument.Project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == path) is { } baseline)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add to the shipped baseline", ct => AppendAsync(baseline, line, ct),
                        equivalenceKey: DiagnosticDescriptors.CodeNotInBaseline.Id),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> AppendAsync(TextDocument baseline, string line, CancellationToken cancellationToken)
    {
        var text = await baseline.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var content = text.ToString();
        var separator = content.Length == 0 || content.EndsWith("\n", System.StringComparison.Ordinal) ? string.Empty : "\n";
        var updated = text.WithChanges(new TextChange(new TextSpan(text.Length, 0), separator + line + "\n"));
        return baseline.Project.Solution.WithAdditionalDocumentText(baseline.Id, updated);
    }
}
