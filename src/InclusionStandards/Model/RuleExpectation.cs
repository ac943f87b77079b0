using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// One expectation of a rule test, e.g. <c>lcf-member-edi-objective[bm-01]: not-met</c>,
/// <c>rating:inclusive-domain: Good</c> or <c>score:inc-s1: 3</c>. Immutable.
/// </summary>
public sealed record RuleExpectation
{
    /// <summary>The key as written.</summary>
    public required string Target { get; init; }

    /// <summary>What the key addresses: <c>outcome</c>, <c>rating</c> or <c>score</c>.</summary>
    public required string Aspect { get; init; }

    /// <summary>The criterion or scope id.</summary>
    public required string Id { get; init; }

    /// <summary>For an element outcome (<c>id[key]</c>), the element's key; otherwise <see langword="null"/>.</summary>
    public string? ElementKey { get; init; }

    /// <summary>The expected value as written (an outcome, a rating label or a score).</summary>
    public required string Expected { get; init; }

    /// <summary>Where the expectation is written (its key).</summary>
    public required SourceLocation Location { get; init; }
}
