using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ErrorGen.Diagnostics;
using ErrorGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ErrorGen.Reading;

/// <summary>
/// Turns YAML text into <see cref="YamlNodeSyntax"/> using YamlDotNet's event parser, so that every node keeps
/// its position and every problem (syntax errors, duplicate keys, aliases, depth, size) becomes a located diagnostic.
/// </summary>
internal sealed class YamlSyntaxReader
{
    /// <summary>Catalogs of 10,000 codes are ~5 MB; anything this big is a mistake or an attack.</summary>
    public const int MaxFileLength = 32 * 1024 * 1024;

    /// <summary>Catalogs nest four levels deep; the limit only stops pathological input before it costs stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private IParser _parser = null!;
    private int _depth;

    // A byte-order mark read as text (in-memory or mis-decoded files) is skipped; positions still count it.
    private int _skipped;

    private YamlSyntaxReader(string path, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _path = path;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads the first document of <paramref name="text"/>; returns null when there is nothing usable.</summary>
    public static YamlNodeSyntax? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (text.Length > MaxFileLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InputTooLarge,
                SourceLocation.FileStart(path),
                $"The catalog file has {text.Length:N0} characters; the limit is {MaxFileLength:N0}"));
            return null;
        }

        if (UnreadableText(path, text) is { } unreadable)
        {
            diagnostics.Add(unreadable);
            return null;
        }

        return new YamlSyntaxReader(path, diagnostics, cancellationToken).ReadStream(text);
    }

    /// <summary>
    /// A file that was not UTF-8 (or UTF-16 with a BOM) arrives with NULs (UTF-32, UTF-16 without a BOM) or with
    /// U+FFFD where the decoder met bytes it could not read: refused where it happens, rather than read as mangled text.
    /// </summary>
    private static DiagnosticInfo? UnreadableText(string path, string text)
    {
        var index = text.IndexOf('\0');
        var problem = "holds a NUL character: the file is not UTF-8 (UTF-32, or UTF-16 without a byte order mark?); save it as UTF-8";
        if (index < 0)
        {
            index = text.IndexOf('\uFFFD');
            problem = "holds bytes that are not valid UTF-8 (shown as U+FFFD); save the file as UTF-8";
        }

        if (index < 0)
        {
            return null;
        }

        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var location = new SourceLocation(path, index, 1, line, index - lineStart, line, index - lineStart + 1);
        return DiagnosticInfo.Create(
            DiagnosticDescriptors.UnreadableText, location, $"The catalog file {problem} (line {line + 1}, column {index - lineStart + 1})");
    }

    private YamlNodeSyntax? ReadStream(string text)
    {
        try
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                _skipped = 1;
                text = text.Substring(1);
            }

            _parser = new Parser(new StringReader(text));
            Expect<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            var documentStart = Expect<DocumentStart>();
            var root = ReadNode();
            Expect<DocumentEnd>();
            if (_parser.Current is DocumentStart extra)
            {
                Report(DiagnosticDescriptors.UnsupportedYaml, extra.Start, extra.End,
                    "A catalog file holds one YAML document; the documents after the first '---' are ignored");
            }

            return root;
        }
        catch (YamlException exception)
        {
            // YamlDotNet's messages start with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location already says that.
            var message = exception.Message;
            var separator = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && separator >= 0)
            {
                message = message.Substring(separator + 3);
            }

            Report(DiagnosticDescriptors.MalformedYaml, exception.Start, exception.End, message);
            return null;
        }
        catch (DepthExceededException exception)
        {
            Report(DiagnosticDescriptors.InputTooLarge, exception.Start, exception.Start,
                $"The catalog nests deeper than {MaxDepth} levels");
            return null;
        }
        catch (Exception exception)
            when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input (found by FuzzTests); the last event read is
            // the best location there is. Its message ("Operation is not valid due to the current state of the object")
            // says nothing to a catalog editor; an unclosed flow collection or quote is what causes it in practice.
            var at = _parser?.Current?.End ?? Mark.Empty;
            Report(DiagnosticDescriptors.MalformedYaml, at, at,
                "the YAML parser could not go on after this point; look for an unclosed '[', '{' or quote here ("
                + exception.GetType().Name + ")");
            return null;
        }
    }

    private YamlNodeSyntax? ReadNode()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var current = _parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored && current is not AnchorAlias)
        {
            Report(DiagnosticDescriptors.UnsupportedYaml, anchored.Start, anchored.End,
                $"YAML anchors ('&{anchored.Anchor.Value}') are not supported in catalogs; write the value out");
        }

        if (current is NodeEvent { Tag.IsEmpty: false } tagged && tagged.Tag.Value is not ("tag:yaml.org,2002:str" or "!"))
        {
            // A tag would change how the value is meant ("!!binary", "!!int"); ErrorGen reads values as written.
            Report(DiagnosticDescriptors.UnsupportedYaml, tagged.Start, tagged.End,
                $"YAML tags ('{tagged.Tag.Value}') are not supported in catalogs; write the value without a tag");
        }

        switch (current)
        {
            case Scalar scalar:
                _parser.MoveNext();
                return ToScalar(scalar);

            case AnchorAlias alias:
                // Aliases are refused rather than expanded: that rules out alias-expansion ("billion laughs") bombs.
                _parser.MoveNext();
                Report(DiagnosticDescriptors.UnsupportedYaml, alias.Start, alias.End,
                    $"YAML aliases ('*{alias.Value.Value}') are not supported in catalogs; write the value out");
                return new YamlRefusedSyntax(ToLocation(alias.Start, alias.End));

            case SequenceStart sequenceStart:
                return ReadSequence(sequenceStart);

            case MappingStart mappingStart:
                return ReadMapping(mappingStart);

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private YamlSequenceSyntax ReadSequence(SequenceStart start)
    {
        Enter(start);
        _parser.MoveNext();
        var items = new List<YamlNodeSyntax>();
        while (!_parser.Accept<SequenceEnd>(out var end))
        {
            var item = ReadNode();
            if (item is not null and not YamlRefusedSyntax)
            {
                items.Add(item);
            }
        }

        var sequenceEnd = _parser.Current!;
        _parser.MoveNext();
        _depth--;
        return new YamlSequenceSyntax(ToLocation(start.Start, sequenceEnd.End), items);
    }

    private YamlMappingSyntax ReadMapping(MappingStart start)
    {
        Enter(start);
        _parser.MoveNext();
        var entries = new List<KeyValuePair<YamlScalarSyntax, YamlNodeSyntax>>();

        // Duplicate keys: a scan of the entries so far, and an index only once a mapping is large (one dictionary per code
        // was a tenth of what reading a large catalog allocated).
        Dictionary<string, SourceLocation>? seen = null;
        while (!_parser.Accept<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            var key = ReadNode();
            var value = ReadNode();
            if (key is not YamlScalarSyntax scalarKey)
            {
                if (key is not null and not YamlRefusedSyntax)
                {
                    Report(DiagnosticDescriptors.UnsupportedYaml, keyEvent.Start, keyEvent.End,
                        "Mapping keys must be plain scalars, not lists or mappings");
                }

                continue;
            }

            if (FirstPlaceOf(scalarKey.Value, entries, ref seen) is { } first)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateKey, scalarKey.Location, first, scalarKey.Value, first.Display));
                continue;
            }

            seen?.Add(scalarKey.Value, scalarKey.Location);
            entries.Add(new KeyValuePair<YamlScalarSyntax, YamlNodeSyntax>(
                scalarKey,
                value ?? new YamlScalarSyntax(scalarKey.Location, string.Empty, isPlain: true)));
        }

        var mappingEnd = _parser.Current!;
        _parser.MoveNext();
        _depth--;
        return new YamlMappingSyntax(ToLocation(start.Start, mappingEnd.End), entries);
    }

    private static SourceLocation? FirstPlaceOf(string key, List<KeyValuePair<YamlScalarSyntax, YamlNodeSyntax>> entries, ref Dictionary<string, SourceLocation>? index)
    {
        const int ScanLimit = 16;
        if (index is null && entries.Count >= ScanLimit)
        {
            index = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                index.Add(entry.Key.Value, entry.Key.Location);
            }
        }

        if (index is not null)
        {
            return index.TryGetValue(key, out var place) ? place : null;
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Key.Location;
            }
        }

        return null;
    }

    private void Enter(ParsingEvent start)
    {
        if (++_depth > MaxDepth)
        {
            throw new DepthExceededException(start.Start);
        }
    }

    private YamlScalarSyntax ToScalar(Scalar scalar)
    {
        var isPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
        return new YamlScalarSyntax(ToLocation(scalar.Start, scalar.End), scalar.Value, isPlain);
    }

    private T Expect<T>()
        where T : ParsingEvent
    {
        var current = _parser.Current;
        if (current is null && !_parser.MoveNext())
        {
            throw new YamlException("Unexpected end of the YAML stream.");
        }

        current = _parser.Current;
        if (current is not T typed)
        {
            throw new YamlException(current!.Start, current.End, $"Expected {typeof(T).Name} but found {current.GetType().Name}.");
        }

        _parser.MoveNext();
        return typed;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Mark start, Mark end, string message)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, ToLocation(start, end), message));

    private SourceLocation ToLocation(Mark start, Mark end)
    {
        // Marks are one-based lines/columns and a zero-based character index; Mark.Empty has zeros.
        var startLine = Math.Max(0, (int)start.Line - 1);
        var startColumn = Math.Max(0, (int)start.Column - 1) + (startLine == 0 ? _skipped : 0);
        var endLine = Math.Max(startLine, (int)end.Line - 1);
        var endColumn = Math.Max(0, (int)end.Column - 1) + (endLine == 0 ? _skipped : 0);
        endColumn = endLine == startLine ? Math.Max(startColumn, endColumn) : endColumn;
        var startIndex = Math.Max(0, (int)start.Index) + _skipped;
        var length = Math.Max(0, (int)end.Index + _skipped - startIndex);
        return new SourceLocation(_path, startIndex, length, startLine, startColumn, endLine, endColumn);
    }

    private sealed class DepthExceededException : Exception
    {
        public DepthExceededException(Mark start) => Start = start;

        public Mark Start { get; }
    }
}
