using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// A computed metric (e.g. a WRES relative likelihood). With a <see cref="Band"/> it is also a criterion whose
/// id is the indicator id: met inside the band, not met outside. Immutable.
/// </summary>
public sealed record Indicator : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The published number, as a string (e.g. <c>"2"</c>, <c>"9a"</c>).</summary>
    public string? Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>The unit of the value.</summary>
    public required IndicatorUnit Unit { get; init; }

    /// <summary>The expression (double or int) that computes the value.</summary>
    public required Condition Value { get; init; }

    /// <summary>The non-adverse band; optional.</summary>
    public IndicatorBand? Band { get; init; }

    /// <summary>A target value; optional.</summary>
    public double? Target { get; init; }

    /// <summary>Which side of the band (or target) is adverse; optional.</summary>
    public AdverseDirection? Adverse { get; init; }

    /// <summary>The item's status (e.g. <see cref="StandardStatus.Draft"/> when the band is unverified).</summary>
    public StandardStatus? Status { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <summary>For an indicator with a band: what to do when it is outside the band (see <see cref="Criterion.Action"/>).</summary>
    public string? Action { get; init; }

    /// <summary>The role that owns <see cref="Action"/>: a term of the <c>owner-roles</c> vocabulary.</summary>
    public string? Owner { get; init; }

    /// <summary>Where <see cref="Owner"/> is written (null when it is not).</summary>
    public SourceLocation? OwnerLocation { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
