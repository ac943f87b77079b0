using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A sequence of nodes. Immutable.</summary>
public sealed record DataSequence : DataNode
{
    /// <summary>The items in order.</summary>
    public required ImmutableArray<DataNode> Items { get; init; }
}
