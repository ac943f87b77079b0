using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: objectives</c> document: objectives, the ways that show them, and criteria. Immutable.</summary>
public sealed record ObjectivesStandard : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Objectives;

    /// <summary>The id of the <see cref="ScoringScheme"/> used; optional.</summary>
    public string? Scoring { get; init; }

    /// <summary>Where <see cref="Scoring"/> is written; <see langword="null"/> when absent.</summary>
    public Diagnostics.SourceLocation? ScoringLocation { get; init; }

    /// <summary>How coverage of the objectives is read from evidence; optional.</summary>
    public CoverageSpec? Coverage { get; init; }

    /// <summary>The objectives.</summary>
    public ImmutableArray<Objective> Objectives { get; init; } = ImmutableArray<Objective>.Empty;

    /// <summary>The ways, each with criteria.</summary>
    public ImmutableArray<Way> Ways { get; init; } = ImmutableArray<Way>.Empty;

    /// <summary>Criteria that belong to the standard as a whole.</summary>
    public ImmutableArray<Criterion> Criteria { get; init; } = ImmutableArray<Criterion>.Empty;
}
