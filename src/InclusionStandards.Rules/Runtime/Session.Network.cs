using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>Propagation of facts through the network, token removal and truth maintenance.</summary>
internal sealed partial class Session
{
    /// <summary>The CLR type of the last fact linked and its alpha roots (a cache in front of the factory's).</summary>
    private Type? _lastType;
    private AlphaNode[]? _lastRoots;

    /// <summary>Matches a fact's current state: alpha memories, then their beta successors (deepest first).</summary>
    private void Link(FactHandle handle)
    {
        var fact = handle.Fact;
        AlphaNode[] roots;
        if (fact.GetType() == _lastType && fact is not Facts.Record)
        {
            roots = _lastRoots!; // facts of one type usually arrive together
        }
        else
        {
            roots = _factory.RootsFor(fact);
            (_lastType, _lastRoots) = (fact.GetType(), roots);
        }

        foreach (var root in roots)
        {
            Walk(root, handle, fact);
        }
    }

    private void Walk(AlphaNode node, FactHandle handle, object fact)
    {
        if (node.MemoryId >= 0)
        {
            if (node.NeedsList)
            {
                (handle.More.Alphas ??= new List<AlphaEntry>(2)).Add(AlphaMemory(node).Add(handle));
            }

            foreach (var successor in node.Successors)
            {
                successor.RightActivate(this, handle);
            }
        }

        var children = node.Children;
        if (children.Length == 0)
        {
            return;
        }

        switch (node.Groups.Length)
        {
            case 0:
                WalkUnhashed(children, handle, fact);
                return;
            case 1:
                WalkOneGroup(node, handle, fact);
                return;
            default:
                WalkGroups(node, handle, fact);
                return;
        }
    }

    /// <summary>Children tested one by one (no equality hash group).</summary>
    private void WalkUnhashed(AlphaNode[] children, FactHandle handle, object fact)
    {
        foreach (var child in children)
        {
            if (Passes(child, fact))
            {
                Walk(child, handle, fact);
            }
        }
    }

    /// <summary>Runs a child's own test, reporting a condition's exception with the rules that share the node.</summary>
    private static bool Passes(AlphaNode child, object fact)
    {
        try
        {
            return child.Test!.Invoke(fact);
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            throw ConditionFailed(child, fact, ex);
        }
    }

    /// <summary>Children in several hash groups: each group's lookup is made once, when its first child is reached.</summary>
    private void WalkGroups(AlphaNode node, FactHandle handle, object fact)
    {
        var children = node.Children;
        var groups = node.Groups;
        Span<int> ids = groups.Length <= 8 ? stackalloc int[8] : new int[groups.Length];
        ids.Fill(-2); // −2: selector not computed yet for this fact
        foreach (var child in children)
        {
            bool pass;
            try
            {
                pass = node.ChildPasses(child, fact, ids);
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw ConditionFailed(child, fact, ex);
            }

            if (pass)
            {
                Walk(child, handle, fact);
            }
        }
    }

    /// <summary>An alpha condition's exception, naming the rules that share the node.</summary>
    private static RuleExecutionException ConditionFailed(AlphaNode node, object fact, Exception ex) =>
        new($"A condition of rule(s) {node.RuleNames} failed on {fact}: {ex.GetType().Name}: {ex.Message}", node.Rules, ex);

    /// <summary>
    /// Children with one hash group: the group's matching children come from one lookup and are merged, by index, with
    /// the children tested one by one, so children are still visited in order but non-matching equalities cost nothing.
    /// </summary>
    private void WalkOneGroup(AlphaNode node, FactHandle handle, object fact)
    {
        var children = node.Children;
        var group = node.Groups[0];
        int[] matched;
        try
        {
            matched = group.Matching(fact);
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            throw ConditionFailed(group.FirstChild!, fact, ex);
        }

        var unhashed = node.Unhashed;
        int m = 0, u = 0;
        while (m < matched.Length || u < unhashed.Length)
        {
            if (u == unhashed.Length || (m < matched.Length && matched[m] < unhashed[u]))
            {
                Walk(children[matched[m++]], handle, fact);
                continue;
            }

            var child = children[unhashed[u++]];
            if (Passes(child, fact))
            {
                Walk(child, handle, fact);
            }
        }
    }

    /// <summary>Undoes every match of a fact from what was recorded, without re-evaluating conditions.</summary>
    private void Unlink(FactHandle handle)
    {
        RightKeyCache = default; // the fact may have changed: its key is computed afresh
        if (handle.Extras?.Alphas is { } alphas)
        {
            foreach (var entry in alphas)
            {
                entry.List.Remove(entry);
            }

            alphas.Clear();
        }

        if (handle.Bucket0 is { } b0)
        {
            handle.Bucket0 = null;
            b0.Node.RightRemoved(this, b0, handle);
            if (handle.Bucket1 is { } b1)
            {
                handle.Bucket1 = null;
                b1.Node.RightRemoved(this, b1, handle);
            }

            if (handle.Extras is { MoreBuckets: { } buckets } extras)
            {
                for (var i = 0; i < extras.MoreCount; i++)
                {
                    buckets[i].Node.RightRemoved(this, buckets[i], handle);
                    buckets[i] = null!;
                }

                extras.MoreCount = 0;
            }
        }

        while (handle.FirstToken is { } token)
        {
            RemoveToken(token);
        }

        if (handle.Extras?.GroupTokens is { } groups)
        {
            while (groups.Count > 0)
            {
                var token = groups[^1];
                groups.RemoveAt(groups.Count - 1);
                if (!token.Dead)
                {
                    ((GroupNode)token.Consumer!).MatchRemoved(this, token, handle);
                }
            }
        }
    }

