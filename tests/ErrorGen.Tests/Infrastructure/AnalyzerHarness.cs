using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ErrorGen.Analyzers;
using ErrorGen.CodeFixes;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>Runs the generator, then ErrorGen's analyzers over consumer code, and applies its code fixes in a workspace.</summary>
internal static class AnalyzerHarness
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, Compilation Compilation)> AnalyzeAsync(string source, IEnumerable<(string Path, string Text)> catalogs, bool web = false)
    {
        var texts = catalogs.Select(c => (AdditionalText)new InMemoryAdditionalText(c.Path, c.Text)).ToImmutableArray();
        // A web project references ASP.NET Core, as the generator and the analyzers both test (BuildOptions.IsWebProject).
        var compilation = GeneratorHarness.CreateCompilation(source, aspNetCore: web);

        GeneratorHarness.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var options = new AnalyzerOptions(texts, new CatalogOptionsProvider(texts.Select(t => t.Path)));
        var diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogUsageAnalyzer(), new EndpointContractAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        return (diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray(), output);
    }

    /// <summary>Applies the EG0035 fix to a baseline held as an additional document; returns the baseline's new text.</summary>
    public static async Task<string> ApplyBaselineFixAsync(Diagnostic diagnostic, string baselinePath, string baselineText)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp));
        var catalogId = DocumentId.CreateNewId(projectId);
        var baselineId = DocumentId.CreateNewId(projectId);
        var catalogPath = diagnostic.Location.GetLineSpan().Path;
        solution = solution
            .AddAdditionalDocument(DocumentInfo.Create(catalogId, System.IO.Path.GetFileName(catalogPath), filePath: catalogPath, loader: TextLoader.From(TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty), VersionStamp.Default))))
            .AddAdditionalDocument(DocumentInfo.Create(baselineId, System.IO.Path.GetFileName(baselinePath), filePath: baselinePath, loader: TextLoader.From(TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From(baselineText), VersionStamp.Default))));
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(solution.GetAdditionalDocument(catalogId)!, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new AddToBaselineCodeFix().RegisterCodeFixesAsync(context);
        Assert.Single(actions);
        var operation = (await actions[0].GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return (await operation.ChangedSolution.GetAdditionalDocument(baselineId)!.GetTextAsync()).ToString();
    }

    /// <summary>
    /// Fix All (project scope) for the EG0035 diagnostics of a catalog, as an IDE or <c>dotnet format</c> drives it through
    /// <see cref="FixAllContext"/>; returns the baseline's new text.
    /// </summary>
    public static async Task<string> ApplyBaselineFixAllAsync(ImmutableArray<Diagnostic> diagnostics, string baselinePath, string baselineText)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var baselineId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp));
        foreach (var path in diagnostics.Select(d => d.Location.GetLineSpan().Path).Distinct())
        {
            solution = solution.AddAdditionalDocument(DocumentInfo.Create(
                DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), filePath: path,
                loader: TextLoader.From(TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty), VersionStamp.Default))));
        }

        solution = solution.AddAdditionalDocument(DocumentInfo.Create(
            baselineId, System.IO.Path.GetFileName(baselinePath), filePath: baselinePath,
            loader: TextLoader.From(TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From(baselineText), VersionStamp.Default))));
        var fix = new AddToBaselineCodeFix();
        var context = new FixAllContext(
            solution.GetProject(projectId)!, fix, FixAllScope.Project, nameof(AddToBaselineCodeFix), fix.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await fix.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operation = (await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return (await operation.ChangedSolution.GetAdditionalDocument(baselineId)!.GetTextAsync()).ToString();
    }

    /// <summary>The diagnostics a Fix All sees: all of them, wherever they are located (EG0035's are in YAML files).</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    /// <summary>Applies the code fix for <paramref name="diagnostic"/> to Consumer.cs and returns its new text.</summary>
    public static async Task<string> ApplyFixAsync(Compilation compilation, Diagnostic diagnostic)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: compilation.Options, parseOptions: GeneratorHarness.ParseOptions, metadataReferences: Net100.References.All));
        DocumentId? consumerId = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(id, System.IO.Path.GetFileName(tree.FilePath), tree.GetText());
            if (tree.FilePath == "Consumer.cs")
            {
                consumerId = id;
            }
        }

        var document = solution.GetDocument(consumerId!)!;
        var syntaxTree = (await document.GetSyntaxTreeAsync())!;
        var located = Diagnostic.Create(diagnostic.Descriptor, Location.Create(syntaxTree, diagnostic.Location.SourceSpan), diagnostic.Properties);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None);
        await new ReplaceWithTypedCodeFix().RegisterCodeFixesAsync(context);
        Assert.Single(actions);
        var operation = (await actions[0].GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return (await operation.ChangedSolution.GetDocument(consumerId!)!.GetTextAsync()).ToString();
    }
}
