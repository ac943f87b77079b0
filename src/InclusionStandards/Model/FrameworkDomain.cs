using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A domain of a competency <see cref="Framework"/>. Immutable.</summary>
public sealed record FrameworkDomain : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The published number.</summary>
    public int? Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>The item's status, when it differs from the standard's.</summary>
    public StandardStatus? Status { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
