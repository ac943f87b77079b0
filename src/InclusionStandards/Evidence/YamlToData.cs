using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InclusionStandards.Evidence;

/// <summary>
/// Converts a parsed YAML/JSON tree into the library's position-carrying <see cref="DataNode"/> tree, with limits
/// on depth and on the number of nodes (aliases count each time they are used, so alias bombs stop early).
/// </summary>
internal sealed class YamlToData(string file, EvidenceLimits limits)
{
    private int _nodes;

    /// <summary>The diagnostic when a limit stopped the conversion.</summary>
    public Diagnostic? LimitError { get; private set; }

    /// <summary>Parses text into one data tree; a YAML error or a limit gives a diagnostic instead.</summary>
    public (DataNode? Node, Diagnostic? Error) Parse(string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Replace("\n", " ", StringComparison.Ordinal);
            var at = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
            return message.StartsWith("Duplicate key", StringComparison.Ordinal) // YamlDotNet refuses a repeated key while it loads
                ? (null, Diagnostic.Error(EvidenceCodes.DuplicateKey, $"The key '{message["Duplicate key".Length..].Trim()}' is given twice in one mapping; keep one.", at))
                : (null, Diagnostic.Error(EvidenceCodes.Unreadable, $"Not valid YAML or JSON: {message}", at));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed input: an unclosed '[' or '{'
            // before a line break, a tag that is not a URI, a stray alias: a syntax error, reported after the last event that was read.
            var at = parser.Current?.End ?? Mark.Empty;
            return (null, Diagnostic.Error(EvidenceCodes.Unreadable, $"Not valid YAML or JSON: the text after this point cannot be parsed ({e.Message}).",
                new SourceLocation(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column))));
        }

        if (stream.Documents.Count != 1)
        {
            return (null, Diagnostic.Error(EvidenceCodes.Unreadable, "An evidence file holds exactly one document.", new SourceLocation(file, 1, 1)));
        }

        var node = Convert(stream.Documents[0].RootNode, 0);
        return LimitError is null ? (node, null) : (null, LimitError);
    }

    private DataNode? Convert(YamlNode node, int depth)
    {
        if (LimitError is not null)
        {
            return null;
        }

        var at = new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column);
        if (depth > limits.MaxDepth || ++_nodes > limits.MaxNodes)
        {
            var what = depth > limits.MaxDepth ? $"nested more than {limits.MaxDepth} levels deep" : $"more than {limits.MaxNodes} values (aliases count each time they are used)";
            LimitError = Diagnostic.Error(EvidenceCodes.LimitExceeded, $"The evidence is {what}.", at);
            return null;
        }

        switch (node)
        {
            case YamlScalarNode s:
                var plain = s.Style is ScalarStyle.Plain or ScalarStyle.Any;
                var isNull = plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL";
                return new DataScalar { Value = isNull ? null : s.Value, Quoted = !plain, Location = at };
            case YamlSequenceNode seq:
                if (seq.Children.Count > limits.MaxListLength)
                {
                    LimitError = Diagnostic.Error(EvidenceCodes.LimitExceeded, $"A list has {seq.Children.Count} elements; the limit is {limits.MaxListLength}.", at);
                    return null;
                }

                var items = ImmutableArray.CreateBuilder<DataNode>(seq.Children.Count);
                foreach (var child in seq.Children)
                {
                    items.Add(Convert(child, depth + 1)!);
                }

                return LimitError is null ? new DataSequence { Items = items.MoveToImmutable(), Location = at } : null;
            case YamlMappingNode map:
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, DataNode>>(map.Children.Count);
                foreach (var (k, v) in map.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                    var value = Convert(v, depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new(key, value));
                    KeyLocations[value] = new SourceLocation(file, (int)k.Start.Line, (int)k.Start.Column);
                }

                return new DataMapping { Entries = entries.MoveToImmutable(), Location = at };
            default:
                return new DataScalar { Value = null, Location = at };
        }
    }

    /// <summary>Where each mapping value's key was written (for "unknown field" diagnostics at the key).</summary>
    public Dictionary<DataNode, SourceLocation> KeyLocations { get; } = new(ReferenceEqualityComparer.Instance);
}
