using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// What one match of a rule derives: a finding on a criterion (or on one of its elements, <see cref="Subject"/>), with
/// the elements matched. <see cref="Outcome"/> is null when the match could not be decided (missing evidence,
/// <see cref="Missing"/>, or an evaluation error, <see cref="Error"/>). Compared by value.
/// </summary>
internal sealed record DerivedFinding
{
    public required string RuleId { get; init; }

    public required string CriterionId { get; init; }

    public string? Subject { get; init; }

    public Outcome? Outcome { get; init; }

    /// <summary>The outcome the rule derives when a match is decided: what an undecided match could still give.</summary>
    public required Outcome Potential { get; init; }

    public required string Reason { get; init; }

    /// <summary>The elements the match bound, as evidence paths (<c>programmes[p-01]</c>).</summary>
    public ImmutableArray<string> Matched { get; init; } = [];

    public ImmutableArray<string> Missing { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>The rule's salience: reasons of higher-salience rules come first.</summary>
    public int Salience { get; init; }

    public bool Equals(DerivedFinding? other) =>
        other is not null && RuleId == other.RuleId && CriterionId == other.CriterionId && Subject == other.Subject && Outcome == other.Outcome && Potential == other.Potential
        && Reason == other.Reason && Error == other.Error && Salience == other.Salience
        && ValueEquality.Same(Matched, other.Matched) && ValueEquality.Same(Missing, other.Missing);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuleId);
        hash.Add(CriterionId);
        hash.Add(Subject);
        hash.Add(Outcome);
        ValueEquality.Add(ref hash, Matched);
        return hash.ToHashCode();
    }
}