    private void Remove(FactHandle handle)
    {
        _handles.Remove(handle); // marks it removed
        Unlink(handle);
        FactRetracted?.Invoke(this, new FactEventArgs(handle.Fact, handle.IsLogical));
    }

    internal void RemoveChildren(Token token)
    {
        for (var child = token.FirstChild; child is not null; child = child.NextSibling)
        {
            RemoveTree(child);
        }

        token.FirstChild = null;
    }

    /// <summary>Removes a token whose parent stays.</summary>
    private void RemoveToken(Token token)
    {
        token.Parent?.RemoveChild(token);
        RemoveTree(token);
    }

    private void RemoveTree(Token token)
    {
        token.Dead = true;
        token.Bucket?.RemoveLeft(token);

        token.Handle?.RemoveToken(token);
        if (token is GroupToken { OwnMatches: { } matches })
        {
            foreach (var h in matches)
            {
                h.Extras?.GroupTokens?.Remove(token);
            }
        }

        if (token is Activation activation)
        {
            RemoveActivation(activation);
        }

        for (var child = token.FirstChild; child is not null; child = child.NextSibling)
        {
            RemoveTree(child);
        }
    }

    private void RemoveActivation(Activation activation)
    {
        activation.Removed = true;
        if (activation.Fired && activation.Justified is { } first)
        {
            Unjustify(first);
            foreach (var h in activation.MoreJustified ?? [])
            {
                Unjustify(h);
            }
        }
    }

    private void Unjustify(FactHandle h)
    {
        if (--h.Justifications == 0 && h.IsLogical && !h.Removed)
        {
            _unjustified.Enqueue(h);
        }
    }

    /// <summary>Brings lazily maintained state up to date: aggregate results, then retraction of unjustified facts.</summary>
    /// <param name="forAgenda">
    /// True when only the agenda's next choice matters: an aggregate of a rule that must fire after the agenda's current
    /// first activation, and whose matches have not fired, is left for later (it cannot change that choice).
    /// </param>
    private void Settle(bool forAgenda = false)
    {
        while (true)
        {
            var hasFirst = _agenda.TryPeek(out var first);
            for (var i = 0; i < _dirty.Count; i++)
            {
                var token = _dirty[i];
                var node = (GroupNode)token.Consumer!;
                if (token.Dead)
                {
                    token.Dirty = false;
                }
                else if (forAgenda && hasFirst && RankOf(first!.Rule) < RankOf(node.Rule) && !HasFired(token))
                {
                    (_postponed ??= _factory.RentPostponed()).Postpone(RankOf(node.Rule), token);
                }
                else
                {
                    token.Dirty = false;
                    node.Recompute(this, token);
                }
            }

            _dirty.Clear();
            while (_postponed is not null && _postponed.TryPeekRank(out var rank) && !(forAgenda && _agenda.TryPeek(out first) && RankOf(first.Rule) < rank))
            {
                foreach (var token in _postponed.Take(rank))
                {
                    token.Dirty = false;
                    if (!token.Dead)
                    {
                        ((GroupNode)token.Consumer!).Recompute(this, token);
                    }
                }
            }

            if (RetractDueWithdrawn(forAgenda))
            {
                continue; // the agenda may have changed: re-check what is due
            }

            if (_dirty.Count == 0 && _unjustified.Count == 0)
            {
                return;
            }

            while (_unjustified.Count > 0)
            {
                var h = _unjustified.Dequeue();
                if (!h.Removed && h.Justifications == 0 && h.IsLogical && !(forAgenda && TryWithhold(h)))
                {
                    Remove(h);
                }
            }
        }
    }

    /// <summary>
    /// Withholds the retraction of an unjustified logical fact while the agenda's next rule cannot be affected by it
    /// (see <see cref="SessionOptions.KeepEqualLogicalFacts"/>); false when it must go now.
    /// </summary>
    private bool TryWithhold(FactHandle handle)
    {
        if (!_options.KeepEqualLogicalFacts || !_agenda.TryPeek(out var next))
        {
            return false;
        }

        var rank = _factory.MinConsumerRank(handle.Fact);
        return rank > RankOf(next.Rule) && (_withdrawn ??= new WithdrawnFacts()).TryAdd(handle, rank);
    }

    /// <summary>
    /// Retracts the withheld facts that the agenda's next rule (any rule, outside <see cref="Fire"/> or when the agenda
    /// is empty) could be affected by. True when any was retracted.
    /// </summary>
    private bool RetractDueWithdrawn(bool forAgenda)
    {
        if (_withdrawn is not { Count: > 0 } withdrawn)
        {
            return false;
        }

        var limit = forAgenda && _agenda.TryPeek(out var next) ? RankOf(next.Rule) : int.MaxValue;
        var retracted = false;
        foreach (var h in withdrawn.TakeDue(limit) ?? [])
        {
            if (!h.Removed && h.Justifications == 0 && h.IsLogical)
            {
                Remove(h);
                retracted = true;
            }
        }

        return retracted;
    }

    /// <summary>The agenda rank of <paramref name="rule"/>: every activation of a lower rank fires before any of a higher one.</summary>
    private int RankOf(CompiledRule rule) => _factory.AgendaRank[rule.Index];

    private static bool HasFired(Token token)
    {
        if (token is Activation { Fired: true })
        {
            return true;
        }

        for (var child = token.FirstChild; child is not null; child = child.NextSibling)
        {
            if (HasFired(child))
            {
                return true;
            }
        }

        return false;
    }
}
