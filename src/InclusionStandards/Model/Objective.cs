using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>An objective of an <see cref="ObjectivesStandard"/>. Immutable.</summary>
public sealed record Objective : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The published number.</summary>
    public int? Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The statement, in our words.</summary>
    public string? Statement { get; init; }

    /// <summary>The item's status, when it differs from the standard's.</summary>
    public StandardStatus? Status { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
