using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A level of a <c>levels</c> scheme: a mean outcome value in [<see cref="From"/>, <see cref="To"/>) → <see cref="Score"/>. Immutable.</summary>
public sealed record ScoreLevel
{
    /// <summary>The level score (e.g. 1–4).</summary>
    public required int Score { get; init; }

    /// <summary>The label, e.g. <c>Good standard</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The inclusive lower bound.</summary>
    public required double From { get; init; }

    /// <summary>The exclusive upper bound (inclusive for the highest level).</summary>
    public required double To { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
