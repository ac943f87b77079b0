using System.Collections.Immutable;
using InclusionStandards.Model;

namespace InclusionStandards.Assessments;

/// <summary>
/// What changed since the previous assessment of the same organisation (same ODS code, the latest earlier period):
/// each criterion's previous outcome and direction, each headline rating's change, each indicator's and survey
/// measure's change. Immutable.
/// </summary>
public sealed record AssessmentTrend
{
    /// <summary>The period of the previous assessment compared with.</summary>
    public required AssessmentPeriod PreviousPeriod { get; init; }

    /// <summary>One entry per criterion assessed in both periods, in this assessment's order.</summary>
    public ImmutableArray<CriterionTrend> Criteria { get; init; } = [];

    /// <summary>One entry per headline scope (not a statement, not per element) rated or scored in either period.</summary>
    public ImmutableArray<RatingTrend> Ratings { get; init; } = [];

    /// <summary>One entry per indicator with a value in either period, in this assessment's order.</summary>
    public ImmutableArray<ValueTrend> Indicators { get; init; } = [];

    /// <summary>One entry per survey measure (a percentage in the evidence) with a value in either period, by path.</summary>
    public ImmutableArray<ValueTrend> Measures { get; init; } = [];
}
