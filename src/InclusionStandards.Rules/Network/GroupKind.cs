namespace InclusionStandards.Rules.Network;

/// <summary>What a <see cref="GroupNode"/> emits from the facts matching each partial match.</summary>
internal enum GroupKind
{
    /// <summary>One match when no fact matches (not, forall).</summary>
    None,
    /// <summary>One match when some fact matches.</summary>
    Some,
    /// <summary>One match per aggregate result.</summary>
    Aggregate,
}
