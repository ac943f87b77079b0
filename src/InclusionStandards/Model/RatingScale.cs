using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A framework's self-assessment scale. Immutable.</summary>
public sealed record RatingScale
{
    /// <summary>The kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The levels, as written.</summary>
    public required ImmutableArray<RatingScaleLevel> Levels { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
