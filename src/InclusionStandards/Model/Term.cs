using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A term of a <see cref="Vocabulary"/>. Term ids are unique within their vocabulary. Immutable.</summary>
public sealed record Term
{
    /// <summary>The kebab-case id (the value written in evidence).</summary>
    public required string Id { get; init; }

    /// <summary>The human-readable label.</summary>
    public required string Label { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Citations (optional for terms; required where the term carries meaning).</summary>
    public ImmutableArray<SourceCitation> Sources { get; init; } = ImmutableArray<SourceCitation>.Empty;

    /// <summary>Where the term is declared.</summary>
    public required SourceLocation Location { get; init; }
}
