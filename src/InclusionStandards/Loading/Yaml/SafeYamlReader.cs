using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InclusionStandards.Loading.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree from the streaming parser, enforcing depth and node
/// limits as it goes (aliases share nodes and count their full weight, so alias bombs are refused without
/// expansion). Tags never instantiate anything: they are ignored with a warning.
/// </summary>
internal sealed class SafeYamlReader
{
    private readonly string _file;
    private readonly string[] _lines;
    private readonly LoaderLimits _limits;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<(YNode Node, YScalar? PendingKey)> _stack = new();
    private long _total;
    private YNode? _root;

    private SafeYamlReader(string file, string text, LoaderLimits limits, List<Diagnostic> diagnostics)
    {
        _file = file;
        _lines = text.Split('\n');
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads <paramref name="text"/> (already size-checked); returns the root or null after reporting why.</summary>
    public static YNode? Read(string file, string text, LoaderLimits limits, List<Diagnostic> diagnostics)
    {
        if (TextChecks.FirstControl(text) is { } control)
        {
            // Like evidence: a NUL, an escape sequence or a bidi override in a standards file is refused where it is.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ControlCharacter,
                $"The file holds the control character {TextChecks.Name(text[control.Index])}; standards files are plain text (tabs and line breaks only).",
                new SourceLocation(file, control.Line, control.Column)));
            return null;
        }

