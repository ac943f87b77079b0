namespace InclusionStandards.Model;

/// <summary>The range of a criterion's own score under a scheme with <c>criterionScores</c> (format §7). Immutable.</summary>
/// <param name="Min">The lowest score.</param>
/// <param name="Max">The highest score.</param>
public sealed record CriterionScoreRange(double Min, double Max);
