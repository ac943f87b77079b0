using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: framework</c> document: a board competency framework. Immutable.</summary>
public sealed record Framework : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Framework;

    /// <summary>The id of the <see cref="ScoringScheme"/> used; optional.</summary>
    public string? Scoring { get; init; }

    /// <summary>Where <see cref="Scoring"/> is written; <see langword="null"/> when absent.</summary>
    public Diagnostics.SourceLocation? ScoringLocation { get; init; }

    /// <summary>The self-assessment scale; optional.</summary>
    public RatingScale? RatingScale { get; init; }

    /// <summary>Role applicability.</summary>
    public ImmutableArray<RoleApplicability> Roles { get; init; } = ImmutableArray<RoleApplicability>.Empty;

    /// <summary>The framework's domains.</summary>
    public ImmutableArray<FrameworkDomain> Domains { get; init; } = ImmutableArray<FrameworkDomain>.Empty;

    /// <summary>The criteria (per board member and per board).</summary>
    public ImmutableArray<Criterion> Criteria { get; init; } = ImmutableArray<Criterion>.Empty;
}
