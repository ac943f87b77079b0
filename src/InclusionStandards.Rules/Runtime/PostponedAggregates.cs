using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// Aggregates whose recomputation waits until their rule could be next on the agenda, grouped by rule and ordered
/// like the agenda (salience, then rule order). Session-owned.
/// </summary>
internal sealed class PostponedAggregates
{
    private readonly List<Token>?[] _byRule;
    private static readonly IComparer<CompiledRule> AgendaOrder = Comparer<CompiledRule>.Create(
        static (a, b) => a.Salience != b.Salience ? b.Salience.CompareTo(a.Salience) : a.Index.CompareTo(b.Index));

    private readonly PriorityQueue<CompiledRule, CompiledRule> _rules = new(AgendaOrder);

    public PostponedAggregates(int ruleCount) => _byRule = new List<Token>?[ruleCount];

    public void Postpone(CompiledRule rule, Token token)
    {
        var list = _byRule[rule.Index];
        if (list is null || list.Count == 0)
        {
            list ??= _byRule[rule.Index] = new List<Token>();
            _rules.Enqueue(rule, rule);
        }

        list.Add(token);
    }

    /// <summary>The first rule (in agenda order) with postponed aggregates.</summary>
    public bool TryPeekRule(out CompiledRule rule) => _rules.TryPeek(out rule!, out _);

    /// <summary>Removes and returns the postponed aggregates of <paramref name="rule"/> (the first rule).</summary>
    public Token[] Take(CompiledRule rule)
    {
        _rules.Dequeue();
        var list = _byRule[rule.Index]!;
        var tokens = list.ToArray();
        list.Clear();
        return tokens;
    }
}
