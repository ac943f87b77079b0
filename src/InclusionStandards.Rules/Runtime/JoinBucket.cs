using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// One key of a hash-indexed beta node: the partial matches (left) and the facts (right) with that key, so a join
/// touches only its bucket. Session-owned.
/// </summary>
internal sealed class JoinBucket
{
    public JoinBucket(BetaNode node)
    {
        Node = node;
        Right = new List<FactHandle>(node.RightCapacity);
    }

    public BetaNode Node { get; }

    public List<Token> Left { get; } = new(1);

    public List<FactHandle> Right { get; }
}
