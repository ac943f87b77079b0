using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A quality statement of a <see cref="DomainStandard"/> ("We …"), with its criteria. Immutable.</summary>
public sealed record QualityStatement : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The statement, in our words.</summary>
    public required string Statement { get; init; }

    /// <summary>The item's status, when it differs from the standard's.</summary>
    public StandardStatus? Status { get; init; }

    /// <summary>The criteria, each with a <see cref="Criterion.Category"/>.</summary>
    public ImmutableArray<Criterion> Criteria { get; init; } = ImmutableArray<Criterion>.Empty;

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
