using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Network;

/// <summary>
/// Not, exists, forall and aggregates: keeps, per left token, the facts that match it
/// (<see cref="MatchesOf"/>) and emits child tokens from that set — one when it is empty (not / forall), one
/// when it is not (exists), or one per aggregate result. Children are removed at once when a match stops holding, and
/// created lazily, when the agenda is next read (<see cref="Recompute"/>), so a match that holds only until the next
/// fact arrives (a negation its organisation's facts soon block) costs no activation.
/// </summary>
internal sealed class GroupNode : BetaNode
{
    private readonly Compilation.Tiered<Func<Token, object, bool>>? _requirement;
    private readonly Aggregator? _aggregator;
    private readonly Compilation.Tiered<Func<Token, object, bool>>[] _resultTests;

    public GroupNode(int id, int depth, CompiledRule rule, AlphaNode alpha, Compilation.Tiered<Func<object, object?>>? rightKey, Compilation.Tiered<Func<Token, object?>>? leftKey,
        Compilation.Tiered<Func<Token, object, bool>>[] tests, GroupKind kind, Compilation.Tiered<Func<Token, object, bool>>? requirement, Aggregator? aggregator, Compilation.Tiered<Func<Token, object, bool>>[] resultTests)
        : base(id, depth, rule, alpha, rightKey, leftKey, tests)
    {
        Kind = kind;
        _requirement = requirement;
        _aggregator = aggregator;
        _resultTests = resultTests;
    }

    public GroupKind Kind { get; }

    /// <summary>
    /// True when the element's only beta condition is its join key: then a partial match's matching facts are exactly
    /// its bucket's facts, shared by reference (no per-match list, no per-fact registration).
    /// </summary>
    public bool SharesBucket => Indexed && Tests.Length == 0 && _requirement is null;

    /// <summary>
    /// The facts matching <paramref name="left"/> (null: none yet): its bucket's facts when the key is the only
    /// condition, else its own list (a <see cref="GroupToken"/>).
    /// </summary>
    public FactList? MatchesOf(Token left) => SharesBucket ? left.Bucket!.Right : ((GroupToken)left).OwnMatches;

    public override void LeftActivate(Session session, Token left)
    {
        var bucket = AddLeft(session, left);
        if (!Indexed)
        {
            for (var e = session.AlphaMemory(Alpha).Head; e is not null; e = e.Next)
            {
                TryMatch(left, e.Handle);
            }
        }
        else if (!SharesBucket) // a node that shares its bucket's facts has nothing to record
        {
            var facts = bucket.Right;
            for (var i = 0; i < facts.Count; i++)
            {
                TryMatch(left, facts[i]);
            }
        }

        var count = MatchesOf(left)?.Count ?? 0;
        switch (Kind)
        {
            case GroupKind.None when count == 0:
            case GroupKind.Some when count > 0:
            case GroupKind.Aggregate:
                session.MarkDirty(left); // emitted when the agenda is next read (see Recompute)
                break;
        }
    }

    public override void RightActivate(Session session, FactHandle handle)
    {
        var bucket = AddRight(session, handle) ?? session.AllBucket(this);
        var shared = SharesBucket;
        for (var i = 0; i < bucket.LeftCount; i++)
        {
            var token = bucket.LeftAt(i);
            if (shared)
            {
                Changed(session, token, bucket.Right.Count - 1);
            }
            else if (TryMatch(token, handle))
            {
                Changed(session, token, MatchesOf(token)!.Count - 1);
            }
        }
    }

    protected override void FactLeft(Session session, JoinBucket bucket)
    {
        if (SharesBucket)
        {
            for (var i = 0; i < bucket.LeftCount; i++)
            {
                Changed(session, bucket.LeftAt(i), bucket.Right.Count + 1);
            }
        }
    }

    /// <summary>A fact that matched <paramref name="left"/> is leaving working memory (or changing).</summary>
    public void MatchRemoved(Session session, Token left, FactHandle handle)
    {
        var matches = MatchesOf(left)!;
        var before = matches.Count;
        matches.Remove(handle);
        Changed(session, left, before);
    }

    /// <summary>
    /// Brings <paramref name="left"/>'s children up to date before the agenda is read: a not / exists / forall match
    /// that holds gets its child if it has none (a match that stopped holding lost it at once, see
    /// <see cref="Changed"/>); an aggregate's results are recomputed and replace its children.
    /// </summary>
    public void Recompute(Session session, Token left)
    {
        if (Kind != GroupKind.Aggregate)
        {
            var count = MatchesOf(left)?.Count ?? 0;
            if ((Kind == GroupKind.None ? count == 0 : count > 0) && left.FirstChild is null)
            {
                Emit(session, left, null);
            }

            return;
        }

        session.RemoveChildren(left);
        var aggregator = _aggregator!;
        if (!aggregator.IsGrouping)
        {
            if (aggregator.TryResult(MatchesOf(left), out var single) && ResultPasses(left, single))
            {
                Emit(session, left, single);
            }

            return;
        }

        foreach (var result in aggregator.Results(MatchesOf(left)))
        {
            if (ResultPasses(left, result))
            {
                Emit(session, left, result);
            }
        }
    }

    private bool TryMatch(Token left, FactHandle handle)
    {
        if (!Pass(left, handle.Fact))
        {
            return false;
        }

        if (_requirement is not null)
        {
            bool met;
            try
            {
                met = _requirement.Invoke(left, handle.Fact);
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw Failure(ex, handle.Fact);
            }

            if (met)
            {
                return false;
            }
        }

        (((GroupToken)left).OwnMatches ??= new FactList()).Add(handle);
        (handle.More.GroupTokens ??= new List<Token>(2)).Add(left);
        return true;
    }

    private void Changed(Session session, Token left, int before)
    {
        var after = MatchesOf(left)!.Count;
        switch (Kind)
        {
            case GroupKind.None when before == 0 && after > 0:
            case GroupKind.Some when before > 0 && after == 0:
                session.RemoveChildren(left);
                break;
            case GroupKind.None when before > 0 && after == 0:
            case GroupKind.Some when before == 0 && after > 0:
            case GroupKind.Aggregate:
                session.MarkDirty(left);
                break;
        }
    }

    private bool ResultPasses(Token left, object result)
    {
        try
        {
            foreach (var test in _resultTests)
            {
                if (!test.Invoke(left, result))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            throw Failure(ex, result);
        }
    }

    private void Emit(Session session, Token left, object? value)
    {
        var child = session.NewToken(this, left, value, null);
        left.AddChild(child);
        session.Propagate(this, child);
    }
}
