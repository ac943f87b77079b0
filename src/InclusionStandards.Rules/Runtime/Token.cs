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

    public List<Token>? Children;
    public int ChildIndex;
    public int HandleIndex;
    public List<Token>? Bucket;
    public int BucketIndex;
    public BetaNode? Consumer;
    public List<FactHandle>? Matches;
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

        Children ??= new List<Token>(2);
        child.ChildIndex = Children.Count;
        Children.Add(child);
    }

    public void RemoveChild(Token child)
    {
        if (Depth < 0 && Consumer is JoinNode)
        {
            return;
        }

        var list = Children!;
        var last = list[^1];
        list[child.ChildIndex] = last;
        last.ChildIndex = child.ChildIndex;
        list.RemoveAt(list.Count - 1);
    }
}
