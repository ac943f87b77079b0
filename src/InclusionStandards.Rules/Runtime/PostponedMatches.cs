using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// Group-node partial matches (aggregates to recompute, not / exists / forall matches to activate) whose update waits
/// until their rule could be next on the agenda, kept per rule in agenda rank order (salience, then rule order; see
/// <see cref="SessionFactory.AgendaRank"/>). Session-owned.
/// </summary>
internal sealed class PostponedMatches
{
    private readonly int[] _rankOf;
    private readonly CompiledRule[] _rules;
    private readonly List<Token>?[] _byRank;

    /// <summary>The lowest rank whose list may be non-empty (every lower rank's list is empty).</summary>
    private int _first;

    /// <summary>The buffer <see cref="Take"/> returns (reused: read it before the next call).</summary>
    private readonly List<Token> _taken = new();

    public PostponedMatches(int[] rankOf, CompiledRule[] rulesByRank)
    {
        _rankOf = rankOf;
        _rules = rulesByRank;
        _byRank = new List<Token>?[rankOf.Length];
        _first = rankOf.Length;
    }

    public void Postpone(CompiledRule rule, Token token)
    {
        var rank = _rankOf[rule.Index];
        (_byRank[rank] ??= new List<Token>()).Add(token);
        _first = Math.Min(_first, rank);
    }

    /// <summary>Drops the references in the last <see cref="Take"/> buffer (before the table goes to another session).</summary>
    public void ForgetTaken() => _taken.Clear();

    /// <summary>True when nothing is postponed.</summary>
    public bool IsEmpty => !TryPeekRule(out _);

    /// <summary>The first rule (in agenda order) with postponed matches.</summary>
    public bool TryPeekRule(out CompiledRule rule)
    {
        for (; _first < _byRank.Length; _first++)
        {
            if (_byRank[_first] is { Count: > 0 })
            {
                rule = _rules[_first];
                return true;
            }
        }

        rule = null!;
        return false;
    }

    /// <summary>
    /// Removes and returns the postponed matches of <paramref name="rule"/> (the first rule), in a buffer valid until
    /// the next call (postponing does not happen while the caller reads it).
    /// </summary>
    public List<Token> Take(CompiledRule rule)
    {
        var list = _byRank[_rankOf[rule.Index]]!;
        _taken.Clear();
        _taken.AddRange(list);
        list.Clear();
        return _taken;
    }
}
