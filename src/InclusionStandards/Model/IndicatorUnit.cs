namespace InclusionStandards.Model;

/// <summary>The unit of an <see cref="Indicator"/>'s value.</summary>
public enum IndicatorUnit
{
    /// <summary><c>ratio</c>, e.g. a relative likelihood.</summary>
    Ratio,

    /// <summary><c>percent</c>.</summary>
    Percent,

    /// <summary><c>percentage-points</c>: a difference of percentages.</summary>
    PercentagePoints,

    /// <summary><c>count</c>.</summary>
    Count,

    /// <summary><c>score</c>: points on a published scale (e.g. an engagement score out of 10).</summary>
    Score,
}
