using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using ErrorGen.Analyzers;
using ErrorGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorGen.Tests.Infrastructure;

/// <summary>
/// Builds a diagnostic page's example as a project would: its YAML and baseline files are the catalogs, its C# files the
/// sources, and its <c>.csproj</c> block says the SDK, C# version and package references that matter to ErrorGen.
/// Returns what <c>dotnet build</c> would print for ErrorGen (generator and analyzers), as MSBuild formats it.
/// </summary>
internal static class PageExampleRunner
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> CompilerErrors)
    {
        public IEnumerable<string> Lines => Diagnostics.Select(Format);
    }

    public static async Task<Result> BuildAsync(IEnumerable<PageFile> files)
    {
        var list = files.ToList();
        var project = Project.From(list.SingleOrDefault(f => f.Path.EndsWith(".csproj", StringComparison.Ordinal)));
        var catalogs = list
            .Where(f => f.Language is "yaml" or "text")
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, Decode(f)))
            .ToImmutableArray();
        var sources = list.Where(f => f.Language == "csharp").ToList();

        var compilation = GeneratorHarness.CreateCompilation(aspNetCore: project.Web, openApi: project.OldOpenApiVersion is null);
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Content, project.ParseOptions, path: s.Path)));
        if (project.OldOpenApiVersion is { } version)
        {
            compilation = compilation.AddReferences(OldOpenApiReference(version));
        }

        GeneratorDriverFactory.Create(catalogs, globalOptions: project.Properties, parseOptions: project.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var diagnostics = generatorDiagnostics.ToList();
        if (sources.Count > 0)
        {
            var options = new AnalyzerOptions(catalogs, new CatalogOptionsProvider(catalogs.Select(c => c.Path), project.Properties));
            diagnostics.AddRange(await output.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogUsageAnalyzer(), new EndpointContractAnalyzer()), options).GetAnalyzerDiagnosticsAsync());
        }

        var ordered = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
        return new Result(ordered, errors);
    }

    /// <summary>As MSBuild prints a compiler diagnostic: <c>path(line,column): severity ID: message</c>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            return $"CSC : {severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
        }

        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    // encoding=utf-16le: the file as an editor saved it in UTF-16 without a byte-order mark, which the compiler reads as UTF-8.
    private static string Decode(PageFile file)
        => file.Attributes.TryGetValue("encoding", out var encoding) && encoding == "utf-16le"
            ? Encoding.UTF8.GetString(Encoding.Unicode.GetBytes(file.Content))
            : file.Content;

    private static MetadataReference OldOpenApiReference(Version version)
    {
        var assembly = CSharpCompilation.Create(
            "Microsoft.AspNetCore.OpenApi",
            new[] { CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")] namespace Old {{ public class Marker {{ }} }}") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(assembly.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>What a page's project file says that ErrorGen sees: SDK, C# version, an old OpenAPI package, properties.</summary>
    private sealed record Project(bool Web, CSharpParseOptions ParseOptions, Version? OldOpenApiVersion, IReadOnlyDictionary<string, string> Properties)
    {
        public static Project From(PageFile? csproj)
        {
            if (csproj is null)
            {
                return new Project(false, GeneratorDriverFactory.ParseOptions, null, new Dictionary<string, string>());
            }

            var xml = XElement.Parse(csproj.Content);
            var properties = xml.Elements("PropertyGroup").Elements().ToDictionary(e => "build_property." + e.Name.LocalName, e => e.Value);
            var language = properties.TryGetValue("build_property.LangVersion", out var langVersion)
                ? (LanguageVersionFacts.TryParse(langVersion, out var parsed) ? parsed : throw new InvalidOperationException("LangVersion " + langVersion))
                : properties.TryGetValue("build_property.TargetFramework", out var framework) && Regex.IsMatch(framework, "^(netstandard2|net4)")
                    ? LanguageVersion.CSharp7_3
                    : LanguageVersion.Latest;
            var openApi = xml.Elements("ItemGroup").Elements("PackageReference")
                .FirstOrDefault(p => (string?)p.Attribute("Include") == "Microsoft.AspNetCore.OpenApi");
            var openApiVersion = openApi is null ? null : Version.Parse((string)openApi.Attribute("Version")! + ".0");
            return new Project(
                (string?)xml.Attribute("Sdk") == "Microsoft.NET.Sdk.Web",
                new CSharpParseOptions(language),
                openApiVersion is { Major: < 10 } ? openApiVersion : null,
                properties);
        }
    }
}
