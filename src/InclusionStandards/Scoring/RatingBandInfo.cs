namespace InclusionStandards.Scoring;

/// <summary>A rating band of a scope's scheme, so that a report can draw the scale: half-open [from, to), the last band including <c>to</c>. Immutable.</summary>
/// <param name="Label">The rating.</param>
/// <param name="From">The inclusive lower bound.</param>
/// <param name="To">The exclusive upper bound (inclusive for the last band).</param>
public sealed record RatingBandInfo(string Label, double From, double To);
