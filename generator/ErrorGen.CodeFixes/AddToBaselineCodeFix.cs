using System.Collections.Generic;
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

    /// <summary>Fix All appends every new code of the scope to its baseline at once, in the order the diagnostics come.</summary>
    public override FixAllProvider? GetFixAllProvider() => AppendAllToBaselines.Instance;

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

    private sealed class AppendAllToBaselines : FixAllProvider
    {
        public static readonly AppendAllToBaselines Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
            var lines = new List<(ProjectId Project, string Path, string Line)>();
            foreach (var project in projects)
            {
                foreach (var diagnostic in await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
                {
                    if (diagnostic.Id == DiagnosticDescriptors.CodeNotInBaseline.Id
                        && diagnostic.Properties.TryGetValue(BaselineValidator.BaselinePathProperty, out var path) && path is not null
                        && diagnostic.Properties.TryGetValue(BaselineValidator.BaselineLineProperty, out var line) && line is not null)
                    {
                        lines.Add((project.Id, path, line));
                    }
                }
            }

            return lines.Count == 0
                ? null
                : CodeAction.Create("Add every new code to the shipped baselines", ct => AppendAllAsync(fixAllContext.Solution, lines, ct), nameof(AppendAllToBaselines));
        }

        private static async Task<Solution> AppendAllAsync(
            Solution solution, List<(ProjectId Project, string Path, string Line)> lines, CancellationToken cancellationToken)
        {
            foreach (var baseline in lines.GroupBy(l => (l.Project, l.Path)))
            {
                if (solution.GetProject(baseline.Key.Project)?.AdditionalDocuments.FirstOrDefault(d => d.FilePath == baseline.Key.Path) is not { } document)
                {
                    continue;
                }

                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var content = text.ToString();
                var separator = content.Length == 0 || content.EndsWith("\n", System.StringComparison.Ordinal) ? string.Empty : "\n";
                var appended = string.Concat(baseline.Select(l => l.Line).Distinct().Select(l => l + "\n"));
                solution = solution.WithAdditionalDocumentText(
                    document.Id, text.WithChanges(new TextChange(new TextSpan(text.Length, 0), separator + appended)));
            }

            return solution;
        }
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
