using System.Runtime.CompilerServices;
using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// One key of a hash-indexed beta node: the facts with that key (this list) and the partial matches with that key
/// (<see cref="LeftAt"/>), so a join touches only its bucket. A node without an index has one bucket holding all its
/// partial matches (its facts are read from the alpha memory). A single partial match is held inline, more and the facts
/// in arrays allocated on first use. Session-owned.
/// </summary>
internal sealed class JoinBucket : FactList
{
    public JoinBucket(BetaNode node)
    {
        Node = node;
        Right = this;
    }

    /// <inheritdoc />
    protected override int InitialCapacity => Node.RightCapacity;

    public BetaNode Node { get; }

    /// <summary>
    /// The bucket holding the facts with this key: this one, or the same key's bucket of the node's
    /// <see cref="BetaNode.RightLeader"/> (nodes with the same facts by key share them).
    /// </summary>
    public JoinBucket Right;

    /// <summary>The key id of this bucket (indexed nodes; see <see cref="Session.KeyId"/>).</summary>
    public int KeyId;

    /// <summary>
    /// The partial matches: the only one itself (most buckets: one key per partial match), or an array once there have
    /// been two (kept after removals).
    /// </summary>
    private object? _left;

    /// <summary>True when <see cref="_left"/> is the array (a flag, not a type test: a covariant array test needs a helper call).</summary>
    private bool _many;

    /// <summary>The number of partial matches.</summary>
    public int LeftCount;

    /// <summary>Partial match <paramref name="index"/> (&lt; <see cref="LeftCount"/>).</summary>
    public Token LeftAt(int index) => _many ? Unsafe.As<Token[]>(_left!)[index] : Unsafe.As<Token>(_left!);

    /// <summary>Adds a partial match, recording its position in the token for O(1) removal.</summary>
    public void AddLeft(Token token)
    {
        token.Bucket = this;
        token.BucketIndex = LeftCount;
        if (_left is null)
        {
            _left = token;
        }
        else
        {
            Token[] many;
            if (!_many)
            {
                many = [Unsafe.As<Token>(_left), null!];
                _left = many;
                _many = true;
            }
            else
            {
                many = Unsafe.As<Token[]>(_left);
                if (LeftCount == many.Length)
                {
                    Array.Resize(ref many, LeftCount * 2);
                    _left = many;
                }
            }

            many[LeftCount] = token;
        }

        LeftCount++;
    }

    /// <summary>Removes a partial match by moving the last one into its place.</summary>
    public void RemoveLeft(Token token)
    {
        var lastIndex = --LeftCount;
        if (!_many)
        {
            _left = null; // the only one
            return;
        }

        var many = Unsafe.As<Token[]>(_left!);
        var last = many[lastIndex];
        many[lastIndex] = null!;
        if (!ReferenceEquals(last, token))
        {
            many[token.BucketIndex] = last;
            last.BucketIndex = token.BucketIndex;
        }
    }
}
