using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>An indicator's non-adverse band, inclusive at both ends. Immutable.</summary>
public sealed record IndicatorBand
{
    /// <summary>The inclusive lower bound.</summary>
    public required double From { get; init; }

    /// <summary>The inclusive upper bound.</summary>
    public required double To { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>True when <paramref name="value"/> is inside the band.</summary>
    public bool Contains(double value) => value >= From && value <= To;
}
