using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// A partial match: the value bound at <see cref="Depth"/> (element index) plus its parent chain for earlier
/// elements. Lives in the left memory of its consumer node; tracks its children for tree-based removal.
/// Session-owned; not thread-safe.
/// </summary>
internal class Token
{
    public Token(Token? parent, object? value, FactHandle? handle, int depth)
    {
        Parent = parent;
        _value = handle ?? value;
        Depth = depth;
    }

    /// <summary>The fact's handle (pattern), or the result (aggregate), or null: one field for both (smaller tokens).</summary>
    private readonly object? _value;

    public Token? Parent { get; }

    /// <summary>The fact (pattern), result (aggregate) or null (not / exists / forall / root).</summary>
    public object? Value => _value is FactHandle h ? h.Fact : _value;

    /// <summary>The handle of <see cref="Value"/> when it is a fact.</summary>
    public FactHandle? Handle => _value as FactHandle;

    public int Depth { get; }

    /// <summary>Children, as an intrusive doubly-linked list (no list object per partial match).</summary>
    public Token? FirstChild;
    public Token? NextSibling;
    public Token? PreviousSibling;

    /// <summary>The tokens of the same <see cref="Handle"/>, as an intrusive doubly-linked list (see <see cref="FactHandle.FirstToken"/>).</summary>
    public Token? NextOfHandle;
    public Token? PreviousOfHandle;
    /// <summary>The bucket whose left side holds this token, at <see cref="BucketIndex"/>.</summary>
    public JoinBucket? Bucket;
    public int BucketIndex;
    /// <summary>The node whose left memory holds this token (the next element's node).</summary>
    public BetaNode? Consumer => Bucket?.Node;

    /// <summary>True for the compile-time root token of a stateless first join (shared by sessions: never tracks children).</summary>
    public bool Untracked;
    public bool Dirty;
    public bool Dead;

    /// <summary>The value bound at <paramref name="depth"/> (≤ this token's depth).</summary>
    public object? Get(int depth)
    {
        var t = this;
        while (t.Depth > depth)
        {
            t = t.Parent!;
        }

        return t.Value;
    }

    public void AddChild(Token child)
    {
        if (Depth < 0 && (Untracked || Consumer is JoinNode))
        {
            return; // a join's root is never removed, so its children need no tracking
        }

        child.NextSibling = FirstChild;
        if (FirstChild is not null)
        {
            FirstChild.PreviousSibling = child;
        }

        FirstChild = child;
    }

    public void RemoveChild(Token child)
    {
        if (Depth < 0 && (Untracked || Consumer is JoinNode))
        {
            return;
        }

        if (child.PreviousSibling is { } previous)
        {
            previous.NextSibling = child.NextSibling;
        }
        else
        {
            FirstChild = child.NextSibling;
        }

        if (child.NextSibling is { } next)
        {
            next.PreviousSibling = child.PreviousSibling;
        }
    }
}
