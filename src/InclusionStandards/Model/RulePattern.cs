using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>One pattern of a rule's <c>when</c>: <c>{ each, as, where }</c>, or its negation <c>{ not: { … } }</c>. Immutable.</summary>
public sealed record RulePattern
{
    /// <summary>The root list field (a list of records) whose elements the pattern matches.</summary>
    public required string Each { get; init; }

    /// <summary>The variable bound to a matching element.</summary>
    public required string As { get; init; }

    /// <summary>An optional filter condition (bool); may refer to earlier patterns' variables.</summary>
    public Condition? Where { get; init; }

    /// <summary>True for <c>not:</c>: the rule matches when no element matches.</summary>
    public bool Negated { get; init; }

    /// <summary>Where the <c>each</c> value is written.</summary>
    public required SourceLocation EachLocation { get; init; }

    /// <summary>Where the <c>as</c> value is written.</summary>
    public required SourceLocation AsLocation { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
