namespace InclusionStandards.Scoring;

/// <summary>One scored outcome with its weight.</summary>
/// <param name="Outcome">The criterion (or element) outcome.</param>
/// <param name="Weight">The criterion's weight (default 1).</param>
internal readonly record struct ScoredItem(Model.Outcome Outcome, double Weight = 1);
