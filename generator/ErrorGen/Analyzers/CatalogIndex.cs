using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ErrorGen.Model;
using ErrorGen.Reading;
using ErrorGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorGen.Analyzers;

/// <summary>One catalog as the analyzers see it: its spec and lookups by wire value and member name.</summary>
internal sealed class IndexedCatalog
{
    public IndexedCatalog(CatalogSpec spec)
    {
        Spec = spec;
        ByText = spec.Codes.ToDictionary(c => c.Text, StringComparer.Ordinal);
        ByMember = spec.Codes.ToDictionary(c => c.MemberName, StringComparer.Ordinal);
    }

    public CatalogSpec Spec { get; }

    public Dictionary<string, CodeSpec> ByText { get; }

    public Dictionary<string, CodeSpec> ByMember { get; }

    public string CodeTypeMetadataName => Spec.Namespace + "." + Spec.CodeTypeName;

    public string CatalogClassMetadataName => Spec.Namespace + "." + Spec.CatalogClassName;

    public string InfoTypeMetadataName => Spec.Namespace + "." + Spec.InfoTypeName;

    public string ExceptionFactoryMetadataName => Spec.Namespace + "." + Spec.ExceptionFactoryName;

    public string ExceptionMetadataName => Spec.Namespace + "." + Spec.ExceptionTypeName;

    public string AspNetCoreMetadataName => Spec.Namespace + "." + Spec.TypeName + "AspNetCore";

    public string MemberExpression(CodeSpec code) => $"global::{Spec.Namespace}.{Spec.CodeTypeName}.{code.Identifier}";

    /// <summary>Finds the code a constant stands for, or null; <paramref name="display"/> is how to name the constant.</summary>
    public CodeSpec? Find(object? constant, out string display)
    {
        switch (constant)
        {
            case string text:
                display = "\"" + text + "\"";
                if (Spec.CodeType == CodeType.Integer)
                {
                    return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                        && ByText.TryGetValue(parsed.ToString(CultureInfo.InvariantCulture), out var fromText) ? fromText : null;
                }

                return ByText.TryGetValue(text, out var code) ? code : null;
            case int or long or short or uint or ushort or byte or sbyte:
                var value = Convert.ToInt64(constant, CultureInfo.InvariantCulture);
                display = value.ToString(CultureInfo.InvariantCulture);
                return Spec.CodeType == CodeType.Integer && ByText.TryGetValue(display, out var byValue) ? byValue : null;
            case ulong big:
                // Above long.MaxValue no code can match; below it, the value is the code.
                display = big.ToString(CultureInfo.InvariantCulture);
                return Spec.CodeType == CodeType.Integer && ByText.TryGetValue(display, out var byBig) ? byBig : null;
            case char character:
                // (XCode)'A' converts the character's number, 65.
                var number = ((int)character).ToString(CultureInfo.InvariantCulture);
                display = $"'{(char.IsControl(character) ? ' ' : character)}' ({number})";
                return Spec.CodeType == CodeType.Integer && ByText.TryGetValue(number, out var byChar) ? byChar : null;
            default:
                display = Convert.ToString(constant, CultureInfo.InvariantCulture) ?? "null";
                return null;
        }
    }
}

/// <summary>
/// The catalogs of a compilation: what the generator read and validated from the same AdditionalFiles
/// (<see cref="GeneratorWork"/>), else read here with the generator's own reader and validator. Files parsed here are
/// cached per <see cref="SourceText"/>, which the compiler and IDE reuse while a file is unchanged.
/// </summary>
internal sealed class CatalogIndex
{
    private static readonly ConditionalWeakTable<SourceText, CatalogFile> s_files = new();

    private readonly Dictionary<string, IndexedCatalog> _byCodeType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedCatalog> _byCatalogClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedCatalog> _byInfoType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedCatalog> _byExceptionFactory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedCatalog> _byException = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedCatalog> _byAspNetCore = new(StringComparer.Ordinal);

    // Every operation in the project asks about its type: the simple name rules most out before a namespace is formatted.
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);

    public bool IsEmpty => _byCodeType.Count == 0;

    /// <summary>The catalogs of the compilation an analyzer runs on (empty when it has none), in its default namespace.</summary>
    public static CatalogIndex Load(AnalyzerOptions options, CancellationToken cancellationToken)
        => Load(options, BuildOptions.DefaultNamespaceOf(options.AnalyzerConfigOptionsProvider.GlobalOptions), cancellationToken);

    public static CatalogIndex Load(AnalyzerOptions options, string defaultNamespace, CancellationToken cancellationToken)
    {
        var files = new List<CatalogFile>();
        foreach (var additional in options.AdditionalFiles)
        {
            if (!BuildOptions.HasFlag(additional, options.AnalyzerConfigOptionsProvider, BuildOptions.CatalogMetadata)
                || additional.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var path = additional.Path;
            if (GeneratorWork.FileOf(text) is { } read && read.FilePath == path)
            {
                files.Add(read);
                continue;
            }

            var file = s_files.GetValue(text, t => CatalogFileReader.Read(path, t.ToString(), CancellationToken.None));
            files.Add(file.FilePath == path ? file : CatalogFileReader.Read(path, text.ToString(), cancellationToken));
        }

        var index = new CatalogIndex();
        foreach (var input in CatalogGrouper.Group(files.ToImmutableArray(), ImmutableArray<BaselineFile>.Empty, defaultNamespace))
        {
            if ((GeneratorWork.ResultOf(input) ?? CatalogValidator.Validate(input, cancellationToken)).Spec is { } spec)
            {
                var catalog = new IndexedCatalog(spec);
                index._byCodeType[catalog.CodeTypeMetadataName] = catalog;
                index._byCatalogClass[catalog.CatalogClassMetadataName] = catalog;
                index._byInfoType[catalog.InfoTypeMetadataName] = catalog;
                index._byExceptionFactory[catalog.ExceptionFactoryMetadataName] = catalog;
                index._byException[catalog.ExceptionMetadataName] = catalog;
                index._byAspNetCore[catalog.AspNetCoreMetadataName] = catalog;
                index._typeNames.UnionWith(new[]
                {
                    spec.CodeTypeName, spec.CatalogClassName, spec.InfoTypeName, spec.ExceptionFactoryName, spec.ExceptionTypeName,
                    spec.TypeName + "AspNetCore",
                });
            }
        }

        return index;
    }

    public IndexedCatalog? ForCodeType(ITypeSymbol? type) => Lookup(_byCodeType, type);

    public IndexedCatalog? ForCatalogClass(ITypeSymbol? type) => Lookup(_byCatalogClass, type);

    public IndexedCatalog? ForInfoType(ITypeSymbol? type) => Lookup(_byInfoType, type);

    public IndexedCatalog? ForExceptionFactory(ITypeSymbol? type) => Lookup(_byExceptionFactory, type);

    public IndexedCatalog? ForException(ITypeSymbol? type) => Lookup(_byException, type);

    /// <summary>The catalog whose ASP.NET Core integration class (<c>XAspNetCore</c>) this is.</summary>
    public IndexedCatalog? ForAspNetCore(ITypeSymbol? type) => Lookup(_byAspNetCore, type);

    private IndexedCatalog? Lookup(Dictionary<string, IndexedCatalog> map, ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error || !_typeNames.Contains(type.MetadataName))
        {
            return null;
        }

        var name = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
        return map.TryGetValue(name, out var catalog) ? catalog : null;
    }
}
