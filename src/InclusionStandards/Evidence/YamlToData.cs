using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InclusionStandards.Evidence;

/// <summary>
/// Reads YAML/JSON text into the library's position-carrying <see cref="DataNode"/> tree straight from the parser's
/// event stream, with one explicit stack (no recursion, so no input can exhaust the call stack). Depth is checked as
/// each mapping or list opens, list lengths as they grow, and the node count as values arrive (an alias counts the
/// full size of what it names, so alias bombs stop without being expanded). Keys that repeat — also after removing
/// invisible differences such as a trailing space or a zero-width character — are EVD108; tags other than
/// <c>!!str</c> are refused (EVD102); control characters in the text or in a value are EVD118.
/// </summary>
internal sealed class YamlToData(string file, EvidenceLimits limits)
{
    private readonly Dictionary<string, (DataNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _stack = new();
    private readonly List<Frame> _spare = []; // frames of closed mappings and lists, reused (one per depth at most)
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private long _nodes;
    private DataNode? _root;

    /// <summary>The diagnostic when a limit stopped the conversion.</summary>
    public Diagnostic? LimitError { get; private set; }

    /// <summary>Parses text into one data tree; a YAML error or a limit gives a diagnostic instead.</summary>
    public (DataNode? Node, Diagnostic? Error) Parse(string text)
    {
        if (TextChecks.FirstControl(text) is { } control)
        {
            return (null, Diagnostic.Error(DiagnosticCodes.EvidenceControlCharacter,
                $"The text holds the control character {TextChecks.Name(text[control.Index])}; evidence is plain text (tabs and line breaks only).",
                new SourceLocation(file, control.Line, control.Column)));
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            var documents = 0;
            while (parser.MoveNext())
            {
                if (parser.Current is DocumentStart && ++documents > 1)
                {
                    return (null, Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, "An evidence file holds exactly one document.", At(parser.Current.Start)));
                }

                if (Handle(parser.Current!) is { } error)
                {
                    return (null, error);
                }
            }
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Replace("\n", " ", StringComparison.Ordinal);
            return (null, Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"Not valid YAML or JSON: {Clean(message)}", At(e.Start)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed input: an unclosed '[' or '{'
            // before a line break, a tag that is not a URI: a syntax error, reported after the last event that was read.
            return (null, Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"Not valid YAML or JSON: the text after this point cannot be parsed ({e.Message}).",
                At(parser.Current?.End ?? Mark.Empty)));
        }

        if (_root is null)
        {
            return (null, Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, "The evidence is empty: an evidence file is one mapping with organisation, period, assessmentDate and evidence.", new SourceLocation(file, 1, 1)));
        }

