using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: indicators</c> document: computed metrics and their bands. Immutable.</summary>
public sealed record IndicatorsStandard : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Indicators;

    /// <summary>The indicators.</summary>
    public required ImmutableArray<Indicator> Indicators { get; init; }
}
