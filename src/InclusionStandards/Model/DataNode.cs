using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// A position-carrying tree of data as written in a file (a scalar, a mapping or a sequence), with no YAML
/// library types: used for inline evidence in rule tests (<c>given</c>, <c>patch</c>). Immutable.
/// </summary>
public abstract record DataNode
{
    /// <summary>Where the node starts.</summary>
    public required SourceLocation Location { get; init; }
}
