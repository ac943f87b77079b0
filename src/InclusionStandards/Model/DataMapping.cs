using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A mapping with string keys, in the order written. Immutable.</summary>
public sealed record DataMapping : DataNode
{
    private readonly ImmutableArray<KeyValuePair<string, DataNode>> _entries;

    /// <summary>The entries in order.</summary>
    public required ImmutableArray<KeyValuePair<string, DataNode>> Entries
    {
        get => _entries;
        init
        {
            _entries = value;
            KeyLocations = default; // a copy with other entries (with { Entries = … }) does not keep the old keys' places
        }
    }

    /// <summary>Where each entry's key was written, in entry order (default: not known; the value's place is used).</summary>
    internal ImmutableArray<Diagnostics.SourceLocation> KeyLocations { get; init; }

    /// <summary>Looks up an entry by key.</summary>
    public DataNode? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;
}
