namespace InclusionStandards.Assessments;

/// <summary>A headline scope's rating and score now and in the previous period. Immutable.</summary>
/// <param name="ScopeId">The scope id (domain, framework, board, portfolio…).</param>
/// <param name="Previous">The previous rating label; null when not rated then.</param>
/// <param name="Current">The rating label now; null when not rated now.</param>
/// <param name="PreviousScore">The previous score; null when not scored then.</param>
/// <param name="Score">The score now; null when not scored now.</param>
/// <param name="Direction"><c>up</c> or <c>down</c> (by score), <c>unchanged</c>, or <c>changed</c> when a score is missing on one side.</param>
public sealed record RatingTrend(string ScopeId, string? Previous, string? Current, double? PreviousScore, double? Score, string Direction);
