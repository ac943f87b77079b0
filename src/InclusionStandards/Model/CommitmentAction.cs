using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A dated commitment of an <see cref="ActionsStandard"/>, with the criteria that show it is done. Immutable.</summary>
public sealed record CommitmentAction : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The statement, in our words.</summary>
    public string? Statement { get; init; }

    /// <summary>The due date; optional.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The item's status, when it differs from the standard's.</summary>
    public StandardStatus? Status { get; init; }

    /// <summary>The criteria.</summary>
    public ImmutableArray<Criterion> Criteria { get; init; } = ImmutableArray<Criterion>.Empty;

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