        return (_root, null);
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is given separately.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
    }

    private SourceLocation At(Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private Diagnostic? Handle(ParsingEvent ev)
    {
        switch (ev)
        {
            case Scalar s:
                if (Tag(s.Tag, ev.Start, "tag:yaml.org,2002:str") is { } tagError)
                {
                    return tagError;
                }

                var at = At(ev.Start);
                if (TextChecks.FirstControl(s.Value) is { } c)
                {
                    return Diagnostic.Error(DiagnosticCodes.EvidenceControlCharacter,
                        $"A value holds the control character {TextChecks.Name(s.Value[c.Index])} (written as an escape); evidence is plain text.", at);
                }

                if (s.Value.Length > limits.MaxValueLength)
                {
                    return Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded, $"A value is {s.Value.Length:N0} characters long; the limit is {limits.MaxValueLength:N0}.", at);
                }

                var plain = s.Style is ScalarStyle.Plain or ScalarStyle.Any && !IsStrTag(s.Tag);
                var isNull = plain && s.Value is "" or "~" or "null" or "Null" or "NULL";
                return Add(new DataScalar { Value = isNull ? null : Shared(s.Value), Quoted = !plain, Location = at }, s.Anchor, 1, ev.Start);
            case MappingStart m:
                return Tag(m.Tag, ev.Start, "tag:yaml.org,2002:map") ?? Open(NewFrame(At(ev.Start), m.Anchor, isMapping: true), ev.Start);
            case SequenceStart q:
                return Tag(q.Tag, ev.Start, "tag:yaml.org,2002:seq") ?? Open(NewFrame(At(ev.Start), q.Anchor, isMapping: false), ev.Start);
            case MappingEnd or SequenceEnd:
                var frame = _stack.Pop();
                if (frame.PendingKey is not null)
                {
                    return Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, "A key has no value.", frame.PendingKeyLocation);
                }

                DataNode node = frame.IsMapping
                    ? new DataMapping { Entries = [.. frame.Entries], Location = frame.Location, KeyLocations = [.. frame.KeyLocations] }
                    : new DataSequence { Items = [.. frame.Items], Location = frame.Location };
                var (anchor, weight) = (frame.Anchor, frame.Weight);
                _spare.Add(frame);
                return Add(node, anchor, weight, ev.Start, counted: true);
            case AnchorAlias a:
                if (!_anchors.TryGetValue(a.Value.Value, out var target))
                {
                    return Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"The alias '*{TextChecks.Escape(a.Value.Value)}' names no anchor written before it (or names the node it is inside).", At(ev.Start));
                }

                return Add(target.Node, AnchorName.Empty, target.Weight, ev.Start);
            default:
                return null;
        }
    }

    /// <summary>A frame for a mapping or list that opens: a spare one when there is one.</summary>
    private Frame NewFrame(SourceLocation location, AnchorName anchor, bool isMapping)
    {
        if (_spare.Count == 0)
        {
            return new Frame(location, anchor, isMapping);
        }

        var frame = _spare[^1];
        _spare.RemoveAt(_spare.Count - 1);
        frame.Reset(location, anchor, isMapping);
        return frame;
    }

    /// <summary>
    /// One string for each short text that repeats (keys such as <c>rating</c>, values such as <c>true</c>): a large
    /// file's tree then holds each once instead of once per use. Bounded, so unique values do not grow it.
    /// </summary>
    private string Shared(string value)
    {
        if (value.Length > 32)
        {
            return value;
        }

        if (_shared.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_shared.Count < 4096)
        {
            _shared[value] = value;
        }

        return value;
    }

    private static bool IsStrTag(TagName tag) => !tag.IsEmpty && tag.Value == "tag:yaml.org,2002:str";

    /// <summary>Only the tag a node has anyway is accepted: !!str on a scalar (it makes the value text), !!map on a mapping, !!seq on a list.</summary>
    private Diagnostic? Tag(TagName tag, Mark at, string allowed)
    {
        if (tag.IsEmpty || tag.IsNonSpecific || tag.Value == allowed)
        {
            return null;
        }

        return Diagnostic.Error(DiagnosticCodes.EvidenceWrongType,
            $"The tag '{TextChecks.Escape(tag.Value)}' is not read: evidence values take their type from the evidence schema (only !!str, which makes a value text, is allowed). Remove the tag.", At(at));
    }

    private Diagnostic? Open(Frame frame, Mark at)
    {
        if (_stack.Count + 1 > limits.MaxDepth)
        {
            return Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded, $"The evidence is nested more than {limits.MaxDepth} levels deep.", At(at));
        }

        if (++_nodes > limits.MaxNodes)
        {
            return TooMany(at);
        }

        _stack.Push(frame);
        return null;
    }

    private Diagnostic TooMany(Mark at) =>
        Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded, $"The evidence has more than {limits.MaxNodes} values (aliases count each time they are used).", At(at));

    private Diagnostic? Add(DataNode node, AnchorName anchor, long weight, Mark at, bool counted = false)
    {
        if (!counted)
        {
            _nodes += weight;
            if (_nodes > limits.MaxNodes)
            {
                return TooMany(at);
            }
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, weight);
        }

        if (_stack.Count == 0)
        {
            _root ??= node;
            return null;
        }

        var parent = _stack.Peek();
        parent.Weight += weight;
        if (!parent.IsMapping)
        {
            if (parent.Items.Count >= limits.MaxListLength)
            {
                return Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded, $"A list has more than {limits.MaxListLength} elements; the limit is {limits.MaxListLength}.", parent.Location);
            }

            parent.Items.Add(node);
            return null;
        }

        if (parent.PendingKey is null)
        {
            if (node is not DataScalar { Value: var key })
            {
                return Diagnostic.Error(DiagnosticCodes.EvidenceWrongType, "A key must be a plain name, not a mapping or a list.", node.Location);
            }

            key ??= string.Empty;
            var normal = TextChecks.Normalise(key);
            if (parent.FindKey(normal) is { } first)
            {
                var how = first == key ? string.Empty : $" (as '{TextChecks.Escape(first)}': the two differ only by spaces or invisible characters)";
                return Diagnostic.Error(DiagnosticCodes.EvidenceDuplicateKey, $"The key '{TextChecks.Escape(key)}' is given twice in one mapping{how}; keep one.", node.Location);
            }

            parent.AddKey(normal, key);
            parent.PendingKey = key;
            parent.PendingKeyLocation = node.Location;
            return null;
        }

        parent.Entries.Add(new(parent.PendingKey, node));
        parent.KeyLocations.Add(parent.PendingKeyLocation);
        parent.PendingKey = null;
        return null;
    }

    /// <summary>A mapping or list being read. Reused for later ones once closed (see <see cref="Reset"/>).</summary>
    private sealed class Frame
    {
        /// <summary>The keys so far, normalised → as written: a list while the mapping is small (most are), then a dictionary.</summary>
        private readonly List<(string Normal, string Written)> _few = new(4);
        private Dictionary<string, string>? _many;

        public Frame(SourceLocation location, AnchorName anchor, bool isMapping) => Reset(location, anchor, isMapping);

        public SourceLocation Location { get; private set; } = null!;

        public AnchorName Anchor { get; private set; }

        public bool IsMapping { get; private set; }

        public long Weight { get; set; }

        public List<KeyValuePair<string, DataNode>> Entries { get; } = [];

        /// <summary>Where each entry's key was written, in entry order.</summary>
        public List<SourceLocation> KeyLocations { get; } = [];

        public List<DataNode> Items { get; } = [];

        public string? PendingKey { get; set; }

        public SourceLocation PendingKeyLocation { get; set; } = null!;

        /// <summary>Starts a new mapping or list in this frame.</summary>
        public void Reset(SourceLocation location, AnchorName anchor, bool isMapping)
        {
            Location = location;
            Anchor = anchor;
            IsMapping = isMapping;
            Weight = 1;
            Entries.Clear();
            KeyLocations.Clear();
            Items.Clear();
            _few.Clear();
            _many = null;
            PendingKey = null;
            PendingKeyLocation = location;
        }

        public string? FindKey(string normal)
        {
            if (_many is not null)
            {
                return _many.GetValueOrDefault(normal);
            }

            foreach (var (n, w) in _few)
            {
                if (string.Equals(n, normal, StringComparison.Ordinal))
                {
                    return w;
                }
            }

            return null;
        }

        public void AddKey(string normal, string written)
        {
            if (_many is not null)
            {
                _many[normal] = written;
                return;
            }

            _few.Add((normal, written));
            if (_few.Count > 16)
            {
                _many = new(StringComparer.Ordinal);
                foreach (var (n, w) in _few)
                {
                    _many[n] = w;
                }

                _few.Clear();
            }
        }
    }
}
