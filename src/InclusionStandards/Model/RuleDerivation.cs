using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// What a rule derives for each match of its patterns (<c>then: { derive: { … } }</c>): a finding on a criterion,
/// which can only lower that criterion's outcome (see the format's rules section). Immutable.
/// </summary>
public sealed record RuleDerivation
{
    /// <summary>The type of fact derived; <c>Finding</c> is the one type this version evaluates.</summary>
    public required string Type { get; init; }

    /// <summary>The id of the criterion the finding is about.</summary>
    public required string Criterion { get; init; }

    /// <summary>The outcome the finding gives: <see cref="Outcome.NotMet"/> or <see cref="Outcome.PartiallyMet"/>; null when not given or not an outcome.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>The reason reported with the finding.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// Optional: the variable of a pattern over the criterion's own <c>for</c> list; the finding is then about that element
    /// (one board member, one programme) instead of the criterion as a whole.
    /// </summary>
    public string? Element { get; init; }

    /// <summary>Where <c>derive</c> is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Where the <c>type</c> value is written.</summary>
    public required SourceLocation TypeLocation { get; init; }

    /// <summary>Where the <c>criterion</c> value is written.</summary>
    public required SourceLocation CriterionLocation { get; init; }

    /// <summary>Where the <c>outcome</c> value is written.</summary>
    public required SourceLocation OutcomeLocation { get; init; }

    /// <summary>Where the <c>element</c> value is written (the derivation's location when there is none).</summary>
    public required SourceLocation ElementLocation { get; init; }
}
