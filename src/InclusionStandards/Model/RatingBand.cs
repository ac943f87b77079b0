using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A rating band on the aggregate: half-open [<see cref="From"/>, <see cref="To"/>); the last band includes <see cref="To"/>. Immutable.</summary>
public sealed record RatingBand
{
    /// <summary>The rating label, e.g. <c>Good</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The inclusive lower bound.</summary>
    public required double From { get; init; }

    /// <summary>The exclusive upper bound (inclusive for the last band).</summary>
    public required double To { get; init; }

    /// <summary>What the rating means, in plain English, for reports to show beside it; optional.</summary>
    public string? Meaning { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
