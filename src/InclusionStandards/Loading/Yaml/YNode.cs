using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading.Yaml;

/// <summary>A node of the position-carrying YAML tree the safe reader builds. Aliases share the anchored node.</summary>
internal abstract class YNode
{
    protected YNode(SourceLocation start) => Start = start;

    /// <summary>Where the node starts (for quoted scalars, the opening quote).</summary>
    public SourceLocation Start { get; }

    /// <summary>The number of nodes in this subtree, counting aliased subtrees in full.</summary>
    public long Weight { get; set; } = 1;

    /// <summary>A short description for messages: "a mapping", "a list", "a scalar".</summary>
    public abstract string Describe { get; }
}
