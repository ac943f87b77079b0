using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// One key of a hash-indexed beta node: the facts with that key (this list) and the partial matches with that key
/// (<see cref="LeftAt"/>), so a join touches only its bucket. A node without an index has one bucket holding all its
/// partial matches (its facts are read from the alpha memory). The first partial match is held inline, the rest and the
/// facts in arrays allocated on first use. Session-owned.
/// </summary>
internal sealed class JoinBucket : FactList
{
    public JoinBucket(BetaNode node)
        : base(node.RightCapacity)
    {
        Node = node;
        Right = this;
    }

    public BetaNode Node { get; }

    /// <summary>
    /// The bucket holding the facts with this key: this one, or the same key's bucket of the node's
    /// <see cref="BetaNode.RightLeader"/> (nodes with the same facts by key share them).
    /// </summary>
    public JoinBucket Right;

    /// <summary>The key id of this bucket (indexed nodes; see <see cref="Session.KeyId"/>).</summary>
    public int KeyId;

    /// <summary>The first partial match, held inline: most buckets (one key per partial match) have just one.</summary>
    private Token? _left0;

    /// <summary>Partial matches 1 … <see cref="LeftCount"/> − 1.</summary>
    private Token[]? _leftMore;

    /// <summary>The number of partial matches.</summary>
    public int LeftCount;

    /// <summary>Partial match <paramref name="index"/> (&lt; <see cref="LeftCount"/>).</summary>
    public Token LeftAt(int index) => index == 0 ? _left0! : _leftMore![index - 1];

    /// <summary>Adds a partial match, recording its position in the token for O(1) removal.</summary>
    public void AddLeft(Token token)
    {
        token.Bucket = this;
        token.BucketIndex = LeftCount;
        if (LeftCount == 0)
        {
            _left0 = token;
        }
        else
        {
            var more = LeftCount - 1;
            if (_leftMore is null || more == _leftMore.Length)
            {
                var grown = new Token[more == 0 ? 2 : more * 2];
                if (more > 0)
                {
                    Array.Copy(_leftMore!, grown, more);
                }

                _leftMore = grown;
            }

            _leftMore[more] = token;
        }

        LeftCount++;
    }

    /// <summary>Removes a partial match by moving the last one into its place.</summary>
    public void RemoveLeft(Token token)
    {
        var lastIndex = --LeftCount;
        var last = LeftAt(lastIndex);
        if (lastIndex == 0)
        {
            _left0 = null;
        }
        else
        {
            _leftMore![lastIndex - 1] = null!;
        }

        if (!ReferenceEquals(last, token))
        {
            if (token.BucketIndex == 0)
            {
                _left0 = last;
            }
            else
            {
                _leftMore![token.BucketIndex - 1] = last;
            }

            last.BucketIndex = token.BucketIndex;
        }
    }
}
