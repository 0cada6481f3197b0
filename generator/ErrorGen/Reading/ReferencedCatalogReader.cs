using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using ErrorGen.Emit;
using ErrorGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Reading;

/// <summary>
/// Reads the catalog files a referenced assembly recorded (<see cref="CatalogExportEmitter"/>) straight from its
/// metadata: no assembly is loaded, and a reference that is not ErrorGen's, or not readable, simply has none.
/// </summary>
internal static class ReferencedCatalogReader
{
    private static readonly int s_metadataKeyLength = System.Text.Encoding.UTF8.GetByteCount(CatalogExportEmitter.MetadataKey);

    public static EquatableArray<ExportedCatalogFile> Read(MetadataReference reference)
    {
        try
        {
            return reference switch
            {
                PortableExecutableReference file => FromMetadata(file),
                CompilationReference project => FromCompilation(project.Compilation),
                _ => EquatableArray<ExportedCatalogFile>.Empty,
            };
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or InvalidOperationException or FormatException
            or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            return EquatableArray<ExportedCatalogFile>.Empty;
        }
    }

    private static EquatableArray<ExportedCatalogFile> FromMetadata(PortableExecutableReference reference)
    {
        if (reference.GetMetadata() is not AssemblyMetadata assembly)
        {
            return EquatableArray<ExportedCatalogFile>.Empty;
        }

        var reader = assembly.GetModules()[0].GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        var assemblyName = reader.GetString(definition.Name);
        var files = new List<ExportedCatalogFile>();
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(reader, attribute.Constructor))
            {
                continue;
            }

            // Framework assemblies carry several AssemblyMetadata attributes each: their keys are told apart by length
            // first, so only ErrorGen's are read as strings.
            var value = reader.GetBlobReader(attribute.Value);
            if (value.ReadUInt16() == 1
                && value.TryReadCompressedInteger(out var keyLength) && keyLength == s_metadataKeyLength
                && value.ReadUTF8(keyLength) == CatalogExportEmitter.MetadataKey
                && Parse(assemblyName, value.ReadSerializedString()) is { } file)
            {
                files.Add(file);
            }
        }

        return files.ToEquatableArray();
    }

    // In an IDE, a project reference is the other project's compilation, generated files included.
    private static EquatableArray<ExportedCatalogFile> FromCompilation(Compilation compilation)
    {
        var files = new List<ExportedCatalogFile>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute"
                && attribute.ConstructorArguments is [{ Value: CatalogExportEmitter.MetadataKey }, { Value: string payload }]
                && Parse(compilation.AssemblyName ?? string.Empty, payload) is { } file)
            {
                files.Add(file);
            }
        }

        return files.ToEquatableArray();
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute")
            && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }

    // Format, namespace, "web"/"library", file name, then the text (which may hold line breaks of its own). A format
    // this version does not know, or a text that does not decode, is no catalog.
    private static ExportedCatalogFile? Parse(string assemblyName, string? payload)
    {
        var parts = payload?.Split(new[] { '\n' }, 5);
        return parts is { Length: 5 } && CatalogExportEmitter.TextOf(parts[0], parts[4]) is { } text
            ? new ExportedCatalogFile(assemblyName, parts[3], parts[1], parts[2] == "web", text)
            : null;
    }
}
