using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A mapping with string keys, in the order written. Immutable.</summary>
public sealed record DataMapping : DataNode
{
    /// <summary>The entries in order.</summary>
    public required ImmutableArray<KeyValuePair<string, DataNode>> Entries { get; init; }

    /// <summary>Looks up an entry by key.</summary>
    public DataNode? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;
}
