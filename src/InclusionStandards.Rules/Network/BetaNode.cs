using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Network;

/// <summary>
/// A node of a rule's beta chain at element <see cref="Depth"/>: combines partial matches from the left (tokens of
/// depth − 1) with facts from its alpha memory on the right, through a hash index when the element has an equality
/// join key. Immutable after compilation; per-session state lives in the session (see <see cref="Session.Bucket"/>).
/// </summary>
internal abstract class BetaNode
{
    protected BetaNode(int id, int depth, CompiledRule rule, AlphaNode alpha, Compilation.Tiered<Func<object, object?>>? rightKey, Compilation.Tiered<Func<Token, object?>>? leftKey, Compilation.Tiered<Func<Token, object, bool>>[] tests)
    {
        Id = id;
        Depth = depth;
        Rule = rule;
        Alpha = alpha;
        RightKey = rightKey;
        LeftKey = leftKey;
        Tests = tests;
        RightLeader = this;
    }

    public int Id { get; }

    /// <summary>The index of this node's per-session state (its buckets) in the session; −1 for a first join, which has none.</summary>
    public int StateSlot { get; init; } = -1;

    public int Depth { get; }

    public CompiledRule Rule { get; }

    public AlphaNode Alpha { get; }

    public BetaNode? Next { get; set; }

    public Compilation.Tiered<Func<object, object?>>? RightKey { get; }

    public Compilation.Tiered<Func<Token, object?>>? LeftKey { get; }

    public Compilation.Tiered<Func<Token, object, bool>>[] Tests { get; }

    public bool Indexed => RightKey is not null;

    /// <summary>Identifies the right-key expression: nodes with the same slot share a fact's computed key.</summary>
    public int RightKeySlot { get; init; } = -1;

    /// <summary>
    /// The node whose buckets hold this node's facts: itself, or the first indexed successor of the same alpha memory
    /// with the same right key (its facts by key are the same), so a fact is stored and indexed once for all of them.
    /// Set when the network is frozen.
    /// </summary>
    public BetaNode RightLeader { get; private set; }

    /// <summary>The nodes whose <see cref="RightLeader"/> is this node.</summary>
    public BetaNode[] RightFollowers { get; private set; } = [];

    /// <summary>Makes <paramref name="follower"/> read this node's facts (compile time).</summary>
    public void Lead(BetaNode follower)
    {
        follower.RightLeader = this;
        RightFollowers = [.. RightFollowers, follower];
    }

    /// <summary>
    /// The initial capacity of a new bucket's fact array: the largest bucket seen so far (up to
    /// <see cref="MaxRightCapacity"/>), so that sessions after the first allocate each array once instead of growing it.
    /// The only mutable field of a node; written without synchronisation (any value is correct, only speed depends on it).
    /// </summary>
    public int RightCapacity = 2;

    public const int MaxRightCapacity = 64;

    /// <summary>A left activation: a new partial match arrives.</summary>
    public abstract void LeftActivate(Session session, Token left);

    /// <summary>A right activation: a fact enters this node's alpha memory.</summary>
    public abstract void RightActivate(Session session, FactHandle handle);

    /// <summary>Adds a partial match to the left memory: its key's bucket when the node is indexed, else the single bucket.</summary>
    protected JoinBucket AddLeft(Session session, Token token)
    {
        var bucket = Indexed ? session.Bucket(this, session.KeyId(LeftKeyOf(token))) : session.AllBucket(this);
        bucket.AddLeft(token);
        return bucket;
    }

    /// <summary>Adds a fact to its key's bucket (indexed nodes); returns the bucket, or null when the node is not indexed.</summary>
    protected JoinBucket? AddRight(Session session, FactHandle handle)
    {
        if (!Indexed)
        {
            return null;
        }

        ref var cache = ref session.RightKeyCache;
        int keyId;
        if (ReferenceEquals(cache.Handle, handle) && cache.Slot == RightKeySlot)
        {
            keyId = cache.KeyId; // the same fact's key for an earlier node with the same key expression
        }
        else
        {
            keyId = session.KeyId(RightKeyOf(handle.Fact));
            cache = (handle, RightKeySlot, keyId);
        }

        var bucket = session.Bucket(this, keyId);
        if (RightLeader != this)
        {
            return bucket; // the leader, activated first, has stored the fact in the shared bucket
        }

        bucket.Add(handle);
        if (bucket.Count > RightCapacity && bucket.Count <= MaxRightCapacity)
        {
            RightCapacity = bucket.Count; // benign race between sessions: any value is a valid hint
        }

        handle.AddBucket(bucket);
        return bucket;
    }

    /// <summary>A fact leaves a bucket of this (leader) node (retraction or update); the nodes sharing it are told.</summary>
    public void RightRemoved(Session session, JoinBucket bucket, FactHandle handle)
    {
        bucket.Remove(handle);
        FactLeft(session, bucket);
        foreach (var follower in RightFollowers)
        {
            follower.FactLeft(session, session.Bucket(follower, bucket.KeyId));
        }
    }

    /// <summary>A fact has left the facts of <paramref name="bucket"/> (its <see cref="JoinBucket.Right"/>).</summary>
    protected virtual void FactLeft(Session session, JoinBucket bucket)
    {
    }

    protected object LeftKeyOf(Token token)
    {
        try
        {
            return Key(LeftKey!.Invoke(token));
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
            return Key(RightKey!.Invoke(fact));
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
                if (!tests[i].Invoke(left, fact))
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
