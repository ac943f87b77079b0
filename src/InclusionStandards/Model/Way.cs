using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>One of the "ways" (recommendations) of an <see cref="ObjectivesStandard"/>, with its criteria. Immutable.</summary>
public sealed record Way : ICitedItem
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

    /// <summary>The criteria that show the way is followed.</summary>
    public ImmutableArray<Criterion> Criteria { get; init; } = ImmutableArray<Criterion>.Empty;

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
