namespace InclusionStandards.Model;

/// <summary>The period the evidence covers (inclusive dates). Immutable.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
public sealed record AssessmentPeriod(DateOnly Start, DateOnly End);
