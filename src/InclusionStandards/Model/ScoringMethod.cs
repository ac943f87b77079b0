namespace InclusionStandards.Model;

/// <summary>How a <see cref="ScoringScheme"/> turns outcomes into a score.</summary>
public enum ScoringMethod
{
    /// <summary><c>levels</c>: a scope's mean outcome value → a level score (CQC style).</summary>
    Levels,

    /// <summary><c>sum</c>: integer item scores summed and compared with the ratings (EDS 2022).</summary>
    Sum,

    /// <summary><c>proportion</c>: the share of items met, as a percentage, compared with the ratings.</summary>
    Proportion,
}
