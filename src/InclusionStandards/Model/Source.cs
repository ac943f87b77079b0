using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A published document a standard draws on, declared in the standard's <c>sources</c>. Immutable.</summary>
public sealed record Source
{
    /// <summary>The id items cite it by (kebab-case, unique in the catalog).</summary>
    public required string Id { get; init; }

    /// <summary>The document title.</summary>
    public required string Document { get; init; }

    /// <summary>Who published it.</summary>
    public required string Publisher { get; init; }

    /// <summary>The year of publication.</summary>
    public required int Year { get; init; }

    /// <summary>An optional section the whole standard draws on; items give their own.</summary>
    public string? Section { get; init; }

    /// <summary>An optional URL.</summary>
    public string? Url { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
