using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// An engine-level rule: patterns over evidence elements and findings (<c>when</c>) producing a derived fact
/// (<c>then: { derive: { type, … } }</c>). Immutable.
/// </summary>
public sealed record RuleDefinition
{
    /// <summary>The kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>Higher fires first; default 0.</summary>
    public int Salience { get; init; }

    /// <summary>The patterns, in order.</summary>
    public required ImmutableArray<RulePattern> When { get; init; }

    /// <summary>The type of fact derived (e.g. <c>Finding</c>).</summary>
    public required string DeriveType { get; init; }

    /// <summary>The derived fact's other fields as written (scalar text), e.g. criterion, outcome, reason.</summary>
    public required ImmutableDictionary<string, string> DeriveFields { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
