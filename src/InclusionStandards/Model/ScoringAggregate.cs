namespace InclusionStandards.Model;

/// <summary>How a <see cref="ScoringScheme"/> combines the level scores of sub-scopes (<c>aggregate</c>).</summary>
public enum ScoringAggregate
{
    /// <summary><c>percentage</c>: sum ÷ (max level × count) × 100.</summary>
    Percentage,

    /// <summary><c>sum</c>: the sum of the scores.</summary>
    Sum,

    /// <summary><c>mean</c>: the mean of the scores.</summary>
    Mean,
}
