using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// One key of a hash-indexed beta node: the facts with that key (this list) and the partial matches with that key
/// (<see cref="Left"/>), so a join touches only its bucket. A node without an index has one bucket holding all its
/// partial matches (its facts are read from the alpha memory). Both lists live in this object's own arrays, allocated
/// on first use. Session-owned.
/// </summary>
internal sealed class JoinBucket : FactList
{
    private static readonly Token[] None = [];

    public JoinBucket(BetaNode node)
        : base(node.RightCapacity) => Node = node;

    public BetaNode Node { get; }

    /// <summary>The key id of this bucket (indexed nodes; see <see cref="Session.KeyId"/>).</summary>
    public int KeyId;

    /// <summary>The partial matches; the first <see cref="LeftCount"/> entries are used.</summary>
    public Token[] Left = None;

    public int LeftCount;

    /// <summary>Adds a partial match, recording its position in the token for O(1) removal.</summary>
    public void AddLeft(Token token)
    {
        if (LeftCount == Left.Length)
        {
            var left = new Token[LeftCount == 0 ? 1 : LeftCount * 2];
            Array.Copy(Left, left, LeftCount);
            Left = left;
        }

        token.Bucket = this;
        token.BucketIndex = LeftCount;
        Left[LeftCount++] = token;
    }

    /// <summary>Removes a partial match by moving the last one into its place.</summary>
    public void RemoveLeft(Token token)
    {
        var last = Left[--LeftCount];
        Left[token.BucketIndex] = last;
        last.BucketIndex = token.BucketIndex;
        Left[LeftCount] = null!;
    }
}
