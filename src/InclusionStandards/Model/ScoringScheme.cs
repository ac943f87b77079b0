using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: scoring</c> document: turns criterion outcomes into scores and ratings for a scope. Immutable.</summary>
public sealed record ScoringScheme : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Scoring;

    /// <summary>The method.</summary>
    public required ScoringMethod Method { get; init; }

    /// <summary>The value of each scored outcome; <c>insufficient-evidence</c> and <c>not-applicable</c> are left out.</summary>
    public required ImmutableDictionary<Outcome, double> OutcomeValues { get; init; }

    /// <summary>For <see cref="ScoringMethod.Levels"/>: mean outcome value → level score, highest first as written.</summary>
    public ImmutableArray<ScoreLevel> Levels { get; init; } = ImmutableArray<ScoreLevel>.Empty;

    /// <summary>How level scores of sub-scopes are combined; optional.</summary>
    public ScoringAggregate? Aggregate { get; init; }

    /// <summary>Rating bands on the aggregate (contiguous, non-overlapping).</summary>
    public ImmutableArray<RatingBand> Ratings { get; init; } = ImmutableArray<RatingBand>.Empty;

    /// <summary>
    /// For <see cref="ScoringMethod.Sum"/>: the range of a criterion's own score (a criterion's <c>score</c> evidence,
    /// e.g. EDS 2022 outcomes scored 0-3). When set, a statement's score is the sum of its scored criteria, criteria
    /// without <c>score</c> inform but do not score, and the total is rated only when every part is scored.
    /// </summary>
    public CriterionScoreRange? CriterionScores { get; init; }

    /// <summary>Optional caps on the rating.</summary>
    public ImmutableArray<ScoringLimiter> Limiters { get; init; } = ImmutableArray<ScoringLimiter>.Empty;
}
