using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// A partial match: the value bound at <see cref="Depth"/> (element index) plus its parent chain for earlier
/// elements. Lives in the left memory of its consumer node; tracks its children for tree-based removal.
/// Session-owned; not thread-safe.
/// </summary>
internal sealed class Token
{
    public Token(Token? parent, object? value, FactHandle? handle, int depth)
    {
        Parent = parent;
        Value = value;
        Handle = handle;
        Depth = depth;
    }

    public Token? Parent { get; }

    /// <summary>The fact (pattern), result (aggregate) or null (not / exists / forall / root).</summary>
    public object? Value { get; }

    /// <summary>The handle of <see cref="Value"/> when it is a fact.</summary>
    public FactHandle? Handle { get; }

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
    public BetaNode? Consumer;
    public FactList? Matches;
    public bool Dirty;
    public Activation? Activation;
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
        if (Depth < 0 && Consumer is JoinNode)
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
        if (Depth < 0 && Consumer is JoinNode)
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
