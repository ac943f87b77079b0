using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// How objective coverage is read from evidence: <c>{ each: programmes, as: programme, field: objectives }</c>
/// means every programme's <c>objectives</c> field lists objective ids. Immutable.
/// </summary>
public sealed record CoverageSpec
{
    /// <summary>The root list field to iterate.</summary>
    public required string Each { get; init; }

    /// <summary>The variable name of an element.</summary>
    public required string As { get; init; }

    /// <summary>The element's field that lists objective ids.</summary>
    public required string Field { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
