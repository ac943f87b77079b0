using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A level of a self-assessment <see cref="RatingScale"/>. Immutable.</summary>
public sealed record RatingScaleLevel
{
    /// <summary>The kebab-case id, unique within the scale.</summary>
    public required string Id { get; init; }

    /// <summary>The label, e.g. <c>Almost always</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The numeric value; <see langword="null"/> when the level is not scored (e.g. no opportunity to demonstrate).</summary>
    public double? Value { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
