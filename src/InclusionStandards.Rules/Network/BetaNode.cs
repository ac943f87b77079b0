using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Network;

/// <summary>
/// A node of a rule's beta chain at element <see cref="Depth"/>: combines partial matches from the left (tokens of
/// depth − 1) with facts from its alpha memory on the right, through a hash index when the element has an equality
/// join key. Immutable after compilation; per-session state lives in a <see cref="BetaMemory"/>.
/// </summary>
internal abstract class BetaNode
{
    protected BetaNode(int id, int depth, CompiledRule rule, AlphaNode alpha, Func<object, object?>? rightKey, Func<Token, object?>? leftKey, Func<Token, object, bool>[] tests)
    {
        Id = id;
        Depth = depth;
        Rule = rule;
        Alpha = alpha;
        RightKey = rightKey;
        LeftKey = leftKey;
        Tests = tests;
    }

    public int Id { get; }

    public int Depth { get; }

    public CompiledRule Rule { get; }

    public AlphaNode Alpha { get; }

    public BetaNode? Next { get; set; }

    public Func<object, object?>? RightKey { get; }

    public Func<Token, object?>? LeftKey { get; }

    public Func<Token, object, bool>[] Tests { get; }

    public bool Indexed => RightKey is not null;

    /// <summary>Identifies the right-key expression: nodes with the same slot share a fact's computed key.</summary>
    public int RightKeySlot { get; init; } = -1;

    /// <summary>
    /// The initial capacity of a new bucket's fact list: the largest bucket seen so far (up to
    /// <see cref="MaxRightCapacity"/>), so that sessions after the first allocate each list once instead of growing it.
    /// The only mutable field of a node; written without synchronisation (any value is correct, only speed depends on it).
    /// </summary>
    public int RightCapacity = 2;

    public const int MaxRightCapacity = 64;

    /// <summary>A left activation: a new partial match arrives.</summary>
    public abstract void LeftActivate(Session session, Token left);

    /// <summary>A right activation: a fact enters this node's alpha memory.</summary>
    public abstract void RightActivate(Session session, FactHandle handle);

    /// <summary>Creates this node's memory; a depth-0 join's left memory holds the root token.</summary>
    public virtual BetaMemory CreateMemory() => new(Indexed);

    /// <summary>Adds a partial match to the left memory; returns its bucket (null when the node is not indexed).</summary>
    protected JoinBucket? AddLeft(BetaMemory memory, Token token)
    {
        List<Token> list;
        JoinBucket? bucket = null;
        if (memory.Indexed)
        {
            bucket = memory.Bucket(LeftKeyOf(token), this);
            list = bucket.Left;
        }
        else
        {
            list = memory.LeftAll!;
        }

        token.Consumer = this;
        token.Bucket = list;
        token.BucketIndex = list.Count;
        list.Add(token);
        return bucket;
    }

    /// <summary>Adds a fact to its key's bucket (indexed nodes); returns the bucket, or null when the node is not indexed.</summary>
    protected JoinBucket? AddRight(BetaMemory memory, FactHandle handle)
    {
        if (!memory.Indexed)
        {
            return null;
        }

        object key;
        if (handle.KeySlot == RightKeySlot)
        {
            key = handle.Key!;
        }
        else
        {
            key = RightKeyOf(handle.Fact);
            handle.KeySlot = RightKeySlot;
            handle.Key = key;
        }

        var bucket = memory.Bucket(key, this);
        var right = bucket.Right;
        right.Add(handle);
        if (right.Count > RightCapacity && right.Count <= MaxRightCapacity)
        {
            RightCapacity = right.Count; // benign race between sessions: any value is a valid hint
        }

        handle.AddBucket(bucket);
        return bucket;
    }

    /// <summary>A fact leaves a bucket (retraction or update).</summary>
    public virtual void RightRemoved(Session session, JoinBucket bucket, FactHandle handle) => bucket.Right.Remove(handle);

    protected object LeftKeyOf(Token token)
    {
        try
        {
            return Key(LeftKey!(token));
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            throw Failure(ex, token.Value);
        }
    }

    private object RightKeyOf(object fact)
    {
        try
        {
            return Key(RightKey!(fact));
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            throw Failure(ex, fact);
        }
    }

    protected bool Pass(Token left, object fact)
    {
        var tests = Tests;
        try
        {
            for (var i = 0; i < tests.Length; i++)
            {
                if (!tests[i](left, fact))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            throw Failure(ex, fact);
        }
    }

    protected RuleExecutionException Failure(Exception ex, object? fact) =>
        new($"Rule '{Rule.Name}': a condition of element {Depth} failed on {fact}: {ex.GetType().Name}: {ex.Message}", [Rule.Name], ex);

    private object Key(object? key) => key ?? BetaMemory.NullKey;
}