        var reader = new SafeYamlReader(file, text, limits, diagnostics);
        var parser = new Parser(new StringReader(text));
        try
        {
            reader.Run(parser);
            return reader._root;
        }
        catch (YamlLimitException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, $"YAML syntax error: {Clean(e.Message)}", reader.At(e.Start)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed input: an unclosed '[' or '{'
            // before a line break, a tag that is not a URI, a stray alias; it is a syntax error, reported after the last event that was read.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, $"YAML syntax error: the text after this point cannot be parsed ({e.Message}).",
                reader.At(parser.Current?.End ?? Mark.Empty)));
        }

        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; we give the position ourselves.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
    }

    private SourceLocation At(Mark mark) => new(_file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private void Run(IParser parser)
    {
        var documents = 0;
        while (parser.MoveNext())
        {
            var ev = parser.Current!;
            switch (ev)
            {
                case DocumentStart ds when !ds.IsImplicit || documents > 0:
                    if (++documents > 1)
                    {
                        throw new YamlLimitException(Diagnostic.Error(DiagnosticCodes.MultipleDocuments,
                            "A file holds one YAML document; split the others into their own files.", At(ev.Start)));
                    }

                    break;
                case DocumentStart:
                    documents++;
                    break;
                case Scalar s:
                    CheckTag(s.Tag, ev.Start, "tag:yaml.org,2002:str");
                    Attach(MakeScalar(s), s.Anchor, ev.Start);
                    break;
                case MappingStart m:
                    CheckTag(m.Tag, ev.Start, "tag:yaml.org,2002:map");
                    Open(new YMapping(At(ev.Start)), m.Anchor, ev.Start);
                    break;
                case SequenceStart q:
                    CheckTag(q.Tag, ev.Start, "tag:yaml.org,2002:seq");
                    Open(new YSequence(At(ev.Start)), q.Anchor, ev.Start);
                    break;
                case MappingEnd or SequenceEnd:
                    Close();
                    break;
                case AnchorAlias a:
                    Alias(a, ev.Start);
                    break;
            }
        }
    }

    /// <summary>A tag other than the one the node already has (!!str on a scalar, !!map, !!seq) is ignored, with a warning: !!binary, !!int, custom tags.</summary>
    private void CheckTag(TagName tag, Mark at, string plain)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific && tag.Value != plain)
        {
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TagIgnored, $"The tag '{TextChecks.Escape(tag.Value)}' is ignored; standards files use plain YAML (the value is read as written).", At(at)));
        }
    }

    private void Open(YNode node, AnchorName anchor, Mark at)
    {
        if (_stack.Count + 1 > _limits.MaxDepth)
        {
            throw new YamlLimitException(Diagnostic.Error(DiagnosticCodes.TooDeep,
                $"Nesting deeper than {_limits.MaxDepth} levels; flatten the structure.", At(at)));
        }

        Attach(node, anchor, at);
        _stack.Push((node, null));
    }

    private void Close()
    {
        var (node, _) = _stack.Pop();
        node.Weight = 1 + node switch
        {
            YMapping m => m.Entries.Sum(e => e.Key.Weight + e.Value.Weight),
            YSequence q => q.Items.Sum(i => i.Weight),
            _ => 0,
        };
    }

    private void Alias(AnchorAlias alias, Mark at)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw new YamlLimitException(Diagnostic.Error(DiagnosticCodes.YamlSyntax, $"Unknown alias '*{alias.Value.Value}'.", At(at)));
        }

        if (_stack.Any(f => ReferenceEquals(f.Node, target)))
        {
            throw new YamlLimitException(Diagnostic.Error(DiagnosticCodes.TooManyNodes,
                $"The alias '*{alias.Value.Value}' refers to a node that contains it (a cycle).", At(at)));
        }

        Count(target.Weight - 1, at);
        Attach(target, AnchorName.Empty, at, countIt: true);
    }

    private void Count(long weight, Mark at)
    {
        _total += weight;
        if (_total > _limits.MaxNodes)
        {
            throw new YamlLimitException(Diagnostic.Error(DiagnosticCodes.TooManyNodes,
                $"More than {_limits.MaxNodes:N0} nodes (aliases counted in full); the file is too large or an alias expands too far.", At(at)));
        }
    }

    private void Attach(YNode node, AnchorName anchor, Mark at, bool countIt = true)
    {
        if (countIt)
        {
            Count(1, at);
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        if (_stack.Count == 0)
        {
            _root ??= node;
            return;
        }

        var (parent, pending) = _stack.Pop();
        if (parent is YSequence seq)
        {
            seq.Items.Add(node);
            _stack.Push((parent, null));
            return;
        }

        var map = (YMapping)parent;
        if (pending is null)
        {
            if (node is not YScalar key)
            {
                throw new YamlLimitException(Diagnostic.Error(DiagnosticCodes.WrongType, "A key must be a plain word, not a mapping or a list.", node.Start));
            }

            _stack.Push((parent, key));
            return;
        }

        if (!map.TryAdd(pending, node))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateKey, $"Duplicate key '{TextChecks.Escape(pending.Value)}'; the first one is used.", pending.Start));
        }

        _stack.Push((parent, null));
    }

    private YScalar MakeScalar(Scalar s)
    {
        var start = At(s.Start);
        if (!s.Anchor.IsEmpty || !s.Tag.IsEmpty)
        {
            start = AfterProperties(start); // the event starts at '&anchor' or '!tag'; the value is written after them
        }

        return s.Style switch
        {
            ScalarStyle.SingleQuoted => new YScalar(start, s.Value, YScalarStyle.SingleQuoted, start with { Column = start.Column + 1 }, 0) { CharPositions = Positions(s.Value, start, 1, s.Style) },
            ScalarStyle.DoubleQuoted => new YScalar(start, s.Value, YScalarStyle.DoubleQuoted, start with { Column = start.Column + 1 }, 0) { CharPositions = Positions(s.Value, start, 1, s.Style) },
            ScalarStyle.Literal => Block(s.Value, start, YScalarStyle.Literal),
            ScalarStyle.Folded => Block(s.Value, start, YScalarStyle.Folded),
            _ => new YScalar(start, s.Value, YScalarStyle.Plain, start, 0) { CharPositions = Positions(s.Value, start, 0, s.Style) },
        };
    }

    /// <summary>
    /// Where each character of a flow scalar's value was written, found by walking value and source together: escapes
    /// (<c>\uXXXX</c>, <c>\"</c>, <c>''</c>) map to where they start, and folded line breaks with their indentation are
    /// skipped. Empty when the value is its source verbatim on one line (the plain offset is right), or when the walk
    /// loses its way (then the old approximation stands).
    /// </summary>
    private (int Line, int Column)[] Positions(string value, SourceLocation start, int quote, ScalarStyle style)
    {
        var line = start.Line - 1;
        var col = start.Column - 1 + quote;
        if (line >= _lines.Length || value.Length > 100_000)
        {
            return [];
        }

        char At(int l, int c)
        {
            if (l >= _lines.Length)
            {
                return '\0';
            }

            var text = _lines[l];
            var length = text.Length > 0 && text[^1] == '\r' ? text.Length - 1 : text.Length; // no copy per character
            return c < length ? text[c] : '\n';
        }
        void Step()
        {
            if (At(line, col) == '\n')
            {
                line++;
                col = 0;
            }
            else
            {
                col++;
            }
        }

        var firstLine = _lines[line];
        if (col + value.Length <= firstLine.Length && string.CompareOrdinal(firstLine, col, value, 0, value.Length) == 0 && value.IndexOf('\r') < 0)
        {
            return []; // written as is on one line (most scalars): the plain offset is right, nothing to walk
        }

        var result = new (int Line, int Column)[value.Length];
        var verbatim = true;
        for (var k = 0; k < value.Length; k++)
        {
            while (true)
            {
                var c = At(line, col);
                if (c == '\0')
                {
                    return [];
                }

                if (style == ScalarStyle.DoubleQuoted && c == '\\')
                {
                    var e = At(line, col + 1);
                    if (e == '\n')
                    {
                        verbatim = false; // an escaped line break joins the lines
                        Step();
                        Step();
                        continue;
                    }

                    result[k] = (line + 1, col + 1);
                    var length = e switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
                    if (e == 'U' && k + 1 < value.Length && char.IsLowSurrogate(value[k + 1]))
                    {
                        result[++k] = (line + 1, col + 1); // a character outside the BMP is two UTF-16 units
                    }

                    col += length;
                    verbatim = false;
                    break;
                }

                if (style == ScalarStyle.SingleQuoted && c == '\'' && At(line, col + 1) == '\'')
                {
                    result[k] = (line + 1, col + 1);
                    col += 2;
                    verbatim = false;
                    break;
                }

                if (c == value[k])
                {
                    result[k] = (line + 1, col + 1);
                    Step();
                    break;
                }

                if (c is ' ' or '\t' or '\n')
                {
                    verbatim = false; // folding: a line break and indentation became one space (or nothing)
                    Step();
                    continue;
                }

                return [];
            }
        }

        return verbatim && result.Length > 0 && result[^1].Line == start.Line ? [] : result;
    }

    /// <summary>Where a node's value starts when it is preceded on its line by an anchor and/or a tag.</summary>
    private SourceLocation AfterProperties(SourceLocation start)
    {
        if (start.Line > _lines.Length)
        {
            return start;
        }

        var line = _lines[start.Line - 1];
        var at = start.Column - 1;
        while (at < line.Length && line[at] is '&' or '!')
        {
            while (at < line.Length && line[at] is not (' ' or '\t'))
            {
                at++;
            }

            while (at < line.Length && line[at] is ' ' or '\t')
            {
                at++;
            }
        }

        return at < line.Length ? start with { Column = at + 1 } : start;
    }

    private YScalar Block(string value, SourceLocation start, YScalarStyle style)
    {
        var indicated = IndicatedColumn(start);
        for (var line = start.Line; line < _lines.Length; line++)
        {
            var text = _lines[line].TrimEnd('\r');
            if (text.Trim().Length > 0)
            {
                // With an indentation indicator (|2) the content starts at that indentation; spaces beyond it are text.
                var column = indicated ?? text.Length - text.TrimStart(' ').Length + 1;
                var content = start with { Line = line + 1, Column = column };
                var offsets = style == YScalarStyle.Folded ? FoldedOffsets(value, line, column) : null;
                return new YScalar(start, value, style, content, column, offsets);
            }
        }

        return new YScalar(start, value, style, start, 0);
    }

    /// <summary>
    /// The column block content starts at when the header gives an indentation indicator (<c>|2</c>, <c>&gt;-1</c>): the
    /// indentation of the node that owns the scalar (the key starting its line, after any <c>- </c> entries) plus the
    /// indicator. Null without one.
    /// </summary>
    private int? IndicatedColumn(SourceLocation start)
    {
        if (start.Line < 1 || start.Line > _lines.Length)
        {
            return null;
        }

        var header = _lines[start.Line - 1];
        var at = start.Column; // just after '|' or '>'
        int? indent = null;
        for (; at < header.Length && header[at] is '+' or '-' or (>= '1' and <= '9'); at++)
        {
            indent = char.IsAsciiDigit(header[at]) ? header[at] - '0' : indent;
        }

        if (indent is null)
        {
            return null;
        }

        var owner = 0;
        while (owner < header.Length && (header[owner] == ' ' || (header[owner] == '-' && owner + 1 < header.Length && header[owner + 1] == ' ')))
        {
            owner++;
        }

        return owner + indent.Value + 1;
    }

    /// <summary>Offsets of the 2nd, 3rd… source lines in a folded value, when the lines simply join with single spaces.</summary>
    private int[]? FoldedOffsets(string value, int firstLine, int column)
    {
        var parts = new List<string>();
        for (var line = firstLine; line < _lines.Length; line++)
        {
            var text = _lines[line].TrimEnd('\r');
            if (text.Trim().Length == 0 || text.Length - text.TrimStart(' ').Length != column - 1)
            {
                break;
            }

            parts.Add(text[(column - 1)..]);
        }

        if (string.Join(' ', parts) != value.TrimEnd('\n'))
        {
            return null;
        }

        var offsets = new int[Math.Max(0, parts.Count - 1)];
        for (int i = 1, at = parts[0].Length + 1; i < parts.Count; at += parts[i].Length + 1, i++)
        {
            offsets[i - 1] = at;
        }

        return offsets;
    }
}
