using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A named list of terms (e.g. protected characteristics, board roles). Immutable.</summary>
public sealed record Vocabulary : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>The terms; their ids are the allowed values of fields that use this vocabulary.</summary>
    public required ImmutableArray<Term> Terms { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }

    /// <summary>True when a term with this id exists.</summary>
    public bool Contains(string termId) => Terms.Any(t => t.Id == termId);
}
