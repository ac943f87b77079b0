using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Network;

/// <summary>A positive pattern: emits one token per (left token, fact) pair that passes the tests.</summary>
internal sealed class JoinNode : BetaNode
{
    public JoinNode(int id, int depth, CompiledRule rule, AlphaNode alpha, Compilation.Tiered<Func<object, object?>>? rightKey, Compilation.Tiered<Func<Token, object?>>? leftKey, Compilation.Tiered<Func<Token, object, bool>>[] tests)
        : base(id, depth, rule, alpha, rightKey, leftKey, tests)
    {
        if (depth == 0 && rightKey is not null)
        {
            throw new InvalidOperationException("A first element has no earlier declaration to join on."); // compiler invariant
        }

        if (depth == 0)
        {
            _root = new Token(null, null, null, -1) { Untracked = true };
        }
    }

    /// <summary>
    /// A first element's (depth-0, not indexed) partial match: the empty root token, built once at compile time and
    /// shared by every session. It is never mutated after construction (a join root's children are not tracked and it
    /// is never removed), so such a node needs no per-session memory at all.
    /// </summary>
    private readonly Token? _root;

    public override void LeftActivate(Session session, Token left)
    {
        var bucket = AddLeft(session, left);
        if (Indexed)
        {
            var facts = bucket.Right;
            for (var i = 0; i < facts.Count; i++)
            {
                Join(session, left, facts[i]);
            }
        }
        else
        {
            for (var e = session.AlphaMemory(Alpha).Head; e is not null; e = e.Next)
            {
                Join(session, left, e.Handle);
            }
        }
    }

    public override void RightActivate(Session session, FactHandle handle)
    {
        if (_root is not null)
        {
            Join(session, _root, handle);
            return;
        }

        var bucket = AddRight(session, handle) ?? session.AllBucket(this);
        for (var i = 0; i < bucket.LeftCount; i++)
        {
            Join(session, bucket.LeftAt(i), handle);
        }
    }

    private void Join(Session session, Token left, FactHandle handle)
    {
        if (!Pass(left, handle.Fact))
        {
            return;
        }

        var child = session.NewToken(this, left, null, handle);
        left.AddChild(child);
        handle.AddToken(child);
        session.Propagate(this, child);
    }
}
