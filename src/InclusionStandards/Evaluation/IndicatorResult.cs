using InclusionStandards.Model;
using System.Collections.Immutable;

namespace InclusionStandards.Evaluation;

/// <summary>A computed indicator (e.g. a WRES relative likelihood) with its band. Immutable.</summary>
public sealed record IndicatorResult
{
    /// <summary>The indicator id, e.g. <c>wres-2</c>.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The standard that declares it.</summary>
    public required string StandardId { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The unit: <c>ratio</c>, <c>percent</c>, <c>percentage-points</c>, <c>count</c> or <c>score</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>The computed value; <see langword="null"/> when it could not be computed.</summary>
    public double? Value { get; init; }

    /// <summary>The lower end of the non-adverse band, when there is one.</summary>
    public double? BandFrom { get; init; }

    /// <summary>The upper end of the non-adverse band, when there is one.</summary>
    public double? BandTo { get; init; }

    /// <summary>The outcome against the band (met inside, not-met outside); <see langword="null"/> when there is no band.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>True when the indicator (or its band) is a draft that is not verified against the published source.</summary>
    public bool Draft { get; init; }

    /// <summary>
    /// True when a report must not show the value: it is computed from a count of people that is suppressed, so the
    /// value (a gap, ratio or percentage) would reveal it. The outcome against the band may still be shown.
    /// </summary>
    public bool Suppress { get; init; }

    /// <summary>Which side of the value is bad: <c>above</c>, <c>below</c> or <c>outside</c> (the band); absent when not declared.</summary>
    public string? Adverse { get; init; }

    /// <summary>The missing evidence paths when the value could not be computed.</summary>
    public ImmutableArray<string> MissingEvidence { get; init; } = [];

    /// <summary>
    /// The evidence the value was computed from (e.g. the four counts of a relative likelihood), sorted by path.
    /// Reports show them under disclosure control (small counts suppressed, sensitive values withheld).
    /// </summary>
    public ImmutableArray<EvidenceValue> Inputs { get; init; } = [];
}
