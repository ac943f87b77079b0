using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading.Yaml;

/// <summary>A mapping with scalar keys, in the order written (duplicate keys are reported and dropped by the reader).</summary>
internal sealed class YMapping : YNode
{
    public YMapping(SourceLocation start)
        : base(start)
    {
    }

    private readonly List<KeyValuePair<YScalar, YNode>> _entries = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries => _entries;

    public override string Describe => "a mapping";

    public YNode? this[string key] => _index.TryGetValue(key, out var i) ? _entries[i].Value : null;

    public YScalar? KeyOf(string key) => _index.TryGetValue(key, out var i) ? _entries[i].Key : null;

    /// <summary>Adds an entry unless its key is already there (constant time: a mapping of 100,000 keys reads in linear time).</summary>
    public bool TryAdd(YScalar key, YNode value)
    {
        if (!_index.TryAdd(key.Value, _entries.Count))
        {
            return false;
        }

        _entries.Add(new(key, value));
        return true;
    }
}
