using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>An item's citation of a <see cref="Source"/> of its standard: <c>{ ref: id, section: … }</c>. Immutable.</summary>
public sealed record SourceCitation
{
    /// <summary>The id of a source declared in the file's <c>sources</c>.</summary>
    public required string Ref { get; init; }

    /// <summary>The section, page or recommendation cited; optional.</summary>
    public string? Section { get; init; }

    /// <summary>Where the citation is written (the location of its <c>ref</c> value).</summary>
    public required SourceLocation Location { get; init; }
}
