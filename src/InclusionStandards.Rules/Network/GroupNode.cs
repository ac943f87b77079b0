using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Network;

/// <summary>
/// Not, exists, forall and aggregates: keeps, per left token, the facts that match it
/// (<see cref="Token.Matches"/>) and emits child tokens from that set — one when it is empty (not / forall), one
/// when it is not (exists), or one per aggregate result (recomputed lazily, before the agenda is next read).
/// </summary>
internal sealed class GroupNode : BetaNode
{
    private readonly Func<Token, object, bool>? _requirement;
    private readonly Aggregator? _aggregator;
    private readonly Func<Token, object, bool>[] _resultTests;

    public GroupNode(int id, int depth, CompiledRule rule, AlphaNode alpha, Func<object, object?>? rightKey, Func<Token, object?>? leftKey,
        Func<Token, object, bool>[] tests, GroupKind kind, Func<Token, object, bool>? requirement, Aggregator? aggregator, Func<Token, object, bool>[] resultTests)
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

    public override void LeftActivate(Session session, Token left)
    {
        var bucket = AddLeft(session, left);
        if (SharesBucket)
        {
            left.Matches = bucket;
        }
        else if (Indexed)
        {
            for (var i = 0; i < bucket.Count; i++)
            {
                TryMatch(left, bucket[i]);
            }
        }
        else
        {
            for (var e = session.AlphaMemory(Alpha).Head; e is not null; e = e.Next)
            {
                TryMatch(left, e.Handle);
            }
        }

        var count = left.Matches?.Count ?? 0;
        switch (Kind)
        {
            case GroupKind.None when count == 0:
            case GroupKind.Some when count > 0:
                Emit(session, left, null);
                break;
            case GroupKind.Aggregate:
                session.MarkDirty(left);
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
                Changed(session, token, bucket.Count - 1);
            }
            else if (TryMatch(token, handle))
            {
                Changed(session, token, token.Matches!.Count - 1);
            }
        }
    }

    public override void RightRemoved(Session session, JoinBucket bucket, FactHandle handle)
    {
        base.RightRemoved(session, bucket, handle);
        if (SharesBucket)
        {
            for (var i = 0; i < bucket.LeftCount; i++)
            {
                Changed(session, bucket.LeftAt(i), bucket.Count + 1);
            }
        }
    }

    /// <summary>A fact that matched <paramref name="left"/> is leaving working memory (or changing).</summary>
    public void MatchRemoved(Session session, Token left, FactHandle handle)
    {
        var before = left.Matches!.Count;
        left.Matches.Remove(handle);
        Changed(session, left, before);
    }

    /// <summary>Recomputes an aggregate's results for <paramref name="left"/> and replaces its children.</summary>
    public void Recompute(Session session, Token left)
    {
        session.RemoveChildren(left);
        var aggregator = _aggregator!;
        if (!aggregator.IsGrouping)
        {
            if (aggregator.TryResult(left.Matches, out var single) && ResultPasses(left, single))
            {
                Emit(session, left, single);
            }

            return;
        }

        foreach (var result in aggregator.Results(left.Matches))
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
                met = _requirement(left, handle.Fact);
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

        (left.Matches ??= new FactList()).Add(handle);
        (handle.GroupTokens ??= new List<Token>(2)).Add(left);
        return true;
    }

    private void Changed(Session session, Token left, int before)
    {
        var after = left.Matches!.Count;
        switch (Kind)
        {
            case GroupKind.None when before == 0 && after > 0:
            case GroupKind.Some when before > 0 && after == 0:
                session.RemoveChildren(left);
                break;
            case GroupKind.None when before > 0 && after == 0:
            case GroupKind.Some when before == 0 && after > 0:
                Emit(session, left, null);
                break;
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
                if (!test(left, result))
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
