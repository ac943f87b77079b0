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

    /// <summary>A left activation: a new partial match arrives.</summary>
    public abstract void LeftActivate(Session session, Token left);

    /// <summary>A right activation: a fact enters this node's alpha memory.</summary>
    public abstract void RightActivate(Session session, FactHandle handle);

    /// <summary>Creates this node's memory; a depth-0 join's left memory holds the root token.</summary>
    public virtual BetaMemory CreateMemory() => new(Indexed);

    protected void AddLeft(BetaMemory memory, Token token)
    {
        List<Token> bucket;
        if (memory.LeftIndex is { } index)
        {
            var key = Key(LeftKey!(token));
            if (!index.TryGetValue(key, out bucket!))
            {
                bucket = new List<Token>(2);
                index.Add(key, bucket);
            }
        }
        else
        {
            bucket = memory.LeftAll!;
        }

        token.Consumer = this;
        token.Bucket = bucket;
        token.BucketIndex = bucket.Count;
        bucket.Add(token);
    }

    /// <summary>Adds the fact to the right index and returns the left tokens it may join (null when none).</summary>
    protected List<Token>? IndexRight(BetaMemory memory, FactHandle handle)
    {
        if (memory.RightIndex is not { } index)
        {
            return memory.LeftAll;
        }

        var key = Key(RightKey!(handle.Fact));
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new List<FactHandle>(2);
            index.Add(key, bucket);
        }

        bucket.Add(handle);
        (handle.RightBuckets ??= new List<List<FactHandle>>(2)).Add(bucket);
        return memory.LeftIndex!.TryGetValue(key, out var left) ? left : null;
    }

    /// <summary>The indexed facts a left token may join, or null when the node is not indexed (use the alpha memory).</summary>
    protected static List<FactHandle>? RightFor(BetaMemory memory, object key) =>
        memory.RightIndex!.TryGetValue(key, out var bucket) ? bucket : EmptyHandles;

    protected object LeftKeyOf(Token token) => Key(LeftKey!(token));

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

    private static readonly List<FactHandle> EmptyHandles = new();
}
