namespace InclusionStandards.Rules.Model;

/// <summary>The aggregation an <see cref="AggregateElement"/> performs, and the type of its result.</summary>
public enum AggregateKind
{
    /// <summary>The number of matching facts, as <see cref="int"/>; 0 when none match.</summary>
    Count,
    /// <summary>The sum of the selector over the matching facts, as <see cref="double"/>; 0 when none match.</summary>
    Sum,
    /// <summary>The mean of the selector, as <see cref="double"/>; no result when none match.</summary>
    Average,
    /// <summary>The least selector value (the selector's type, which must be comparable); no result when none match.</summary>
    Min,
    /// <summary>The greatest selector value; no result when none match.</summary>
    Max,
    /// <summary>The matching facts, as <c>IReadOnlyList&lt;T&gt;</c> in insertion order; empty when none match.</summary>
    Collect,
    /// <summary>
    /// One result per distinct selector value (key), as <c>IGrouping&lt;TKey, T&gt;</c>; each group is a separate
    /// match of the rule. No result when none match.
    /// </summary>
    GroupBy,
}
