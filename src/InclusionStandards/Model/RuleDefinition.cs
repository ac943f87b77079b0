using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// An engine-level rule: patterns over evidence lists (<c>when</c>) and, for each match, a derived finding on a
/// criterion (<c>then: { derive: { … } }</c>). Immutable.
/// </summary>
public sealed record RuleDefinition
{
    /// <summary>The kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>What the rule is for, in words (optional).</summary>
    public string? Description { get; init; }

    /// <summary>Orders the reasons of several rules on one criterion: higher first; default 0.</summary>
    public int Salience { get; init; }

    /// <summary>The patterns, in order.</summary>
    public required ImmutableArray<RulePattern> When { get; init; }

    /// <summary>What each match derives; null when <c>then</c> is missing or malformed (reported when loading).</summary>
    public RuleDerivation? Derive { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
