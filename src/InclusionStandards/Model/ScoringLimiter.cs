using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A cap on a rating: when <see cref="When"/> holds, the rating is at most <see cref="CapAt"/>. Immutable.</summary>
public sealed record ScoringLimiter
{
    /// <summary>The condition (a scoring-level expression such as <c>anyLevelAtMost(1)</c>).</summary>
    public required Condition When { get; init; }

    /// <summary>The label of the highest rating allowed when the limiter applies.</summary>
    public required string CapAt { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Where <see cref="CapAt"/> is written (the limiter's location when it is missing).</summary>
    public SourceLocation? CapAtLocation { get; init; }
}
